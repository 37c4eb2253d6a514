import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../shared/ipc';
import { request } from '../state/request';
import { Modal } from './Modal';
import { ProgressBar } from './ProgressBar';

/**
 * Shown while an import reads a package or a Word document: how many of its files are read,
 * and Cancel, after which the course open before stays open.
 */
export function ImportProgressDialog({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation();
  const id = useId();
  const [cancelling, setCancelling] = useState(false);
  const { done, total } = progress;
  const cancel = async () => {
    setCancelling(true);
    await request(() => window.api.cancelImport());
  };
  return (
    <Modal
      title={t('import.title')}
      onClose={() => undefined}
      onSubmit={() => undefined}
      submitLabel=""
      busy
      actions={
        <button
          type="button"
          className="button"
          data-autofocus
          onClick={() => void cancel()}
          disabled={cancelling}
        >
          {t('import.cancel')}
        </button>
      }
    >
      <div className="export-progress">
        <p className="export-progress-title" id={`${id}-progress`}>
          {cancelling ? t('import.cancelling') : t('import.running')}
        </p>
        <ProgressBar
          labelledBy={`${id}-progress`}
          progress={total > 0 ? { done, total } : null}
          valueText={t('import.progress', { done, total })}
        />
        <p className="modal-note" aria-hidden="true">
          {total > 0 ? t('import.progress', { done, total }) : t('import.preparing')}
        </p>
      </div>
    </Modal>
  );
}
