import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { languageName } from '../player/pages';

/** One language's part of a page: its title and its trusted body HTML from the core renderer. */
export interface LanguagePart {
  lang: string;
  title: string;
  bodyHtml: string;
}

/**
 * The body of a page that holds every language of a lesson one after the other, for Common
 * Cartridge, where the LMS shows a page as it is (no player, no script). A list of links at
 * the top jumps to each language; each part carries its own `lang`.
 */
export function stackedBodyHtml(parts: LanguagePart[]): string {
  if (parts.length === 1) return (parts[0] as LanguagePart).bodyHtml;
  const nav = h(
    'nav',
    { class: 'oer-langs', 'aria-label': parts.map((p) => languageName(p.lang)).join(' / ') },
    h(
      'ul',
      parts.map((p) =>
        h('li', h('a', { href: `#lang-${p.lang}`, lang: p.lang, hrefLang: p.lang }, languageName(p.lang))),
      ),
    ),
  );
  const sections = parts.map((p) =>
    h('section', { id: `lang-${p.lang}`, lang: p.lang, class: 'oer-lang-part' }, [
      h('h2', p.title),
      { type: 'raw', value: p.bodyHtml } as unknown as ElementContent,
    ]),
  );
  return toHtml([nav, ...sections], { allowDangerousHtml: true });
}
