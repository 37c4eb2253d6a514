import { getSchema } from '@tiptap/core';
import { contentExtensions } from '../../content/extensions';
import type { MarkJson, NodeJson } from '../../model/types';

/**
 * TipTap block content ⇄ XLIFF inline content, independent of the XLIFF version.
 *
 * A top-level block becomes one segment. Marks (bold, links…) become paired tags, leaf nodes
 * (hard breaks) become placeholders, and the nesting inside lists and quotes becomes paired
 * tags too, so a CAT tool protects the structure as it protects formatting. Every tag keeps
 * what it stands for (its "original": the mark, the node or the chain of nodes it opens), so
 * import rebuilds the exact JSON, link targets included.
 */

/** What a tag stands for. */
export type TagOriginal =
  | { mark: MarkJson }
  /** Nodes opened by the tag, outer to inner (a list item and its only paragraph), without content. */
  | { nodes: NodeJson[] }
  /** A leaf node (a hard break, a horizontal rule in a quote), as it is. */
  | { node: NodeJson }
  /** A translatable attribute of the block (an image caption). */
  | { attr: string };

/** A paired tag (`<g>` in 1.2, `<pc>` in 2.0) around inline content. */
export interface PairTag {
  kind: 'pair';
  id: string;
  /** The XLIFF 1.2 ctype; the 2.0 writer maps it to `type`/`subType`. */
  ctype: string;
  /** Null when the reader found a tag that does not say what it stands for. */
  original: TagOriginal | null;
  content: Inline[];
}

/** A standalone placeholder (`<x/>` in 1.2, `<ph/>` in 2.0). */
export interface PlaceholderTag {
  kind: 'ph';
  id: string;
  ctype: string;
  original: TagOriginal | null;
}

/** XLIFF inline content: text and tags. */
export type Inline = string | PairTag | PlaceholderTag;

/** Content that cannot become a block: a target whose tags the translator broke. */
export class BrokenInlineError extends Error {}

/** Node types whose content is text and inline nodes. */
const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

/** Marks whose meaning the ctype alone carries, so their tags need no stored original. */
const SIMPLE_MARKS: Record<string, string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underlined',
  strike: 'x-strike',
  code: 'x-code',
};
const MARK_OF_CTYPE = Object.fromEntries(Object.entries(SIMPLE_MARKS).map(([m, c]) => [c, m]));

/** The ctype of a hard break: the standard XLIFF 1.2 line break. */
const LINE_BREAK = 'lb';
/**
 * Ctypes of our own: `x-oer-listItem-paragraph` (a chain of nodes), `x-oer-mark-highlight`
 * (another mark), `x-oer-horizontalRule` (a leaf node), `x-oer-caption`.
 */
const CUSTOM = 'x-oer-';
const MARK = 'mark-';
const CAPTION = 'caption';

/**
 * The original a ctype implies when a tag carries none (a CAT tool dropped our attribute), or
 * null when the ctype alone does not say enough (links, structure).
 */
export function originalOfCtype(ctype: string, kind: 'pair' | 'ph'): TagOriginal | null {
  const original = impliedOriginal(ctype, kind);
  // The ctype comes from the file too: it may only name what a course can hold.
  if (!original) return null;
  if ('mark' in original) return allowedMark(original.mark) ? original : null;
  if ('node' in original) return allowedNode(original.node) ? original : null;
  if ('nodes' in original) return original.nodes.every(allowedNode) ? original : null;
  return original;
}

function impliedOriginal(ctype: string, kind: 'pair' | 'ph'): TagOriginal | null {
  if (kind === 'pair' && MARK_OF_CTYPE[ctype]) return { mark: { type: MARK_OF_CTYPE[ctype] } };
  if (kind === 'ph' && ctype === LINE_BREAK) return { node: { type: 'hardBreak' } };
  if (!ctype.startsWith(CUSTOM)) return null;
  const rest = ctype.slice(CUSTOM.length);
  if (rest.startsWith(MARK)) return kind === 'pair' ? { mark: { type: rest.slice(MARK.length) } } : null;
  if (rest === CAPTION) return kind === 'pair' ? { attr: 'title' } : null;
  // Node type names are camelCase, so "-" separates the nodes of a chain.
  const types = rest.split('-').filter(Boolean);
  if (!types.length) return null;
  if (kind === 'ph') return types.length === 1 ? { node: { type: types[0] as string } } : null;
  return { nodes: types.map((type) => ({ type })) };
}

