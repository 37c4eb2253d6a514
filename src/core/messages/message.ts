/**
 * Text for the user that core and the Node layer make (errors, warnings, report lines), kept as
 * a descriptor instead of an English sentence, so that each place that shows it (the window,
 * main's native dialogs, the CLI) can word it in its own interface language. The catalogues
 * are `en.ts` and `ru.ts` beside this file, in the i18next style: `{{name}}` placeholders and
 * `_one`/`_few`/`_many`/`_other` plural forms chosen by `count`.
 */
import { en } from './en';
import { ru } from './ru';

/** A catalogue key without its plural suffix: "import.pagesOutside_one" → "import.pagesOutside". */
type BaseKey<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;

/** A key of the English catalogue, the one every message is written in first. */
export type MessageKey = BaseKey<keyof typeof en>;

/**
 * A message as data: a catalogue key and the values of its placeholders. A value may itself be
 * a message ("{{name}} was not opened. {{reason}}"), worded in the same language; a plain
 * string (a file name, an operating system's own error text) is shown as it is.
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, Text | number>;
}

/** What the user reads: a message to word in their language, or a plain string shown as it is. */
export type Text = Message | string;

/** The languages core has catalogues for. */
export type MessageLanguage = 'en' | 'ru';

/** A catalogue: texts by flat dotted key. */
export type MessageCatalogue = Readonly<Record<string, string>>;

/** The catalogues, by language. */
const MESSAGE_CATALOGUES: Readonly<Record<MessageLanguage, MessageCatalogue>> = { en, ru };

/** Builds a {@link Message}: `msg('project.notAZip', { name })`. */
export function msg(key: MessageKey, params?: Message['params']): Message {
  return params ? { key, params } : { key };
}

/**
 * Languages that read Russian until they have a catalogue of their own: lecturers in Kazakhstan
 * and Uzbekistan read Russian far more often than English (the interface falls back the same way).
 */
const RUSSIAN_FALLBACK = new Set(['ru', 'kk', 'uz']);

/** The catalogue language for a locale ("ru-RU", "kk", "en-GB", ""): Russian or English. */
export function messageLanguage(locale: string): MessageLanguage {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RUSSIAN_FALLBACK.has(language) ? 'ru' : 'en';
}

/** Whether `language`'s catalogue, or English's, has a text for `key` (in any plural form). */
export function hasMessage(key: string, language: MessageLanguage = 'en'): boolean {
  const has = (catalogue: MessageCatalogue) =>
    key in catalogue || `${key}_other` in catalogue || `${key}_one` in catalogue;
  return has(MESSAGE_CATALOGUES[language]) || has(en);
}

const pluralRules = new Map<MessageLanguage, Intl.PluralRules>();
function pluralForm(language: MessageLanguage, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** The template for a key in one catalogue, choosing the plural form for `count`. */
function template(
  catalogue: MessageCatalogue,
  language: MessageLanguage,
  key: string,
  count: unknown,
): string | undefined {
  if (typeof count === 'number') {
    // As in i18next: a `_zero` text, where there is one, says "none" in words.
    const zero = count === 0 ? catalogue[`${key}_zero`] : undefined;
    if (zero !== undefined) return zero;
    const form = catalogue[`${key}_${pluralForm(language, count)}`] ?? catalogue[`${key}_other`];
    if (form !== undefined) return form;
  }
  return catalogue[key];
}

/**
 * Words a text in `language` (English when a key has no text in it). Nested messages are
 * worded in the same language; numbers are written as they are, like i18next does. A key no
 * catalogue knows (sent by a newer main, say) gives the key itself: callers that hold an
 * English message show that instead (see {@link hasMessage}).
 */
export function formatMessage(text: Text, language: MessageLanguage = 'en'): string {
  if (typeof text === 'string') return text;
  const params = text.params ?? {};
  const found =
    template(MESSAGE_CATALOGUES[language], language, text.key, params['count']) ??
    template(en, 'en', text.key, params['count']) ??
    text.key;
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? String(value) : formatMessage(value, language);
  });
}

/** The English wording of a text, for the CLI, logs and `Error.message`. */
export function englishText(text: Text): string {
  return formatMessage(text, 'en');
}

/**
 * A file named in a message, as its subject: `"Course.oercourse"` in English, `Файл
 * «Course.oercourse»` in Russian (a bare name in «ёлочки» would leave the sentence without a noun).
 */
export function fileText(name: string): Message {
  return msg('file.named', { name });
}
