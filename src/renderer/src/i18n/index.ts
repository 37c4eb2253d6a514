import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions } from './i18nOptions';
import {
  loadUiLanguageSetting,
  saveUiLanguageSetting,
  uiLocale,
  type UiLanguageSetting,
} from './uiLanguageSetting';

/** localStorage, or undefined where the page may not use it. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Marks the page with the language the interface is shown in, for screen readers, hyphenation
 * and fonts. That is the resolved language, not the chosen one: while the Kazakh catalogue is
 * empty, a Kazakh user reads Russian, and `lang="kk"` would make a screen reader mispronounce it.
 */
function markDocumentLanguage(): void {
  document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
}

/**
 * Tells main the chosen language (null: the system's), for its menu and native dialogs. Main
 * may be out of reach (the bridge missing in a broken preload): the window still works.
 */
function tellMain(setting: UiLanguageSetting): void {
  try {
    void window.api.setUiLanguage({ language: setting === 'system' ? null : setting }).catch(() => undefined);
  } catch {
    // No bridge: main keeps the system's language.
  }
}

/**
 * Starts i18next with the bundled catalogues, in the language chosen in Settings, or else in
 * the system's (`systemLocale`, e.g. `navigator.language`, "ru-RU") when there is a catalogue
 * for it, else English.
 */
export function initI18n(systemLocale: string): void {
  const setting = loadUiLanguageSetting(storage());
  void i18n.use(initReactI18next).init(i18nOptions(uiLocale(setting, systemLocale)));
  markDocumentLanguage();
  // Main starts in the system's language; a chosen one reaches it here.
  if (setting !== 'system') tellMain(setting);
}

/** The interface language setting as stored ("system" when the user has not chosen one). */
export function getUiLanguageSetting(): UiLanguageSetting {
  return loadUiLanguageSetting(storage());
}

/**
 * Stores the interface language setting and switches the whole interface to it at once:
 * every `useTranslation()` re-renders, with no restart.
 */
export async function setUiLanguageSetting(setting: UiLanguageSetting, systemLocale: string): Promise<void> {
  saveUiLanguageSetting(storage(), setting);
  await i18n.changeLanguage(uiLocale(setting, systemLocale));
  markDocumentLanguage();
  tellMain(setting);
}

export { i18n };