/** Whether a tag's original must be written out because its ctype does not imply it. */
export function needsStoredOriginal(tag: PairTag | PlaceholderTag): boolean {
  const implied = originalOfCtype(tag.ctype, tag.kind);
  return !implied || !tag.original || canonicalJson(implied) !== canonicalJson(tag.original);
}

function markCtype(mark: MarkJson): string {
  if (mark.type === 'link') return 'link';
  const simple = SIMPLE_MARKS[mark.type];
  return simple && !hasAttrs(mark.attrs) ? simple : `${CUSTOM}${MARK}${mark.type}`;
}

function hasAttrs(attrs: Record<string, unknown> | undefined): boolean {
  return !!attrs && Object.values(attrs).some((v) => v !== undefined && v !== null);
}

function withoutContent(node: NodeJson): NodeJson {
  const { content: _content, ...rest } = node;
  return rest;
}

/** Numbers tags in document order within one segment. */
class TagIds {
  private next = 1;
  constructor(private readonly reuse?: (original: TagOriginal, ctype: string) => string | undefined) {}
  id(original: TagOriginal, ctype: string): string {
    return this.reuse?.(original, ctype) ?? String(this.next++);
  }
  skipTo(n: number): void {
    this.next = Math.max(this.next, n);
  }
}

/**
 * The inline content of a top-level block: a text block's text and marks, a container's
 * children as structure tags, an image's alt text and caption. Empty for blocks with nothing
 * to translate (a horizontal rule).
 */
export function encodeBlock(block: NodeJson): Inline[] {
  return encodeWith(block, new TagIds());
}

function encodeWith(block: NodeJson, ids: TagIds): Inline[] {
  if (block.type === 'image') {
    const out: Inline[] = [];
    const alt = block.attrs?.['alt'];
    if (typeof alt === 'string' && alt) out.push(alt);
    const caption = block.attrs?.['title'];
    if (typeof caption === 'string' && caption) {
      const original = { attr: 'title' };
      const ctype = `${CUSTOM}${CAPTION}`;
      out.push({ kind: 'pair', id: ids.id(original, ctype), ctype, original, content: [caption] });
    }
    return out;
  }
  return TEXTBLOCKS.has(block.type) ? encodeText(block.content ?? [], ids) : encodeChildren(block, ids);
}

/**
 * Encodes a translation so that its tags reuse the ids of the source's tags, as CAT tools
 * expect: first the source tag that stands for the same thing (the same link), else the next
 * unused one of the same kind (a link the translation points elsewhere, with its own stored
 * original). Tags only the translation has get fresh ids after the source's.
 */
export function encodeTranslation(block: NodeJson, source: Inline[]): Inline[] {
  const pool = tagsOf(source).map((tag) => ({
    id: tag.id,
    ctype: tag.ctype,
    key: canonicalJson(tag.original),
    used: false,
  }));
  const take = (match: (t: (typeof pool)[number]) => boolean) => {
    const found = pool.find((t) => !t.used && match(t));
    if (found) found.used = true;
    return found?.id;
  };
  const ids = new TagIds((original, ctype) => {
    const key = canonicalJson(original);
    return take((t) => t.key === key) ?? take((t) => t.ctype === ctype);
  });
  ids.skipTo(Math.max(0, ...pool.map((t) => Number(t.id) || 0)) + 1);
  return encodeWith(block, ids);
}

