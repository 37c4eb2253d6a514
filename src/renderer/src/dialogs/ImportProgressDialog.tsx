import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../shared/ipc';
import { request } from '../state/request';
import { ProgressModal } from './ProgressModal';

/**
 * Shown while an import reads a package or a Word document: how many of its files are read,
 * and Cancel, after which the course open before stays open.
 */
export function ImportProgressDialog({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState(false);
  const { done, total } = progress;
  const counted = t('import.progress', { done, total });
  return (
    <ProgressModal
      title={t('import.title')}
      heading={cancelling ? t('import.cancelling') : t('import.running')}
      progress={total > 0 ? { done, total } : null}
      valueText={counted}
      note={total > 0 ? counted : t('import.preparing')}
      cancelLabel={t('import.cancel')}
      cancelling={cancelling}
      onCancel={() => {
        setCancelling(true);
        void request(() => window.api.cancelImport());
      }}
    />
  );
}
