/**
 * Names of content languages for labels, from `Intl.DisplayNames`, so any BCP-47 tag gets a
 * proper name without a table of our own.
 */

/** The name of `tag` in `tag` itself ("English", "Русский", "Қазақ тілі"), or the tag. */
function autonym(tag: string): string {
  return nameIn(tag, tag);
}

/** The name of `tag` in the language `inLang` ("Russian" in English), or the tag. */
export function nameIn(tag: string, inLang: string): string {
  return knownName(tag, inLang) ?? tag;
}

/**
 * The name of `tag` in `inLang`, or null when `Intl` knows no such language: "english" is a
 * well-formed tag (a five-to-eight-letter subtag), but no language has it.
 */
export function knownName(tag: string, inLang: string): string | null {
  const key = `${tag}|${inLang}`;
  if (!names.has(key)) names.set(key, lookUpName(tag, inLang));
  return names.get(key) ?? null;
}

/** Names already looked up: the labels are drawn on every render, and `Intl` is not free. */
const names = new Map<string, string | null>();

function lookUpName(tag: string, inLang: string): string | null {
  try {
    const name = new Intl.DisplayNames([inLang], { type: 'language', fallback: 'none' }).of(tag);
    if (!name) return null;
    // Russian and others write language names in lower case; a label starts with a capital.
    return name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1);
  } catch {
    return null;
  }
}

/** "English (en)": a language's own name with its tag, as editor and dialog labels show it. */
export function languageLabel(tag: string): string {
  const name = autonym(tag);
  return name === tag ? tag : `${name} (${tag})`;
}

/** The writing direction of `tag`, so Arabic or Hebrew content is edited right to left. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
