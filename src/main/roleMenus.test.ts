import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenu } from './menu';
import { MAIN_STRINGS } from './mainStrings';
import { appMenu, editMenu, viewMenu, windowMenu } from './roleMenus';

// Electron cannot run here: the menu is checked as the template it would be built from.
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: unknown) => template },
  app: { getLocale: () => 'en-US', name: 'OER Studio' },
}));

type Item = MenuItemConstructorOptions;
const submenu = (item: Item) => (Array.isArray(item.submenu) ? (item.submenu as Item[]) : []);
const accessKey = (label: string) => /(?:^|[^&])&([^&])/u.exec(label)?.[1]?.toLocaleLowerCase();

/** Every menu level of a template, each as its list of items. */
function levels(items: Item[]): Item[][] {
  return [items, ...items.flatMap((item) => levels(submenu(item)))];
}

/** Labels of every item, at every depth. */
function labels(items: Item[]): string[] {
  return items.flatMap((item) => [...(item.label ? [item.label] : []), ...labels(submenu(item))]);
}

describe('the localized menus', () => {
  for (const language of ['en', 'ru'] as const) {
    for (const isMac of [false, true]) {
      const s = MAIN_STRINGS[language];
      const platform = isMac ? 'macOS' : 'Windows and Linux';

      it(`labels every role item in ${language} on ${platform}`, () => {
        const menus = [appMenu(s, 'OER Studio'), editMenu(s, isMac), viewMenu(s), windowMenu(s, isMac)];
        for (const item of menus.flatMap(submenu)) {
          if (item.type !== 'separator') expect(item.label, String(item.role)).toBeTruthy();
        }
      });
    }

    it(`gives each item of a ${language} menu its own access key, on Windows and Linux`, () => {
      const s = MAIN_STRINGS[language];
      const template = [editMenu(s, false), viewMenu(s), windowMenu(s, false)];
      for (const level of [template, ...template.map(submenu)]) {
        const keys = level.flatMap((item) => (item.label && accessKey(item.label)) || []);
        expect(keys.length, keys.join()).toBe(new Set(keys).size);
      }
    });
  }

  it('builds the whole application menu in Russian, with no English label left', () => {
    const template = buildMenu(() => null, [], undefined, MAIN_STRINGS.ru) as unknown as Item[];
    const english = new Set(
      labels(buildMenu(() => null, [], undefined, MAIN_STRINGS.en) as unknown as Item[]),
    );
    const found = labels(template);
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter((label) => english.has(label))).toEqual([]);
    for (const level of levels(template)) {
      const keys = level.flatMap((item) => (item.label && accessKey(item.label)) || []);
      expect(keys.length, keys.join()).toBe(new Set(keys).size);
    }
  });
});
