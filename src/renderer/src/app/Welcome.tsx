import { useTranslation } from 'react-i18next';
import type { AppCommand, RecentFileEntry } from '../../../shared/ipc';
import { Icon } from './Icon';

/** Props of {@link Welcome}. */
export interface WelcomeProps {
  onCommand: (command: AppCommand) => void;
  /** The courses opened lately, newest first. */
  recentFiles?: RecentFileEntry[];
  /** Opens a recent course (after the usual unsaved-changes check). */
  onOpenRecent?: (filePath: string) => void;
  onClearRecent?: () => void;
}

/**
 * The start screen, shown when no course is open: the ways to get one, and the courses
 * opened lately.
 */
export function Welcome({ onCommand, recentFiles = [], onOpenRecent, onClearRecent }: WelcomeProps) {
  const { t } = useTranslation();
  return (
    <main className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.text')}</p>
      <div className="welcome-actions">
        <button type="button" className="button primary" onClick={() => onCommand('new')}>
          <Icon name="newFile" /> {t('toolbar.new')}
        </button>
        <button type="button" className="button" onClick={() => onCommand('open')}>
          <Icon name="folder" /> {t('toolbar.open')}
        </button>
        <button type="button" className="button" onClick={() => onCommand('openSample')}>
          <Icon name="lesson" /> {t('welcome.sample')}
        </button>
      </div>
      {recentFiles.length > 0 ? (
        <section className="welcome-recent" aria-labelledby="welcome-recent-title">
          <h2 id="welcome-recent-title">{t('welcome.recentTitle')}</h2>
          <ul>
            {recentFiles.map((file) => (
              <li key={file.filePath}>
                <button
                  type="button"
                  className="welcome-recent-file"
                  title={file.filePath}
                  onClick={() => onOpenRecent?.(file.filePath)}
                >
                  <span className="welcome-recent-name">{file.fileName}</span>
                  <span className="welcome-recent-path">{file.filePath}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={onClearRecent}>
            {t('welcome.clearRecent')}
          </button>
        </section>
      ) : null}
    </main>
  );
}
