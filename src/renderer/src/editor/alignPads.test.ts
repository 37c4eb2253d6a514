import { describe, expect, it } from 'vitest';
import { alignmentPads, type BlockSlot } from './alignPads';

const GAP = 10;
const slot = (id: string | null, height: number): BlockSlot => ({ id, height });

/** The top of each block once padded: what the author sees. */
function tops(slots: BlockSlot[], pads: number[], top: number): number[] {
  let y = top;
  return slots.map((s, i) => {
    const at = y;
    y += s.height + (pads[i] ?? 0) + GAP;
    return at;
  });
}

describe('alignmentPads', () => {
  it('starts every aligned pair at the same height', () => {
    const source = [slot('a', 40), slot('b', 100), slot('c', 20)];
    const target = [slot('a', 60), slot('b', 80), slot('c', 20)];
    const pads = alignmentPads(source, target, GAP);
    expect(tops(source, pads.source, pads.sourceTop)).toEqual(tops(target, pads.target, pads.targetTop));
    expect(pads.source).toEqual([20, 0, 0]);
    expect(pads.target).toEqual([0, 20, 0]);
  });

  it('keeps the translator’s extra blocks with the block before them', () => {
    const source = [slot('a', 50), slot('b', 30)];
    const target = [slot('a', 20), slot('x', 20), slot('b', 30)];
    const pads = alignmentPads(source, target, GAP);
    const s = tops(source, pads.source, pads.sourceTop);
    const t = tops(target, pads.target, pads.targetTop);
    expect(s[1]).toBe(t[2]);
    expect(pads.source[0]).toBe(0 + 20 + 20 + GAP - 50 + 0); // the run a+x is taller by this much
  });

  it('lets a source block with no translation yet share the run before it', () => {
    const source = [slot('a', 20), slot('new', 20), slot('b', 20)];
    const target = [slot('a', 20), slot('b', 20)];
    const pads = alignmentPads(source, target, GAP);
    expect(tops(source, pads.source, pads.sourceTop)[2]).toBe(tops(target, pads.target, pads.targetTop)[1]);
  });

  it('pads the top when the target starts with blocks of its own', () => {
    const source = [slot('a', 20)];
    const target = [slot(null, 30), slot('a', 20)];
    const pads = alignmentPads(source, target, GAP);
    expect(pads.sourceTop).toBe(30 + GAP);
    expect(tops(source, pads.source, pads.sourceTop)[0]).toBe(tops(target, pads.target, pads.targetTop)[1]);
  });

  it('aligns what it can when the target is out of order', () => {
    const source = [slot('a', 20), slot('b', 20), slot('c', 20)];
    const target = [slot('b', 20), slot('a', 20), slot('c', 40)];
    const pads = alignmentPads(source, target, GAP);
    expect(tops(source, pads.source, pads.sourceTop)[2]).toBe(tops(target, pads.target, pads.targetTop)[2]);
  });
});