function encodeChildren(container: NodeJson, ids: TagIds): Inline[] {
  const out: Inline[] = [];
  for (const child of container.content ?? []) {
    if (child.type === 'text') {
      out.push(child.text ?? ''); // not expected in a container; kept rather than lost
      continue;
    }
    if (!TEXTBLOCKS.has(child.type) && !child.content?.length) {
      const original = { node: child };
      const ctype = `${CUSTOM}${child.type}`;
      out.push({ kind: 'ph', id: ids.id(original, ctype), ctype, original });
      continue;
    }
    // A list item that holds one paragraph is one tag, not two: fewer tags for the translator.
    const chain = [child];
    let last = child;
    while (!TEXTBLOCKS.has(last.type) && last.content?.length === 1 && last.content[0]?.type !== 'text') {
      const only = last.content[0] as NodeJson;
      if (!TEXTBLOCKS.has(only.type) && !only.content?.length) break;
      chain.push(only);
      last = only;
    }
    const original = { nodes: chain.map(withoutContent) };
    const ctype = `${CUSTOM}${chain.map((n) => n.type).join('-')}`;
    const id = ids.id(original, ctype);
    const content = TEXTBLOCKS.has(last.type)
      ? encodeText(last.content ?? [], ids)
      : encodeChildren(last, ids);
    out.push({ kind: 'pair', id, ctype, original, content });
  }
  return out;
}

function encodeText(nodes: NodeJson[], ids: TagIds): Inline[] {
  const root: Inline[] = [];
  // Open marks, outermost first. ProseMirror orders a node's marks by schema rank, so runs
  // that share leading marks nest inside one tag.
  const open: { mark: MarkJson; content: Inline[] }[] = [];
  const current = () => open.at(-1)?.content ?? root;
  for (const node of nodes) {
    const marks = node.marks ?? [];
    let shared = 0;
    while (
      shared < open.length &&
      shared < marks.length &&
      canonicalJson(open[shared]?.mark) === canonicalJson(marks[shared])
    )
      shared++;
    open.length = shared;
    for (const mark of marks.slice(shared)) {
      const original = { mark };
      const ctype = markCtype(mark);
      const tag: PairTag = {
        kind: 'pair',
        id: ids.id(original, ctype),
        ctype,
        original,
        content: [],
      };
      current().push(tag);
      open.push({ mark, content: tag.content });
    }
    if (node.type === 'text') {
      const list = current();
      const last = list.at(-1);
      if (typeof last === 'string') list[list.length - 1] = last + (node.text ?? '');
      else list.push(node.text ?? '');
    } else {
      const { marks: _marks, ...leaf } = node;
      const original = { node: leaf };
      const ctype = node.type === 'hardBreak' ? LINE_BREAK : `${CUSTOM}${node.type}`;
      current().push({ kind: 'ph', id: ids.id(original, ctype), ctype, original });
    }
  }
  return root;
}

/** Every tag of some inline content, depth first. */
export function tagsOf(content: Inline[]): (PairTag | PlaceholderTag)[] {
  const out: (PairTag | PlaceholderTag)[] = [];
  const walk = (list: Inline[]) => {
    for (const item of list) {
      if (typeof item === 'string') continue;
      out.push(item);
      if (item.kind === 'pair') walk(item.content);
    }
  };
  walk(content);
  return out;
}

/** The text of inline content without its tags (for titles and for reports). */
export function plainText(content: Inline[]): string {
  return content
    .map((item) => (typeof item === 'string' ? item : item.kind === 'pair' ? plainText(item.content) : ''))
    .join('');
}

/**
 * Resolves what each tag of a translation stands for: the tag's own original when the file
 * has one; else the tag with the same id in the `previous` translation (so a link that points
 * to a target-language page keeps pointing there when a CAT tool rewrote the tag without our
 * attributes); else the source tag with the same id; else what its ctype implies. Throws
 * {@link BrokenInlineError} for a tag that matches nothing or changes kind.
 */
