import { createInstance, type i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { exportFormats } from '../../../core/export/registry';
import en from './en.json';
import { i18nOptions, RESOURCES, UI_LANGUAGES } from './i18nOptions';
import ru from './ru.json';

/** A fresh i18next, started exactly as the app starts it, without React. */
function start(locale: string): I18n {
  const i18n = createInstance();
  void i18n.init(i18nOptions(locale));
  return i18n;
}

type Catalogue = { [key: string]: string | Catalogue };

/** Every key of a catalogue, dotted, with its text. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** The key without its plural suffix: "status.lessons_few" → "status.lessons". */
const base = (key: string) => key.replace(PLURAL, '');
/** The interpolation variables of a text, once each, sorted: "{{done}} of {{total}}" → done, total. */
const variables = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

const enKeys = flatten(en);
const ruKeys = flatten(ru);

/**
 * The Russian names of the export registry's formats and options: English takes them from
 * the registry itself (src/core/export), so en.json has no such keys.
 */
const REGISTRY_KEY = /^(formats|formatOptions)\./;

describe('the interface catalogues', () => {
  it('has a catalogue, maybe empty, for every interface language', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('has every English key in Russian, and no Russian key that English lacks', () => {
    const enBases = new Set([...enKeys.keys()].map(base));
    const ruBases = new Set([...ruKeys.keys()].map(base));
    expect([...enBases].filter((k) => !ruBases.has(k))).toEqual([]);
    expect([...ruBases].filter((k) => !enBases.has(k) && !REGISTRY_KEY.test(k))).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const mismatches: string[] = [];
    for (const [key, ruText] of ruKeys) {
      if (REGISTRY_KEY.test(key)) continue;
      // A Russian plural form answers the English "other" form (and "one" when English has one).
      const enText = enKeys.get(key) ?? enKeys.get(`${base(key)}_other`) ?? enKeys.get(base(key));
      if (enText === undefined) continue;
      if (variables(enText).join() !== variables(ruText).join()) {
        mismatches.push(`${key}: en {${variables(enText).join()}} ≠ ru {${variables(ruText).join()}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('has the four Russian plural forms wherever English has plurals', () => {
    const plurals = new Set([...enKeys.keys()].filter((k) => PLURAL.test(k)).map(base));
    expect(plurals.size).toBeGreaterThan(0);
    const missing = [...plurals].flatMap((k) =>
      ['one', 'few', 'many', 'other'].map((form) => `${k}_${form}`).filter((key) => !ruKeys.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it('has no empty texts', () => {
    const empty = [...enKeys, ...ruKeys].filter(([, text]) => !text.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('translates every format and option of the export registry into Russian, and no others', () => {
    const options = new Map(exportFormats.flatMap((f) => f.options.map((o) => [o.id, o] as const)));
    const expected = [
      ...exportFormats.map((f) => `formats.${f.id}.description`),
      ...[...options.keys()].flatMap((id) => [
        `formatOptions.${id}.label`,
        `formatOptions.${id}.description`,
      ]),
    ];
    expect(expected.filter((key) => !ruKeys.has(key))).toEqual([]);
    const known = new Set([
      ...exportFormats.flatMap((f) => [`formats.${f.id}.label`, `formats.${f.id}.description`]),
      ...expected,
    ]);
    expect([...ruKeys.keys()].filter((k) => REGISTRY_KEY.test(k) && !known.has(k))).toEqual([]);
  });
});

describe('the interface language', () => {
  it.each([
    ['en', 'en', 'Save'],
    ['en-GB', 'en', 'Save'],
    ['ru', 'ru', 'Сохранить'],
    ['ru-RU', 'ru', 'Сохранить'],
    ['kk-KZ', 'ru', 'Сохранить'],
    ['uz-Latn-UZ', 'ru', 'Сохранить'],
    ['de-DE', 'en', 'Save'],
    ['', 'en', 'Save'],
  ])('%s shows the interface in %s', (locale, resolved, save) => {
    const i18n = start(locale);
    expect(i18n.resolvedLanguage).toBe(resolved);
    expect(i18n.t('toolbar.save')).toBe(save);
  });

  it('falls back from Kazakh and Uzbek to Russian, then English', () => {
    for (const locale of ['kk', 'uz']) {
      const i18n = start(locale);
      expect(i18n.language).toBe(locale);
      expect(i18n.languages).toEqual([locale, 'ru', 'en']);
      i18n.addResource('en', 'translation', 'test.englishOnly', 'Only in English');
      i18n.addResource('ru', 'translation', 'test.russianAndEnglish', 'По-русски');
      i18n.addResource('en', 'translation', 'test.russianAndEnglish', 'In English');
      i18n.addResource(locale, 'translation', 'test.own', 'Өз');
      expect(i18n.t('test.own')).toBe('Өз');
      expect(i18n.t('test.russianAndEnglish')).toBe('По-русски');
      expect(i18n.t('test.englishOnly')).toBe('Only in English');
    }
  });

  it('picks Russian plural forms by Russian rules, in Russian and through the fallback', () => {
    for (const locale of ['ru', 'kk']) {
      const t = start(locale).t;
      expect([1, 2, 5, 11, 21, 22, 1.5].map((count) => t('status.lessons', { count }))).toEqual([
        '1 урок',
        '2 урока',
        '5 уроков',
        '11 уроков',
        '21 урок',
        '22 урока',
        '1.5 урока',
      ]);
    }
    const t = start('en').t;
    expect([1, 2, 5].map((count) => t('status.lessons', { count }))).toEqual([
      '1 lesson',
      '2 lessons',
      '5 lessons',
    ]);
  });
});
