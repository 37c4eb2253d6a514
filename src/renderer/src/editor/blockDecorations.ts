import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
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

interface Looks {
  pads: BlockPads;
  marks: ReadonlyMap<string, BlockMark>;
  set: DecorationSet;
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

/**
 * The decorations of the aligned editors. Space and markers are widgets *inside* each block,
 * where its text starts, not node decorations of the blocks: ProseMirror keeps inner
 * decorations in a tree by block, while node decorations of top-level blocks all sit in one
 * list that every keystroke's redraw scans once per block (with a thousand blocks, that scan
 * cost more than the rest of a keystroke). The space goes *before* a block rather than after
 * the previous one: a widget at the end of a paragraph makes ProseMirror add a line break
 * after it (for the cursor), which would change the height being aligned. Leaf blocks (an
 * image, a rule) have no inside, so they get a node decoration; there are few of them.
 */
function decorate(doc: PmNode, pads: BlockPads, marks: ReadonlyMap<string, BlockMark>): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    const before = pads.before[index] ?? 0;
    const mark = marks.get(String(node.attrs['id'] ?? ''));
    const start = innerStart(node, offset);
    if (start === null) {
      if (before > 0.5 || mark)
        decorations.push(
          Decoration.node(offset, offset + node.nodeSize, {
            ...(before > 0.5 ? { style: `padding-top:${before.toFixed(1)}px` } : {}),
            ...(mark ? { class: `block-state state-${mark.state}`, title: mark.label } : {}),
          }),
        );
      return;
    }
    if (before > 0.5)
      decorations.push(
        Decoration.widget(start, spacer(before), {
          key: `pad${before.toFixed(1)}`,
          side: -2,
          ignoreSelection: true,
        }),
      );
    if (mark)
      decorations.push(
        Decoration.widget(start, marker(mark), {
          key: `${mark.state}:${mark.label}`,
          side: -1,
          ignoreSelection: true,
        }),
      );
  });
  return DecorationSet.create(doc, decorations);
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
    return [
      new Plugin<Looks>({
        key,
        state: {
          init: () => ({ pads: NO_PADS, marks: new Map(), set: DecorationSet.empty }),
          apply: (tr, looks) => {
            const meta = tr.getMeta(key) as Partial<Pick<Looks, 'pads' | 'marks'>> | undefined;
            if (meta) {
              const pads = meta.pads ?? looks.pads;
              const marks = meta.marks ?? looks.marks;
              return { pads, marks, set: decorate(tr.doc, pads, marks) };
            }
            return tr.docChanged ? { ...looks, set: looks.set.map(tr.mapping, tr.doc) } : looks;
          },
        },
        props: { decorations: (state) => key.getState(state)?.set },
      }),
    ];
  },
});

function send(view: EditorView, meta: Partial<Pick<Looks, 'pads' | 'marks'>>): void {
  const tr: Transaction = view.state.tr.setMeta(key, meta).setMeta('addToHistory', false);
  view.dispatch(tr);
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
