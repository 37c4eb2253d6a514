import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { keepsBlocks } from '../../../core/content/extensions';
import type { BlockState } from '../../../core/translate/state';

/** Extra space before each top-level block (by index), set by the height alignment. */
export interface BlockPads {
  before: number[];
}

/** What the margin shows for one target block. */
export interface BlockMark {
  state: BlockState;
  /** The marker's tooltip. The marker itself is hidden from screen readers, which hear the
   * lesson's count in the outline and the course's in the status bar. */
  label: string;
}

/** The state of {@link blockLooksPlugin}: what the decorations show, and the decorations. */
export interface Looks {
  pads: BlockPads;
  marks: ReadonlyMap<string, BlockMark>;
  set: DecorationSet;
  /**
   * Whether `set` still shows `pads` and `marks` block by block, so that new ones need only
   * the blocks whose look changed: false once an edit changed the document's structure (a
   * block added, removed, split, re-typed or given another id), after which `pads` (by block
   * index) and `marks` (by block id) may no longer describe `set`.
   */
  exact: boolean;
}

const key = new PluginKey<Looks>('blockLooks');
const NO_PADS: BlockPads = { before: [] };

/** The position where a top-level block's text starts (inside its first textblock), or null for a leaf. */
function innerStart(node: PmNode, offset: number): number | null {
  if (node.isTextblock) return offset + 1;
  let start: number | null = null;
  node.descendants((child, pos) => {
    if (start !== null) return false;
    if (!child.isTextblock) return true;
    start = offset + 1 + pos + 1;
    return false;
  });
  return start;
}

function spacer(height: number): () => HTMLElement {
  return () => {
    const el = document.createElement('span');
    el.className = 'align-spacer';
    el.contentEditable = 'false';
    el.style.height = `${height.toFixed(1)}px`;
    return el;
  };
}

function marker(mark: BlockMark): () => HTMLElement {
  return () => {
    const el = document.createElement('span');
    el.className = `state-marker state-${mark.state}`;
    el.contentEditable = 'false';
    el.title = mark.label;
    el.setAttribute('aria-hidden', 'true');
    return el;
  };
}

/** The space a pad of `height` pixels takes, as its widget key: equal keys look the same. */
function padKey(height: number | undefined): string {
  return height !== undefined && height > 0.5 ? height.toFixed(1) : '';
}

/**
 * The decorations of one top-level block. Space and markers are widgets *inside* each block,
 * where its text starts, not node decorations of the blocks: ProseMirror keeps inner
 * decorations in a tree by block, while node decorations of top-level blocks all sit in one
 * list that every keystroke's redraw scans once per block (with a thousand blocks, that scan
 * cost more than the rest of a keystroke). The space goes *before* a block rather than after
 * the previous one: a widget at the end of a paragraph makes ProseMirror add a line break
 * after it (for the cursor), which would change the height being aligned. Leaf blocks (an
 * image, a rule) have no inside, so they get a node decoration; there are few of them.
 */
function blockDecorations(
  node: PmNode,
  offset: number,
  before: number,
  mark: BlockMark | undefined,
): Decoration[] {
  const pad = padKey(before);
  const start = innerStart(node, offset);
  if (start === null) {
    if (!pad && !mark) return [];
    return [
      Decoration.node(offset, offset + node.nodeSize, {
        ...(pad ? { style: `padding-top:${pad}px` } : {}),
        ...(mark ? { class: `block-state state-${mark.state}`, title: mark.label } : {}),
      }),
    ];
  }
  const decorations: Decoration[] = [];
  if (pad)
    decorations.push(
      Decoration.widget(start, spacer(before), { key: `pad${pad}`, side: -2, ignoreSelection: true }),
    );
  if (mark)
    decorations.push(
      Decoration.widget(start, marker(mark), {
        key: `${mark.state}:${mark.label}`,
        side: -1,
        ignoreSelection: true,
      }),
    );
  return decorations;
}

function markOf(marks: ReadonlyMap<string, BlockMark>, node: PmNode): BlockMark | undefined {
  return marks.get(String(node.attrs['id'] ?? ''));
}

/** The decorations of every top-level block of `doc`. */
function decorate(doc: PmNode, pads: BlockPads, marks: ReadonlyMap<string, BlockMark>): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    decorations.push(...blockDecorations(node, offset, pads.before[index] ?? 0, markOf(marks, node)));
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * `looks.set` with new pads and marks, redrawing only the blocks whose look changed. A new
 * set for the whole document would make ProseMirror compare the decorations of every block
 * on the next redraw, and re-create a thousand widgets, for the one or two blocks whose
 * height changed when a line wrapped.
 */
