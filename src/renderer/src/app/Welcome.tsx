import { useTranslation } from 'react-i18next';
import type { AppCommand } from '../../../shared/ipc';
import { Icon } from './Icon';

/** Shown when no course is open (the sample failed to load, say): the ways to get one. */
export function Welcome({ onCommand }: { onCommand: (command: AppCommand) => void }) {
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
    </main>
  );
}