export function resolveTags(target: Inline[], source: Inline[], previous: Inline[] = []): Inline[] {
  const known = new Map(tagsOf(source).map((tag) => [tag.id, tag]));
  const before = new Map(tagsOf(previous).map((tag) => [tag.id, tag]));
  const resolve = (list: Inline[]): Inline[] =>
    list.map((item) => {
      if (typeof item === 'string') return item;
      const sourceTag = known.get(item.id);
      if (sourceTag && sourceTag.kind !== item.kind)
        throw new BrokenInlineError(
          `tag ${item.id} is ${item.kind === 'pair' ? 'paired' : 'standalone'} in the translation but not in the source`,
        );
      const ctype = item.ctype || sourceTag?.ctype || '';
      const prior = before.get(item.id);
      const original =
        item.original ??
        (prior && prior.kind === item.kind && prior.ctype === ctype ? prior.original : null) ??
        sourceTag?.original ??
        originalOfCtype(ctype, item.kind);
      if (!original) throw new BrokenInlineError(`tag ${item.id} is not in the source`);
      return item.kind === 'pair'
        ? { ...item, original, content: resolve(item.content) }
        : { ...item, original };
    });
  return resolve(target);
}

/**
 * Rebuilds a block from inline content whose tags are resolved: `skeleton` gives the block's
 * type and attributes (the translation's own, or the source's for a new translation).
 */
export function decodeBlock(skeleton: NodeJson, content: Inline[]): NodeJson {
  if (skeleton.type === 'image') {
    const attrs: Record<string, unknown> = { ...skeleton.attrs, alt: '', title: null };
    const alt: string[] = [];
    for (const item of content) {
      if (typeof item === 'string') alt.push(item);
      else if (item.kind === 'pair' && item.original && 'attr' in item.original)
        attrs[item.original.attr] = plainText(item.content);
      else throw new BrokenInlineError(`tag ${item.id} does not belong in an image's text`);
    }
    attrs['alt'] = alt.join('');
    return { ...skeleton, attrs };
  }
  const children = TEXTBLOCKS.has(skeleton.type) ? decodeText(content) : decodeChildren(content);
  const { content: _old, ...rest } = skeleton;
  return children.length ? { ...rest, content: children } : rest;
}

function decodeChildren(content: Inline[]): NodeJson[] {
  const out: NodeJson[] = [];
  for (const item of content) {
    if (typeof item === 'string') {
      if (item.trim())
        throw new BrokenInlineError(`text "${clip(item)}" is outside the tags of its list item or paragraph`);
      continue;
    }
    const original = item.original;
    if (item.kind === 'ph' && original && 'node' in original) {
      out.push(original.node);
    } else if (item.kind === 'pair' && original && 'nodes' in original && original.nodes.length) {
      out.push(nest(original.nodes, item.content));
    } else {
      throw new BrokenInlineError(`tag ${item.id} does not belong between list items or paragraphs`);
    }
  }
  return out;
}

function nest(chain: NodeJson[], content: Inline[]): NodeJson {
  const [outer, ...inner] = chain as [NodeJson, ...NodeJson[]];
  let children: NodeJson[];
  if (inner.length) children = [nest(inner, content)];
  else children = TEXTBLOCKS.has(outer.type) ? decodeText(content) : decodeChildren(content);
  return children.length ? { ...outer, content: children } : { ...outer };
}

function decodeText(content: Inline[]): NodeJson[] {
  const out: NodeJson[] = [];
  const walk = (list: Inline[], marks: MarkJson[]) => {
    for (const item of list) {
      if (typeof item === 'string') {
        if (!item) continue;
        const last = out.at(-1);
        if (last?.type === 'text' && canonicalJson(last.marks ?? []) === canonicalJson(marks))
          last.text += item;
        else out.push({ type: 'text', text: item, ...(marks.length ? { marks: [...marks] } : {}) });
        continue;
      }
      const original = item.original;
      if (item.kind === 'pair' && original && 'mark' in original) {
        const dup = marks.some((m) => m.type === original.mark.type);
        walk(item.content, dup ? marks : [...marks, original.mark]);
      } else if (item.kind === 'ph' && original && 'node' in original) {
        out.push(marks.length ? { ...original.node, marks: [...marks] } : { ...original.node });
      } else {
        throw new BrokenInlineError(`tag ${item.id} (${item.ctype}) does not belong inside a paragraph`);
      }
    }
  };
  walk(content, []);
  return out;
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}

