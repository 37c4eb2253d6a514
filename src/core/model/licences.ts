import type { LicenceId } from './types';

/** What a package says about a licence: its name per language and where to read it. */
export interface LicenceInfo {
  id: LicenceId;
  /** The short name, the same in every language ("CC BY-SA 4.0"). */
  short: string;
  /** The full name, in English and Russian. Other languages fall back to English. */
  name: Record<string, string>;
  /** The licence deed; null for all rights reserved. */
  url: string | null;
}

const cc = (id: LicenceId, code: string, en: string, ru: string): LicenceInfo => ({
  id,
  short: `CC ${code.toUpperCase()} 4.0`,
  name: { en: `Creative Commons ${en} 4.0 International`, ru: `Creative Commons «${ru}» 4.0 Международная` },
  url: `https://creativecommons.org/licenses/${code}/4.0/`,
});

/** Every licence an author can choose, in the order the chooser shows them (most open first). */
export const LICENCES: readonly LicenceInfo[] = [
  {
    id: 'CC0-1.0',
    short: 'CC0 1.0',
    name: {
      en: 'CC0 1.0 Universal (public domain dedication)',
      ru: 'CC0 1.0 Универсальная (передача в общественное достояние)',
    },
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  cc('CC-BY-4.0', 'by', 'Attribution', 'Атрибуция'),
  cc('CC-BY-SA-4.0', 'by-sa', 'Attribution-ShareAlike', 'Атрибуция — На тех же условиях'),
  cc('CC-BY-NC-4.0', 'by-nc', 'Attribution-NonCommercial', 'Атрибуция — Некоммерческое использование'),
  cc(
    'CC-BY-NC-SA-4.0',
    'by-nc-sa',
    'Attribution-NonCommercial-ShareAlike',
    'Атрибуция — Некоммерческое использование — На тех же условиях',
  ),
  cc('CC-BY-ND-4.0', 'by-nd', 'Attribution-NoDerivatives', 'Атрибуция — Без производных произведений'),
  cc(
    'CC-BY-NC-ND-4.0',
    'by-nc-nd',
    'Attribution-NonCommercial-NoDerivatives',
    'Атрибуция — Некоммерческое использование — Без производных произведений',
  ),
  {
    id: 'all-rights-reserved',
    short: '©',
    name: { en: 'All rights reserved', ru: 'Все права защищены' },
    url: null,
  },
];

/** The information about a licence id. */
export function licenceInfo(id: LicenceId): LicenceInfo {
  return LICENCES.find((l) => l.id === id) ?? (LICENCES.at(-1) as LicenceInfo);
}
