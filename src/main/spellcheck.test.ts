import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configureSpellchecker,
  dictionaryDownloadUrl,
  spellcheckerLanguages,
  type SpellcheckSession,
} from './spellcheck';

/** What `session.availableSpellCheckerLanguages` answers on Windows and Linux (Chromium's list, abridged). */
const CHROMIUM = (
  'af bg ca cs cy da de el en-AU en-CA en-GB en-GB-oxendict en-US es es-419 es-AR es-ES es-MX es-US et fa fo ' +
  'fr he hi hr hu hy id it ko lt lv nb nl pl pt-BR pt-PT ro ru sh sk sl sq sr sv ta tg tr uk vi'
).split(' ');

/** A Session that records what it was told. */
function fakeSession(available = CHROMIUM) {
  const calls: string[] = [];
  const session: SpellcheckSession = {
    availableSpellCheckerLanguages: available,
    setSpellCheckerLanguages: (languages) => void calls.push(`languages ${languages.join(',')}`),
    setSpellCheckerDictionaryDownloadURL: (url) => void calls.push(`url ${url}`),
  };
  return { session, calls };
}

describe('spellcheckerLanguages', () => {
  it.each([
    [['en', 'ru'], ['en-US', 'ru'], []],
    [['en-GB', 'ru-RU'], ['en-GB', 'ru'], []],
    [['en-IN'], ['en-US'], []],
    [['EN_gb'], ['en-GB'], []],
    [['ru', 'kk'], ['ru'], ['kk']],
    [['uz-Latn', 'en'], ['en-US'], ['uz-Latn']],
    [['uz-Cyrl', 'ru', 'kk-Cyrl-KZ'], ['ru'], ['uz-Cyrl', 'kk-Cyrl-KZ']],
    [['pt'], ['pt-BR'], []],
    [['tg'], ['tg'], []],
    [['en', 'en-US', 'en'], ['en-US'], []],
    [['not a tag', ''], [], ['not a tag', '']],
  ])('%j → use %j, unsupported %j', (languages, use, unsupported) => {
    expect(spellcheckerLanguages(languages, CHROMIUM)).toEqual({ use, unsupported });
  });

  it('takes British English where it is the only English available', () => {
    expect(spellcheckerLanguages(['en'], ['en-GB', 'ru'])).toEqual({ use: ['en-GB'], unsupported: [] });
    expect(spellcheckerLanguages(['en'], ['en-AU'])).toEqual({ use: ['en-AU'], unsupported: [] });
  });

  it('reports everything as unsupported when no dictionary is available', () => {
    expect(spellcheckerLanguages(['en', 'ru'], [])).toEqual({ use: [], unsupported: ['en', 'ru'] });
  });
});

describe('configureSpellchecker', () => {
  const dictionariesUrl = 'file:///opt/oer-studio/resources/dictionaries/';

  it('points the downloader at the bundled dictionaries, then sets the languages', () => {
    const { session, calls } = fakeSession();
    const choice = configureSpellchecker(session, ['en', 'kk'], { platform: 'win32', dictionariesUrl });
    expect(choice).toEqual({ use: ['en-US'], unsupported: ['kk'] });
    expect(calls).toEqual([`url ${dictionariesUrl}`, 'languages en-US']);
  });

  it('sets no languages for a course whose languages have no dictionary', () => {
    const { session, calls } = fakeSession();
    const choice = configureSpellchecker(session, ['kk', 'uz'], { platform: 'linux', dictionariesUrl });
    expect(choice).toEqual({ use: [], unsupported: ['kk', 'uz'] });
    expect(calls).toEqual([`url ${dictionariesUrl}`, 'languages ']);
  });

  it('leaves macOS to the system spellchecker', () => {
    const { session, calls } = fakeSession([]);
    expect(configureSpellchecker(session, ['en', 'ru'], { platform: 'darwin', dictionariesUrl })).toEqual({
      use: [],
      unsupported: [],
      system: true,
    });
    expect(calls).toEqual([]);
  });
});

describe('dictionaryDownloadUrl', () => {
  it('is a file: URL of resources/dictionaries with a trailing slash', () => {
    const resources = join('/opt', 'OER Studio', 'resources');
    const url = dictionaryDownloadUrl(resources);
    expect(url.startsWith('file://')).toBe(true);
    expect(url.endsWith('/dictionaries/')).toBe(true);
    expect(url).toContain('OER%20Studio');
    expect(fileURLToPath(url)).toBe(
      join(resources, 'dictionaries') + (process.platform === 'win32' ? '\\' : '/'),
    );
  });
});
