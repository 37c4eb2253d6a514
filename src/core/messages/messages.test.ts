import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { OerError, wrapError } from '../errors';
import { en } from './en';
import { formatMessage, messageLanguage, msg } from './message';
import { ru } from './ru';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort().join();

describe('the message catalogues', () => {
  const enKeys = Object.keys(en);
  const ruKeys = Object.keys(ru);

  it('has every English message in Russian, and no Russian message that English lacks', () => {
    const enBases = new Set(enKeys.map(base));
    const ruBases = new Set(ruKeys.map(base));
    expect([...enBases].filter((k) => !ruBases.has(k))).toEqual([]);
    expect([...ruBases].filter((k) => !enBases.has(k))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const texts = (catalogue: Record<string, string>, key: string) =>
      Object.entries(catalogue)
        .filter(([k]) => base(k) === key)
        .map(([, text]) => variables(text));
    const mismatches = [...new Set(enKeys.map(base))].flatMap((key) => {
      // Plural forms may leave out {{count}} (English "no lessons"): compare the other placeholders.
      const strip = (v: string) =>
        v
          .split(',')
          .filter((x) => x && x !== 'count')
          .join();
      const wanted = new Set(texts(en, key).map(strip));
      const got = new Set(texts(ru, key).map(strip));
      return [...got].every((v) => wanted.has(v)) && [...wanted].every((v) => got.has(v))
        ? []
        : [`${key}: en {${[...wanted].join(' | ')}} ≠ ru {${[...got].join(' | ')}}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('has the four Russian plural forms wherever English has plurals', () => {
    const plurals = new Set(enKeys.filter((k) => PLURAL.test(k)).map(base));
    const missing = [...plurals].flatMap((k) =>
      ['one', 'few', 'many', 'other'].map((form) => `${k}_${form}`).filter((key) => !(key in ru)),
    );
    expect(missing).toEqual([]);
  });

  it('has no empty texts, and Russian quotes in Russian', () => {
    const all = [...Object.entries(en), ...Object.entries(ru)];
    expect(all.filter(([, text]) => !text.trim()).map(([k]) => k)).toEqual([]);
    expect(
      Object.entries(ru)
        .filter(([, text]) => /"/.test(text))
        .map(([k]) => k),
    ).toEqual([]);
  });

  it('words its texts as i18next does, plurals included', () => {
    const i18n = createInstance();
    void i18n.init({
      resources: { en: { translation: en }, ru: { translation: ru } },
      lng: 'ru',
      fallbackLng: 'en',
      keySeparator: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    for (const count of [0, 1, 2, 5, 11, 21, 22]) {
      for (const lng of ['en', 'ru'] as const) {
        const ours = formatMessage(msg('salvage.lessons', { count }), lng);
        expect(ours).toBe(i18n.t('salvage.lessons', { count, lng }));
      }
    }
    expect(formatMessage(msg('media.tooLarge', { name: 'a.mp4' }), 'ru')).toBe(
      i18n.t('media.tooLarge', { name: 'a.mp4', lng: 'ru' }),
    );
  });
});

describe('formatMessage', () => {
  it('words nested messages in the same language, and plain strings as they are', () => {
    const error = new OerError(
      'not-a-zip',
      msg('project.notAZip', { name: msg('file.named', { name: 'c.oercourse' }) }),
    );
    const wrapped = wrapError(error, 'project.notOpened', {
      name: msg('file.named', { name: 'c.oercourse' }),
    });
    expect(wrapped.message).toBe(
      '"c.oercourse" was not opened. "c.oercourse" is not an OER Studio course: it is not a zip archive. Open a .oercourse file, or use Import for other formats.',
    );
    expect(formatMessage(wrapped.text, 'ru')).toBe(
      'Файл «c.oercourse» не открыт. Файл «c.oercourse» — не курс OER Studio: это не zip-архив. Откройте файл .oercourse, а файлы других форматов добавьте через «Импорт».',
    );
    expect(formatMessage('plain text', 'ru')).toBe('plain text');
  });

  it('picks Russian plural forms by Russian rules, and "none" in words for zero', () => {
    expect([0, 1, 2, 5, 21].map((count) => formatMessage(msg('salvage.lessons', { count }), 'ru'))).toEqual([
      'ни одного урока',
      '1 урок',
      '2 урока',
      '5 уроков',
      '21 урок',
    ]);
    expect([0, 1, 2].map((count) => formatMessage(msg('salvage.lessons', { count }), 'en'))).toEqual([
      'no lessons',
      '1 lesson',
      '2 lessons',
    ]);
  });

  it('falls back to English for a key Russian lacks, and to the key for one nobody knows', () => {
    expect(formatMessage({ key: 'no.such.key' as never }, 'ru')).toBe('no.such.key');
  });

  it('reads Kazakh and Uzbek locales in Russian, others in English', () => {
    expect(['ru-RU', 'kk', 'uz-Latn-UZ', 'en-GB', 'de', ''].map(messageLanguage)).toEqual([
      'ru',
      'ru',
      'ru',
      'en',
      'en',
      'en',
    ]);
  });
});
