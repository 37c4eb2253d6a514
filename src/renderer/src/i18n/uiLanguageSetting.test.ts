import { describe, expect, it } from 'vitest';
import {
  loadUiLanguageSetting,
  saveUiLanguageSetting,
  systemUiLanguage,
  UI_LANGUAGE_KEY,
  uiLocale,
  type SettingStorage,
} from './uiLanguageSetting';

/** An in-memory localStorage. */
function memoryStorage(initial: Record<string, string> = {}): SettingStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** A localStorage that the browser refuses (disabled storage, an opaque origin). */
const refusing: SettingStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('the interface language setting', () => {
  it('is "system" until the user chooses', () => {
    expect(loadUiLanguageSetting(memoryStorage())).toBe('system');
    expect(loadUiLanguageSetting(undefined)).toBe('system');
  });

  it('keeps a chosen language, and forgets it when the system language is chosen again', () => {
    const storage = memoryStorage();
    saveUiLanguageSetting(storage, 'ru');
    expect(storage.data.get(UI_LANGUAGE_KEY)).toBe('ru');
    expect(loadUiLanguageSetting(storage)).toBe('ru');
    saveUiLanguageSetting(storage, 'system');
    expect(storage.data.has(UI_LANGUAGE_KEY)).toBe(false);
    expect(loadUiLanguageSetting(storage)).toBe('system');
  });

  it('reads a garbled or unreadable setting as "system"', () => {
    for (const value of ['de', 'RU', '', '{"lang":"ru"}']) {
      expect(loadUiLanguageSetting(memoryStorage({ [UI_LANGUAGE_KEY]: value }))).toBe('system');
    }
    expect(loadUiLanguageSetting(refusing)).toBe('system');
    expect(() => saveUiLanguageSetting(refusing, 'ru')).not.toThrow();
  });

  it('starts in the chosen language, or else in the system one', () => {
    expect(uiLocale('system', 'ru-RU')).toBe('ru-RU');
    expect(uiLocale('kk', 'en-US')).toBe('kk');
  });

  it('names the interface language the system locale gives', () => {
    expect(
      ['ru-RU', 'kk-KZ', 'uz-Latn-UZ', 'en-GB', 'de-DE', '', 'not a locale'].map(systemUiLanguage),
    ).toEqual(['ru', 'kk', 'uz', 'en', 'en', 'en', 'en']);
  });
});
