/**
 * Turns HTML written by other tools (package pages, Word via mammoth) into lesson documents.
 * The page is parsed by jsdom (which runs no scripts and loads nothing), sanitised by DOMPurify,
 * adapted where our schema differs (headings, tables, links, images) and parsed into TipTap
 * JSON by ProseMirror's DOMParser over the same extensions the editor uses, so the result holds
 * only what the editor can show. What was dropped goes to the import report.
 */
import { getSchema } from '@tiptap/core';
import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { contentExtensions } from '../../core/content/extensions';
import type { DropKind, ImportReport } from '../../core/import/importReport';
import type { DocJson, NodeJson } from '../../core/model/types';
import { blockHasText } from '../../core/translate/state';

/** How a page's images are found: by the `src` written in the page. */
export interface PageContext {
  /** The page's name in the report; its `<title>` when not given. */
  name?: string;
  /** The asset id of the image at `src`, or null to leave it out (the resolver reports why). */
  image(src: string): Promise<string | null>;
}

/** A page as a lesson document, with what the page said about itself. */
export interface ConvertedPage {
  doc: DocJson;
  /** The page's `<title>`, else its first heading; may be empty. */
  title: string;
  /** The `lang` of the page's `<html>`, if any. */
  lang?: string;
  /** Whether the page had scripts (in its head or body, or as event handlers). */
  hadScripts: boolean;
  /**
   * Whether the page holds nothing but headings once sanitised: no text, no image. Such a page
   * with scripts is made by its scripts (a quiz, a launch frame) and cannot be imported.
   */
  hollow: boolean;
}

/**
 * DOMPurify's settings: HTML only (no SVG or MathML inside pages), no styles, no data-
 * attributes (a page could otherwise forge our `data-asset` or `data-block-id`), and the media,
 * form and canvas elements our lessons cannot hold forbidden so they show up in `removed`.
 */
