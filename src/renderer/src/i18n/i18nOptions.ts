import type { InitOptions } from 'i18next';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';
import uz from './uz.json';

/**
 * The interface languages. Kazakh and Uzbek have catalogues of their own, still empty: until
 * translators fill them, their speakers read Russian (which lecturers in Kazakhstan and
 * Uzbekistan know far better than English), then English.
 */
export const UI_LANGUAGES = ['en', 'ru', 'kk', 'uz'] as const;

/** One of {@link UI_LANGUAGES}. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Where a key missing from a catalogue is looked up next, by language. */
export const FALLBACK_LANGUAGES = {
  kk: ['ru', 'en'],
  uz: ['ru', 'en'],
  default: ['en'],
} as const satisfies Record<string, readonly UiLanguage[]>;

/** The bundled catalogues, in i18next's `resources` shape (one namespace, `translation`). */
export const RESOURCES = {
  en: { translation: en },
  ru: { translation: ru },
  kk: { translation: kk },
  uz: { translation: uz },
} satisfies Record<UiLanguage, { translation: object }>;

/**
 * The i18next options of the app, for the language of `locale` ("ru-RU", "kk", "uz-Latn-UZ");
 * a locale without a catalogue gets English. Plain options without React, so the unit tests
 * start i18next exactly as the app does.
 */
export function i18nOptions(locale: string): InitOptions {
  return {
    resources: RESOURCES,
    lng: locale,
    fallbackLng: FALLBACK_LANGUAGES,
    supportedLngs: [...UI_LANGUAGES],
    // "ru-RU" and "uz-Latn-UZ" have no catalogue of their own: use "ru" and "uz".
    load: 'languageOnly',
    nonExplicitSupportedLngs: true,
    // React escapes what it renders; escaping here too would show "&amp;" in titles.
    interpolation: { escapeValue: false },
    initAsync: false,
  };
}
