import { UI_LANGUAGES, type UiLanguage } from './i18nOptions';

/** What the user chose in Settings: a language, or the system's. */
export type UiLanguageSetting = UiLanguage | 'system';

/** The choices of the "Interface language" setting, in menu order. */
export const UI_LANGUAGE_SETTINGS: readonly UiLanguageSetting[] = ['system', ...UI_LANGUAGES];

/**
 * Each interface language named in itself: a lecturer who cannot read the current interface
 * still finds their own language in the list. Never translated, so not in the catalogues.
 */
export const UI_LANGUAGE_ENDONYMS: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  uz: 'Oʻzbekcha',
};

/** The localStorage key of the setting. The renderer alone reads it: main follows what it is told. */
export const UI_LANGUAGE_KEY = 'oer-studio.uiLanguage';

/** The minimal Storage the setting needs (localStorage, or a Map-backed fake in tests). */
export type SettingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored setting; "system" when none is stored, or when storage is unreadable or garbled. */
export function loadUiLanguageSetting(storage: SettingStorage | undefined): UiLanguageSetting {
  try {
    const value = storage?.getItem(UI_LANGUAGE_KEY);
    return UI_LANGUAGE_SETTINGS.find((s) => s === value) ?? 'system';
  } catch {
    // A sandboxed or disabled localStorage throws on access: the system language still works.
    return 'system';
  }
}

/** Stores the setting; "system" removes it, so a later change of the OS language is followed. */
export function saveUiLanguageSetting(storage: SettingStorage | undefined, setting: UiLanguageSetting): void {
  try {
    if (setting === 'system') storage?.removeItem(UI_LANGUAGE_KEY);
    else storage?.setItem(UI_LANGUAGE_KEY, setting);
  } catch {
    // Not persisted; the choice still applies until the window closes.
  }
}

/** The locale to start i18next with: the chosen language, else the system's (`navigator.language`). */
export function uiLocale(setting: UiLanguageSetting, systemLocale: string): string {
  return setting === 'system' ? systemLocale : setting;
}

/**
 * The interface language the system locale gives ("kk-KZ" → kk, "de-DE" → en), for the
 * "System default (…)" choice to say what it means.
 */
export function systemUiLanguage(systemLocale: string): UiLanguage {
  try {
    const language = new Intl.Locale(systemLocale).language;
    return UI_LANGUAGES.find((l) => l === language) ?? 'en';
  } catch {
    // An empty or malformed navigator.language: i18next falls back to English too.
    return 'en';
  }
}
