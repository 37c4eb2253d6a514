import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import type { Notice } from './useNotices';

/**
 * One notice: its message, its details as a list, and a dismiss button. Errors are
 * `role="alert"` so they are announced at once; the others are polite status messages.
 */
export function NoticeView({
  notice,
  onDismiss,
  action,
}: {
  notice: Omit<Notice, 'id'>;
  onDismiss?: () => void;
  /** A button beside the message (Undo). */
  action?: { label: string; onClick: () => void };
}) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <Icon name={notice.kind} size={20} />
      <div className="notice-body">
        <p className="notice-message">{notice.message}</p>
        {notice.details.length > 0 ? (
          <ul className="notice-details">
            {notice.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {action ? (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
      {onDismiss ? (
        <button
          type="button"
          className="icon-button"
          aria-label={t('notices.dismiss')}
          title={t('notices.dismiss')}
          onClick={onDismiss}
        >
          <Icon name="close" size={16} />
        </button>
      ) : null}
    </div>
  );
}

/** The stack of notices between the toolbar and the workspace. */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.region')}>
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} onDismiss={() => onDismiss(n.id)} />
      ))}
    </section>
  );
}
