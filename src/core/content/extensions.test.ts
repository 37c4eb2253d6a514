import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { contentExtensions, keepsBlocks } from './extensions';

const schema = getSchema(contentExtensions({ editing: true }));

const state = EditorState.create({
  doc: schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'paragraph', attrs: { id: 'a' }, content: [{ type: 'text', text: 'One two' }] },
      {
        type: 'bulletList',
        attrs: { id: 'b' },
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] },
        ],
      },
      { type: 'paragraph', attrs: { id: 'c' }, content: [{ type: 'text', text: 'Three' }] },
    ],
  }),
});
/** Inside "One two", and inside "Item". */
const IN_A = 4;
const IN_ITEM = 13;

describe('keepsBlocks', () => {
  it('is true for typing, deleting and marking text inside one block, nested ones too', () => {
    expect(keepsBlocks(state.tr.insertText('x', IN_A))).toBe(true);
    expect(keepsBlocks(state.tr.insertText('x', IN_ITEM))).toBe(true);
    expect(keepsBlocks(state.tr.delete(IN_A, IN_A + 2))).toBe(true);
    expect(keepsBlocks(state.tr.addMark(1, 4, schema.marks['bold']!.create()))).toBe(true);
    expect(keepsBlocks(state.tr.insertText('x', IN_A).insertText('y', IN_A + 1))).toBe(true);
  });

  it('is false for anything that adds, removes, splits, joins or changes a block', () => {
    expect(keepsBlocks(state.tr.split(IN_A))).toBe(false);
    // A selection from the first block into the list, deleted: the blocks join.
    expect(
      keepsBlocks(state.tr.setSelection(TextSelection.create(state.doc, IN_A, IN_ITEM)).deleteSelection()),
    ).toBe(false);
    expect(keepsBlocks(state.tr.setNodeAttribute(0, 'id', 'z'))).toBe(false);
    expect(keepsBlocks(state.tr.insert(0, schema.nodes['paragraph']!.create()))).toBe(false);
    expect(keepsBlocks(state.tr.insertText('x', IN_A).split(IN_A))).toBe(false);
  });
});
