import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { contentExtensions } from '../../../core/content/extensions';
import type { DocJson } from '../../../core/model/types';
import { blockLooksPlugin, looksOf, withLooks, type BlockMark, type LooksUpdate } from './blockDecorations';

const schema = getSchema(contentExtensions({ editing: true }));

const p = (id: string, text?: string) => ({
  type: 'paragraph',
  attrs: { id },
  ...(text ? { content: [{ type: 'text', text }] } : {}),
});
const DOC: DocJson = {
  type: 'doc',
  content: [
    p('a', 'One'),
    p('b'),
    {
      type: 'bulletList',
      attrs: { id: 'c' },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] },
      ],
    },
    { type: 'horizontalRule', attrs: { id: 'd' } },
    p('e', 'Five'),
  ],
};

function stateOf(doc: DocJson): EditorState {
  return EditorState.create({ doc: schema.nodeFromJSON(doc), plugins: [blockLooksPlugin()] });
}

function update(state: EditorState, looks: LooksUpdate): EditorState {
  return state.apply(withLooks(state.tr, looks));
}

/** What a set draws, comparable with toEqual. */
function drawn(set: DecorationSet): string[] {
  return set
    .find()
    .map((d) => {
      const spec = d.spec as { key?: string };
      const attrs = (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs;
      return `${d.from}-${d.to} ${spec.key ?? JSON.stringify(attrs)}`;
    })
    .sort();
}

/** The decorations a fresh editor shows for the same document, pads and marks. */
function fresh(state: EditorState, looks: Required<LooksUpdate>): string[] {
  return drawn(looksOf(update(stateOf(state.doc.toJSON() as DocJson), looks)));
}

const marks = (entries: [string, BlockMark['state']][]) =>
  new Map(entries.map(([id, state]) => [id, { state, label: state }]));

describe('block decorations', () => {
  it('put space and markers where each block starts, and style leaf blocks', () => {
    const state = update(stateOf(DOC), {
      pads: { before: [0, 10, 4, 6, 0] },
      marks: marks([['b', 'missing']]),
    });
    expect(drawn(looksOf(state))).toEqual([
      // The list's space goes inside its first paragraph.
      '10-10 pad4.0',
      // The rule has no inside: its space is padding on the block itself.
      '17-18 {"style":"padding-top:6.0px"}',
      '6-6 missing:missing',
      '6-6 pad10.0',
    ]);
  });

  it('update only what changed, and end up as a fresh editor would draw it', () => {
    let state = update(stateOf(DOC), {
      pads: { before: [0, 10, 4, 6, 0] },
      marks: marks([
        ['b', 'missing'],
        ['e', 'outdated'],
      ]),
    });
    const before = looksOf(state);
    // Typing in the first block moves the decorations after it, block structure unchanged.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 4)).insertText('!'));
    state = state.apply(state.tr.insertText('?', 1));
    const looks = {
      pads: { before: [0, 10, 4, 6, 8] },
      marks: marks([
        ['e', 'missing'],
        ['d', 'outdated'],
      ]),
    };
    state = update(state, looks);
    expect(drawn(looksOf(state))).toEqual(fresh(state, looks));
    // The list's space did not change: its decoration is the same object, so ProseMirror
    // leaves that block alone when it redraws.
    const list = (set: DecorationSet) =>
      set.find().find((d) => (d.spec as { key?: string }).key === 'pad4.0');
    expect(list(looksOf(state))?.spec).toBe(list(before)?.spec);
  });

  it('start again from the whole document after blocks are added, split or removed', () => {
    let state = update(stateOf(DOC), { pads: { before: [5, 0, 0, 0, 3] }, marks: marks([['a', 'missing']]) });
    // Enter in the middle of the first block: the blocks after it move down one index.
    state = state.apply(state.tr.split(3));
    const looks = { pads: { before: [5, 0, 0, 7, 0, 3] }, marks: marks([['e', 'missing']]) };
    state = update(state, looks);
    expect(drawn(looksOf(state))).toEqual(fresh(state, looks));
    // A block deleted whole.
    state = state.apply(state.tr.delete(0, state.doc.child(0).nodeSize));
    const fewer = { pads: { before: [1, 0, 0, 0, 0] }, marks: marks([]) };
    state = update(state, fewer);
    expect(drawn(looksOf(state))).toEqual(fresh(state, fewer));
  });
});