const PURIFY: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'link',
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'video',
    'audio',
    'source',
    'track',
    'canvas',
    'object',
    'embed',
    'iframe',
    'frame',
    'frameset',
  ],
  FORBID_ATTR: ['style', 'class', 'id'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** Which kind of loss a removed element means for the report; null for unremarkable ones. */
function elementKind(name: string): DropKind | null {
  switch (name) {
    case 'script':
    case 'noscript':
      return 'script';
    case 'iframe':
    case 'frame':
    case 'frameset':
      return 'frame';
    case 'object':
    case 'embed':
    case 'applet':
    case 'param':
      return 'embed';
    case 'video':
    case 'audio':
    case 'source':
    case 'track':
      return 'media';
    case 'form':
    case 'input':
    case 'button':
    case 'select':
    case 'textarea':
      return 'form';
    case 'style':
    case 'link':
      return 'style';
    case 'svg':
    case 'math':
    case 'canvas':
      return 'graphics';
    default:
      return null;
  }
}

const LINK_PROTOCOL = /^(?:https?:|mailto:)/i;

/** Converts pages to lesson documents; one per import, since it owns a jsdom window. */
export class HtmlToDoc {
  private readonly dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
  private readonly window = this.dom.window;
  private readonly purify: DOMPurify = createDOMPurify(
    this.window as unknown as Parameters<typeof createDOMPurify>[0],
  );
  private readonly parser = PmDOMParser.fromSchema(getSchema(contentExtensions({ editing: false })));

  constructor(private readonly report: ImportReport) {}

  /** Converts one page. */
  async convert(html: string, page: PageContext): Promise<ConvertedPage> {
    const parsed = new this.window.DOMParser().parseFromString(html, 'text/html');
    const root = parsed.documentElement;
    const lang = root.getAttribute('lang') || root.getAttribute('xml:lang') || undefined;
    let title = (parsed.querySelector('head > title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const name = page.name || title || 'untitled page';
    const dropped = (kind: DropKind) => this.report.dropped(kind, name);

    let hadScripts = parsed.querySelector('script') !== null;
    if (hadScripts) dropped('script');
    if (parsed.querySelector('head style, head link[rel~="stylesheet" i]')) dropped('style');

    const clean = this.purify.sanitize(parsed.body?.innerHTML ?? '', {
      ...PURIFY,
      RETURN_DOM_FRAGMENT: true,
    });
    for (const removed of this.purify.removed) {
      if ('element' in removed) {
        const kind = elementKind(removed.element.nodeName.toLowerCase());
        if (kind) dropped(kind);
        if (kind === 'script') hadScripts = true;
      } else if (removed.attribute) {
        const attrName = removed.attribute.name.toLowerCase();
        if (attrName.startsWith('on') || /^\s*(?:javascript|vbscript):/i.test(removed.attribute.value)) {
          dropped('script');
          hadScripts = true;
        } else if (attrName === 'style') dropped('style');
      }
    }

    const container = this.window.document.createElement('div');
    container.append(clean);
    this.adaptHeadings(container);
    if (!title)
      title = (container.querySelector('h2, h3, h4')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    this.adaptTables(container, dropped);
    this.adaptLinks(container, dropped);
    await this.adaptImages(container, page);

    const doc = this.parser.parse(container).toJSON() as DocJson;
    const blocks = doc.content ?? [];
    const hollow = !blocks.some((b: NodeJson) => b.type !== 'heading' && blockHasText(b));
    return { doc, title, lang, hadScripts, hollow };
  }

  /**
   * A safe copy of an SVG drawing (DOMPurify's SVG profile: no scripts, no event handlers, no
   * foreign objects), or null when nothing is left.
   */
  sanitizeSvg(svg: string): string | null {
    const clean = this.purify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true } });
    if (!/^\s*<svg[\s>]/i.test(clean)) return null;
    // An SVG file needs its namespace to show as an image; sanitising HTML-parsed SVG drops it.
    return /^\s*<svg[^>]*\sxmlns=/i.test(clean)
      ? clean
      : clean.replace(/^\s*<svg/i, '<svg xmlns="http://www.w3.org/2000/svg"');
  }

  /** Releases the window. */
  close(): void {
    this.window.close();
  }

  /**
   * Lessons have headings of levels 2 to 4 (the lesson title is level 1), so the page's
   * headings are shifted for its top level to become 2, and deeper ones capped at 4.
   */
  private adaptHeadings(container: Element): void {
    const headings = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    if (!headings.length) return;
    const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
    for (const heading of headings) {
      const level = Math.min(4, Math.max(2, Number(heading.tagName[1]) - top + 2));
      this.rename(heading, `h${level}`);
    }
  }

  /**
   * Lessons have no tables yet. A row of plain cells becomes one paragraph, its cells separated
   * by " | ", so a reader still sees what belongs together; cells holding paragraphs, lists or
   * pictures become blocks of their own. Header cells are bold.
   */
  private adaptTables(container: Element, dropped: (kind: DropKind) => void): void {
    const tables = container.querySelectorAll('table');
    if (!tables.length) return;
    dropped('table');
    const BLOCKS = 'p, div, ul, ol, h2, h3, h4, pre, blockquote, img, table';
    for (const row of [...container.querySelectorAll('tr')].reverse()) {
      const cells = [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
      // Word (through mammoth) wraps every cell's text in a paragraph: one paragraph is still plain.
      for (const cell of cells) {
        const only = cell.firstElementChild;
        if (cell.children.length === 1 && only?.tagName === 'P' && !only.querySelector(BLOCKS))
          only.replaceWith(...only.childNodes);
      }
      if (!cells.length || cells.some((c) => c.querySelector(BLOCKS))) continue;
      const paragraph = this.window.document.createElement('p');
      cells.forEach((cell, i) => {
        if (i > 0) paragraph.append(' | ');
        const holder = cell.tagName === 'TH' ? this.window.document.createElement('strong') : paragraph;
        holder.append(...cell.childNodes);
        if (holder !== paragraph) paragraph.append(holder);
      });
      row.replaceWith(paragraph);
    }
    for (const cell of [...container.querySelectorAll('td, th')]) {
      const hasBlocks = cell.querySelector('p, div, ul, ol, h2, h3, h4, pre, blockquote, img') !== null;
      if (cell.tagName === 'TH' && !hasBlocks) {
        const strong = this.window.document.createElement('strong');
        strong.append(...cell.childNodes);
        cell.append(strong);
      }
      this.rename(cell, hasBlocks ? 'div' : 'p');
    }
  }

  /**
   * Keeps links to the web and to e-mail addresses. Links to other files of the package
   * (relative paths, Canvas's `$WIKI_REFERENCE$`) would be broken in a lesson, so their text
   * stays without the link; anchors within the page go the same way, unreported.
   */
  private adaptLinks(container: Element, dropped: (kind: DropKind) => void): void {
    for (const link of [...container.querySelectorAll('a')]) {
      const href = link.getAttribute('href')?.trim() ?? '';
      if (LINK_PROTOCOL.test(href)) continue;
      if (href && !href.startsWith('#')) dropped('pageLink');
      link.replaceWith(...link.childNodes);
    }
  }

  /**
   * Points each image at its asset (through `data-asset`, which the image node reads) or drops
   * it. A figure's caption becomes the image's caption.
   */
  private async adaptImages(container: Element, page: PageContext): Promise<void> {
    for (const img of [...container.querySelectorAll('img')]) {
      const src = img.getAttribute('src')?.trim() ?? '';
      const id = src ? await page.image(src) : null;
      if (!id) {
        img.remove();
        continue;
      }
      img.setAttribute('data-asset', id);
      // The image node reads only img[src] that is not a data: URL; the src itself is not kept.
      img.setAttribute('src', id);
      img.removeAttribute('title');
      const figure = img.closest('figure');
      const caption = figure?.querySelector('figcaption');
      if (caption) {
        const text = (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) img.setAttribute('title', text);
        caption.remove();
      }
    }
  }

  private rename(element: Element, tag: string): void {
    if (element.tagName.toLowerCase() === tag) return;
    const renamed = this.window.document.createElement(tag);
    renamed.append(...element.childNodes);
    element.replaceWith(renamed);
  }
}
