/**
 * Spellchecking in the course's languages. Electron has one spellchecker per session, not per
 * text field, and it checks a word against every dictionary set: a bilingual course gets both
 * its languages' dictionaries, and a word is accepted if either knows it.
 *
 * Platform quirks:
 * - macOS uses the system spellchecker, which detects the language itself; Electron's language
 *   and download APIs do nothing there.
 * - Windows and Linux use Chromium's Hunspell, which DOWNLOADS each `.bdic` dictionary from a
 *   Google CDN the first time a language is set. OER Studio must work offline (lecturers on
 *   campus networks, in the field), so the download URL points at dictionaries bundled in
 *   `resources/dictionaries/` (see the README there). A language with no bundled file simply
 *   goes unchecked, and nothing leaves the computer.
 * - Chromium has no Kazakh or Uzbek dictionary: those are reported as unsupported, so the
 *   editor can turn spellchecking off for that side instead of underlining every word.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The part of Electron's `Session` that spellchecking uses (a fake in the tests). */
export interface SpellcheckSession {
  readonly availableSpellCheckerLanguages: string[];
  setSpellCheckerLanguages(languages: string[]): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/** Which dictionaries to use for a course's languages, and which languages have none. */
export interface SpellcheckChoice {
  /** Dictionary codes, as Electron names them ("en-US", "ru"), without repeats. */
  use: string[];
  /** The course's language tags that no available dictionary covers ("kk", "uz-Latn"). */
  unsupported: string[];
  /** True on macOS: the system spellchecker picks the language by itself, and `use` is empty. */
  system?: boolean;
}

/**
 * The dictionary to prefer for a bare language when Chromium has several: "en" → American,
 * then British (Chromium has no plain "en" dictionary).
 */
const PREFERRED: Readonly<Record<string, readonly string[]>> = {
  en: ['en-US', 'en-GB'],
  es: ['es', 'es-ES'],
  pt: ['pt-BR', 'pt-PT'],
  de: ['de', 'de-DE'],
  fr: ['fr', 'fr-FR'],
  it: ['it', 'it-IT'],
};

/** "EN_gb" → "en-GB"; a tag Intl rejects is returned lower-cased, and will find no dictionary. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? tag.toLowerCase();
  } catch {
    return tag.trim().toLowerCase();
  }
}

/**
 * Maps BCP-47 course languages to Electron's dictionary codes: an exact match first
 * ("en-GB" → en-GB), then the language's preferred dictionary ("en", "en-IN" → en-US, or en-GB
 * where only that is available; "ru-RU" → ru), then any dictionary of that language.
 */
export function spellcheckerLanguages(
  languages: readonly string[],
  available: readonly string[],
): SpellcheckChoice {
  const byLower = new Map(available.map((code) => [code.toLowerCase(), code]));
  const use: string[] = [];
  const unsupported: string[] = [];
  for (const tag of languages) {
    const full = canonical(tag);
    let language = full.split('-')[0] ?? full;
    try {
      language = new Intl.Locale(full).language;
    } catch {
      // Not a tag: keep its first part, which matches nothing in practice.
    }
    const candidates = [full, language, ...(PREFERRED[language] ?? [])];
    const found =
      candidates.map((c) => byLower.get(c.toLowerCase())).find((c) => c !== undefined) ??
      available.find((code) => code.toLowerCase().startsWith(`${language}-`));
    if (found) {
      if (!use.includes(found)) use.push(found);
    } else if (!unsupported.includes(tag)) {
      unsupported.push(tag);
    }
  }
  return { use, unsupported };
}

/**
 * The `file://` URL of the bundled dictionaries folder, with the trailing slash Electron
 * needs (it appends the file name, e.g. "ru-RU-3-0.bdic").
 */
export function dictionaryDownloadUrl(resourcesDir: string): string {
  const href = pathToFileURL(join(resourcesDir, 'dictionaries')).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Options of {@link configureSpellchecker}. */
export interface SpellcheckOptions {
  /** `process.platform`; on "darwin" the system spellchecker chooses and nothing is set. */
  platform: NodeJS.Platform;
  /** Where the bundled `.bdic` files are (see {@link dictionaryDownloadUrl}), never the CDN. */
  dictionariesUrl: string;
}

/**
 * Sets the session's spellchecker to a course's languages (source and target) and answers
 * which of them have a dictionary. On macOS it sets nothing (see {@link SpellcheckChoice.system}).
 */
export function configureSpellchecker(
  session: SpellcheckSession,
  languages: readonly string[],
  options: SpellcheckOptions,
): SpellcheckChoice {
  if (options.platform === 'darwin') return { use: [], unsupported: [], system: true };
  // Before the languages: setting a language starts its download, from this URL.
  session.setSpellCheckerDictionaryDownloadURL(options.dictionariesUrl);
  const choice = spellcheckerLanguages(languages, session.availableSpellCheckerLanguages);
  session.setSpellCheckerLanguages(choice.use);
  return choice;
}
