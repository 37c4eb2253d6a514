import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';

/** The interface languages that have a catalogue. Kazakh and Uzbek come next. */
const UI_LANGUAGES = ['en', 'ru'] as const;

/**
 * Starts i18next with the bundled catalogues, in the language of `locale` (for example
 * `navigator.language`, "ru-RU") when there is a catalogue for it, else English.
 */
export function initI18n(locale: string): void {
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    // "ru-RU" has no catalogue of its own: use "ru".
    load: 'languageOnly',
    nonExplicitSupportedLngs: true,
    // React escapes what it renders; escaping here too would show "&amp;" in titles.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
}

export { i18n };
