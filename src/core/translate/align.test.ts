import { describe, expect, it } from 'vitest';
import type { DocJson, NodeJson } from '../model/types';
import { alignTarget, blockIds, type TranslationStash } from './align';

const p = (id: string, text = ''): NodeJson => ({
  type: 'paragraph',
  attrs: { id },
  ...(text ? { content: [{ type: 'text', text }] } : {}),
});
const doc = (...content: NodeJson[]): DocJson => ({ type: 'doc', content });
const texts = (d: DocJson) =>
  (d.content ?? []).map((b) => `${String(b.attrs?.['id'])}:${b.content?.[0]?.text ?? ''}`);

const source = doc(p('a', 'One.'), p('b', 'Two.'), p('c', 'Three.'));
const target = doc(p('a', 'Один.'), p('b', 'Два.'), p('c', 'Три.'));

describe('alignTarget', () => {
  it('returns the very same target while typing inside a block', () => {
    const typed = doc(p('a', 'One!'), p('b', 'Two.'), p('c', 'Three.'));
    expect(alignTarget(source, typed, target)).toBe(target);
  });

  it('gives a new source block an empty target in the same place', () => {
    const inserted = doc(p('a', 'One.'), p('n', 'New.'), p('b', 'Two.'), p('c', 'Three.'));
    const aligned = alignTarget(source, inserted, target);
    expect(texts(aligned)).toEqual(['a:Один.', 'n:', 'b:Два.', 'c:Три.']);
    expect(blockIds(aligned)).toEqual(blockIds(inserted));
  });

  it('takes the translation of a deleted block with it, and brings it back on undo', () => {
    const stash: TranslationStash = new Map();
    const deleted = doc(p('a', 'One.'), p('c', 'Three.'));
    const aligned = alignTarget(source, deleted, target, stash);
    expect(texts(aligned)).toEqual(['a:Один.', 'c:Три.']);
    const undone = alignTarget(deleted, source, aligned, stash);
    expect(texts(undone)).toEqual(['a:Один.', 'b:Два.', 'c:Три.']);
    expect(stash.size).toBe(0);
  });

  it('gives the second half of a split block an empty target', () => {
    const split = doc(p('a', 'One.'), p('b', 'Tw'), p('x', 'o.'), p('c', 'Three.'));
    expect(texts(alignTarget(source, split, target))).toEqual(['a:Один.', 'b:Два.', 'x:', 'c:Три.']);
  });

  it('keeps both translations when two source blocks are merged', () => {
    const merged = doc(p('a', 'One.Two.'), p('c', 'Three.'));
    expect(texts(alignTarget(source, merged, target))).toEqual(['a:Один.', 'b:Два.', 'c:Три.']);
    // The merged-in translation now travels with block a.
    const moved = doc(p('c', 'Three.'), p('a', 'One.Two.'));
    const afterMerge = alignTarget(source, merged, target);
    expect(texts(alignTarget(merged, moved, afterMerge))).toEqual(['c:Три.', 'a:Один.', 'b:Два.']);
  });

  it('moves the translations of moved blocks, with the translator’s own extra blocks', () => {
    const withExtra = doc(p('a', 'Один.'), p('b', 'Два,'), p('t1', 'и ещё.'), p('c', 'Три.'));
    const moved = doc(p('c', 'Three.'), p('a', 'One.'), p('b', 'Two.'));
    expect(texts(alignTarget(source, moved, withExtra))).toEqual([
      'c:Три.',
      'a:Один.',
      'b:Два,',
      't1:и ещё.',
    ]);
  });

  it('drops an empty placeholder before the first aligned block, never text', () => {
    const placeholder = doc(p('tmp'), p('own', 'Своё.'), p('a', 'Один.'));
    expect(texts(alignTarget(source, doc(p('a', 'One.'), p('b', 'Two.')), placeholder))).toEqual([
      'own:Своё.',
      'a:Один.',
      'b:',
    ]);
  });

  it('creates the whole target when there was none', () => {
    expect(texts(alignTarget(undefined, source, undefined))).toEqual(['a:', 'b:', 'c:']);
  });
});
