import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getUiLanguageSetting, setUiLanguageSetting } from '../i18n';
import {
  systemUiLanguage,
  UI_LANGUAGE_ENDONYMS,
  UI_LANGUAGE_SETTINGS,
  type UiLanguageSetting,
} from '../i18n/uiLanguageSetting';
import { Modal } from './Modal';

/** Props of {@link SettingsDialog}. */
export interface SettingsDialogProps {
  onClose: () => void;
  /** The system's locale, which "System default" follows; `navigator.language` in the app. */
  systemLocale?: string;
}

/**
 * The application's settings: for now, the interface language. Applying switches the whole
 * window at once and remembers the choice for the next start.
 */
export function SettingsDialog({ onClose, systemLocale = navigator.language }: SettingsDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState<UiLanguageSetting>(getUiLanguageSetting);
  const [busy, setBusy] = useState(false);
  const shown = language === 'system' ? systemUiLanguage(systemLocale) : language;
  // Kazakh and Uzbek have no translations yet and show Russian: say so before the user applies.
  const untranslated = shown === 'kk' || shown === 'uz';

  const apply = () => {
    setBusy(true);
    void setUiLanguageSetting(language, systemLocale).finally(onClose);
  };

  return (
    <Modal
      title={t('settings.title')}
      onClose={onClose}
      onSubmit={apply}
      submitLabel={t('settings.apply')}
      busy={busy}
    >
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('settings.language')}</label>
        <select
          id={`${id}-language`}
          value={language}
          onChange={(e) => setLanguage(e.target.value as UiLanguageSetting)}
          aria-describedby={untranslated ? `${id}-note` : undefined}
          data-autofocus=""
        >
          {UI_LANGUAGE_SETTINGS.map((setting) =>
            setting === 'system' ? (
              <option key={setting} value={setting}>
                {t('settings.system', { language: UI_LANGUAGE_ENDONYMS[systemUiLanguage(systemLocale)] })}
              </option>
            ) : (
              <option key={setting} value={setting} lang={setting}>
                {UI_LANGUAGE_ENDONYMS[setting]}
              </option>
            ),
          )}
        </select>
        {untranslated ? (
          <p id={`${id}-note`} className="field-note">
            {t('settings.untranslated')}
          </p>
        ) : null}
      </div>
    </Modal>
  );
}
