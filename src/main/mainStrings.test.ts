import { describe, expect, it } from 'vitest';
import {
  fillIn,
  MAIN_STRINGS,
  mainLanguage,
  mainStrings,
  uiLanguageFromRequest,
  type MainStrings,
} from './mainStrings';

/** Every string of a table by dotted key. */
function flatten(table: MainStrings): Map<string, string> {
  return new Map(
    Object.entries(table).flatMap(([group, strings]) =>
      Object.entries(strings as Record<string, string>).map(
        ([key, text]) => [`${group}.${key}`, text] as const,
      ),
    ),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join();
/** The access key of a menu label: the letter after a single "&". */
const accessKey = (label: string) => /(?:^|[^&])&([^&])/u.exec(label)?.[1]?.toLocaleLowerCase();

const en = flatten(MAIN_STRINGS.en);
const ru = flatten(MAIN_STRINGS.ru);

describe('the main-process strings', () => {
  it('has every key in both languages, none empty', () => {
    expect([...en.keys()]).toEqual([...ru.keys()]);
    expect([...en, ...ru].filter(([, text]) => !text.trim())).toEqual([]);
  });

  it('uses the same placeholders and the same access-key marks in both languages', () => {
    for (const [key, text] of en) {
      const other = ru.get(key) ?? '';
      expect(placeholders(other), key).toBe(placeholders(text));
      expect(Boolean(accessKey(other)), key).toBe(Boolean(accessKey(text)));
    }
  });

  it('has Russian text in the Russian table wherever English has words', () => {
    const english = [...ru].filter(
      ([key, text]) => text === en.get(key) && /[a-z]{3}/i.test(text.replace(/\{\w+\}|OER Studio/g, '')),
    );
    expect(english).toEqual([]);
  });

  it.each([
    ['en-US', 'en'],
    ['en', 'en'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['RU_ru', 'ru'],
    ['kk', 'ru'],
    ['kk-KZ', 'ru'],
    ['uz-Latn-UZ', 'ru'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('reads %j in %s', (locale, language) => {
    expect(mainLanguage(locale)).toBe(language);
    expect(mainStrings(locale)).toBe(MAIN_STRINGS[language as 'en' | 'ru']);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fillIn(MAIN_STRINGS.ru.dialogs.exportPackage, { format: 'SCORM 1.2' })).toBe('Экспорт: SCORM 1.2');
    expect(fillIn('{a} and {b}', { a: '$&' })).toBe('$& and {b}');
  });
});

describe('uiLanguageFromRequest', () => {
  it.each([
    [{ language: 'ru' }, 'ru'],
    [{ language: 'uz-Latn' }, 'uz-Latn'],
    [{ language: null }, null],
    [{ language: '' }, null],
    [{ language: 'ru; rm -rf /' }, null],
    [{ language: 42 }, null],
    [{ language: 'x'.repeat(100) }, null],
    [null, null],
    ['ru', null],
    [undefined, null],
  ])('%j → %j', (req, language) => {
    expect(uiLanguageFromRequest(req)).toBe(language);
  });
});