function redecorate(
  doc: PmNode,
  looks: Looks,
  pads: BlockPads,
  marks: ReadonlyMap<string, BlockMark>,
): DecorationSet {
  const changed = new Set<number>();
  const count = Math.max(pads.before.length, looks.pads.before.length);
  for (let i = 0; i < count; i++) if (padKey(pads.before[i]) !== padKey(looks.pads.before[i])) changed.add(i);
  const ids = new Set<string>();
  if (marks !== looks.marks) {
    for (const [id, mark] of marks) {
      const was = looks.marks.get(id);
      if (was?.state !== mark.state || was.label !== mark.label) ids.add(id);
    }
    for (const id of looks.marks.keys()) if (!marks.has(id)) ids.add(id);
  }
  if (!changed.size && !ids.size) return looks.set;
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    if (!changed.has(index) && !(ids.size && ids.has(String(node.attrs['id'] ?? '')))) return;
    const end = offset + node.nodeSize;
    removed.push(...looks.set.find(offset, end).filter((d) => d.from >= offset && d.to <= end));
    added.push(...blockDecorations(node, offset, pads.before[index] ?? 0, markOf(marks, node)));
  });
  return looks.set.remove(removed).add(doc, added);
}

/**
 * The plugin of {@link BlockLooks}: its state is the decorations, kept up to date through
 * the document's changes and replaced by {@link withLooks} transactions.
 */
export function blockLooksPlugin(): Plugin<Looks> {
  return new Plugin<Looks>({
    key,
    state: {
      init: () => ({ pads: NO_PADS, marks: new Map(), set: DecorationSet.empty, exact: true }),
      apply: (tr, looks) => {
        let next = looks;
        if (tr.docChanged)
          next = { ...looks, set: looks.set.map(tr.mapping, tr.doc), exact: looks.exact && keepsBlocks(tr) };
        const meta = tr.getMeta(key) as LooksUpdate | undefined;
        if (!meta) return next;
        const pads = meta.pads ?? next.pads;
        const marks = meta.marks ?? next.marks;
        const set = next.exact ? redecorate(tr.doc, next, pads, marks) : decorate(tr.doc, pads, marks);
        return { pads, marks, set, exact: true };
      },
    },
    props: { decorations: (state) => key.getState(state)?.set },
  });
}

/**
 * Editor-only decorations of top-level blocks: the padding that aligns the two languages'
 * blocks, and the translation state of each target block for the margin. Decorations, not
 * DOM edits, because ProseMirror owns the editor's DOM and would read foreign attributes as
 * typing. Padding goes through the CSS object model, which the strict CSP allows.
 */
export const BlockLooks = Extension.create({
  name: 'blockLooks',
  addProseMirrorPlugins() {
    return [blockLooksPlugin()];
  },
});

/** New padding, new margin states, or both, for {@link withLooks}. */
export type LooksUpdate = Partial<Pick<Looks, 'pads' | 'marks'>>;

/** `tr`, made to apply `update` to the block decorations (and kept out of the undo history). */
export function withLooks(tr: Transaction, update: LooksUpdate): Transaction {
  return tr.setMeta(key, update).setMeta('addToHistory', false);
}

/** The block decorations of `state`, as ProseMirror draws them. */
export function looksOf(state: EditorState): DecorationSet {
  return key.getState(state)?.set ?? DecorationSet.empty;
}

function send(view: EditorView, update: LooksUpdate): void {
  view.dispatch(withLooks(view.state.tr, update));
}

/** The padding currently applied to `view`'s blocks. */
export function currentPads(view: EditorView): BlockPads {
  return key.getState(view.state)?.pads ?? NO_PADS;
}

/** Applies new padding to `view`'s blocks. */
export function setPads(view: EditorView, pads: BlockPads): void {
  send(view, { pads });
}

/** Shows translation states in `view`'s margin, by block id; only when they changed. */
export function setMarks(view: EditorView, marks: ReadonlyMap<string, BlockMark>): void {
  const current = key.getState(view.state)?.marks;
  if (current && current.size === marks.size) {
    let same = true;
    for (const [id, mark] of marks) {
      const was = current.get(id);
      if (was?.state !== mark.state || was.label !== mark.label) {
        same = false;
        break;
      }
    }
    if (same) return;
  }
  send(view, { marks });
}
