import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryEntry } from '../../../shared/ipc';
import { Modal } from './Modal';

/** Props of {@link RecoveryDialog}. */
export interface RecoveryDialogProps {
  /** The work left by a crash, newest first. */
  entries: RecoveryEntry[];
  /** Opens one entry; the dialog closes when it has opened. */
  onRecover: (id: string) => Promise<void>;
  /** Deletes one entry for good. */
  onDiscard: (id: string) => Promise<void>;
  /** Closes the dialog; the entries left stay for the next start. */
  onClose: () => void;
}

/**
 * Offered at start when OER Studio stopped before some work was saved: what (the course title,
 * its file or "never saved") and when, each with Recover and Discard.
 */
export function RecoveryDialog({ entries, onRecover, onDiscard, onClose }: RecoveryDialogProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const act = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('recovery.title')}
      onClose={onClose}
      onSubmit={onClose}
      submitLabel={t('recovery.later')}
      busy={busy}
      wide
      actions={
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('recovery.later')}
        </button>
      }
    >
      <p>{t('recovery.text', { count: entries.length })}</p>
      <ul className="recovery-list" aria-label={t('recovery.listLabel')}>
        {entries.map((entry, index) => {
          const titleId = `${listId}-${index}`;
          return (
            <li key={entry.id} className="recovery-item" aria-labelledby={titleId}>
              <div className="recovery-what">
                <strong id={titleId}>{entry.title || t('outline.untitled')}</strong>
                <span className="recovery-file" title={entry.filePath ?? undefined}>
                  {entry.fileName ?? t('recovery.neverSaved')}
                </span>
                <span className="recovery-when">
                  {t('recovery.keptAt', { time: when.format(new Date(entry.savedAt)) })}
                </span>
              </div>
              <div className="recovery-actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={busy}
                  data-autofocus={index === 0 ? '' : undefined}
                  aria-describedby={titleId}
                  onClick={act(() => onRecover(entry.id))}
                >
                  {t('recovery.recover')}
                </button>
                <button
                  type="button"
                  className="button danger"
                  disabled={busy}
                  aria-describedby={titleId}
                  onClick={act(() => onDiscard(entry.id))}
                >
                  {t('recovery.discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