/** JSON with sorted keys, for comparing plain data whatever its key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A start or end code that a tool wrote instead of a paired tag (1.2 `<bx/>`/`<ex/>`, 2.0 `<sc/>`/`<ec/>`). */
export type SpanMarker =
  | { kind: 'start'; key: string; id: string; ctype: string; original: TagOriginal | null }
  | { kind: 'end'; key: string };

/**
 * Turns matching start and end codes at one level back into paired tags. Throws
 * {@link BrokenInlineError} for an unbalanced or overlapping pair.
 */
export function pairMarkers(list: (Inline | SpanMarker)[]): Inline[] {
  const root: Inline[] = [];
  const stack: { marker: Extract<SpanMarker, { kind: 'start' }>; content: Inline[] }[] = [];
  const current = () => stack.at(-1)?.content ?? root;
  for (const item of list) {
    if (typeof item !== 'string' && item.kind === 'start') {
      stack.push({ marker: item, content: [] });
    } else if (typeof item !== 'string' && item.kind === 'end') {
      const open = stack.pop();
      if (!open || open.marker.key !== item.key)
        throw new BrokenInlineError(`tag ${item.key} is closed without being opened`);
      const { id, ctype, original } = open.marker;
      current().push({ kind: 'pair', id, ctype, original, content: open.content });
    } else {
      current().push(item);
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed) throw new BrokenInlineError(`tag ${unclosed.marker.id} is opened but never closed`);
  return root;
}

/**
 * What a tag's original may contain. An XLIFF file comes from outside, so its originals and
 * ctypes are untrusted: only the node and mark types of the lesson schema (the one list of
 * extensions, content/extensions.ts) may enter the course, and links only with the protocols
 * the editor allows. A node the strict editor schema does not know would make the lesson fail
 * to open; a `javascript:` link would run in the learner's page.
 */
let allowed: { nodes: Set<string>; marks: Set<string> } | null = null;
function allowedTypes(): { nodes: Set<string>; marks: Set<string> } {
  if (!allowed) {
    const schema = getSchema(contentExtensions({ editing: false }));
    const nodes = new Set(Object.keys(schema.nodes));
    nodes.delete('doc');
    allowed = { nodes, marks: new Set(Object.keys(schema.marks)) };
  }
  return allowed;
}
const ALLOWED_ATTRS = new Set(['title', 'alt']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function allowedMark(mark: unknown): mark is MarkJson {
  if (!isRecord(mark) || typeof mark['type'] !== 'string' || !allowedTypes().marks.has(mark['type']))
    return false;
  if (mark['attrs'] !== undefined && !isRecord(mark['attrs'])) return false;
  if (mark['type'] !== 'link') return true;
  const href = mark['attrs']?.['href'];
  // An absolute address must be http(s) or mailto; relative ones and #anchors have no scheme.
  return (
    typeof href === 'string' &&
    (/^(https?|mailto):/i.test(href.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(href.trim()))
  );
}

function allowedNode(node: unknown): node is NodeJson {
  if (!isRecord(node) || typeof node['type'] !== 'string' || !allowedTypes().nodes.has(node['type']))
    return false;
  if (node['attrs'] !== undefined && !isRecord(node['attrs'])) return false;
  if (node['marks'] !== undefined && !(Array.isArray(node['marks']) && node['marks'].every(allowedMark)))
    return false;
  if (node['text'] !== undefined && typeof node['text'] !== 'string') return false;
  return (
    node['content'] === undefined || (Array.isArray(node['content']) && node['content'].every(allowedNode))
  );
}

/**
 * Reads a stored original (JSON), or null when it is missing, not one, or not allowed in a
 * course (see {@link allowedTypes}); the tag then falls back to the source's tag or its ctype.
 */
export function parseOriginal(json: string | undefined): TagOriginal | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  if (allowedMark(value['mark'])) return { mark: value['mark'] };
  if (allowedNode(value['node'])) return { node: value['node'] };
  const nodes = value['nodes'];
  if (Array.isArray(nodes) && nodes.length && nodes.every(allowedNode)) return { nodes };
  const attr = value['attr'];
  if (typeof attr === 'string' && ALLOWED_ATTRS.has(attr)) return { attr };
  return null;
}
