/**
 * The layout that puts aligned blocks of the two languages at the same height.
 *
 * Both editors scroll together and their blocks have the same gap between them, so a source
 * block and its translation start at the same height when every preceding pair ends at the
 * same height. For each pair, the shorter side gets the difference as extra space below its
 * last block. A target *run* is a target block aligned to a source block plus the blocks the
 * translator added after it; source blocks with no translation yet join the run of the block
 * before them. Pure arithmetic, so it is tested without a browser.
 */

/** A top-level block as laid out: the source block id it aligns to (if any) and its height. */
export interface BlockSlot {
  id: string | null;
  /** The block's own height in pixels, without the padding this layout adds. */
  height: number;
}

/** Extra space per block (by index) of each side, and before the first block. */
export interface AlignmentPads {
  source: number[];
  target: number[];
  sourceTop: number;
  targetTop: number;
}

interface Run {
  start: number;
  end: number;
}

function runHeight(slots: BlockSlot[], run: Run, gap: number): number {
  let height = 0;
  for (let i = run.start; i < run.end; i++) height += (slots[i] as BlockSlot).height + gap;
  return height;
}

/** The padding that aligns `target` blocks with the `source` blocks they translate. */
export function alignmentPads(source: BlockSlot[], target: BlockSlot[], gap: number): AlignmentPads {
  const pads: AlignmentPads = {
    source: source.map(() => 0),
    target: target.map(() => 0),
    sourceTop: 0,
    targetTop: 0,
  };
  const sourceIndex = new Map<string, number>();
  source.forEach((slot, i) => {
    if (slot.id !== null && !sourceIndex.has(slot.id)) sourceIndex.set(slot.id, i);
  });

  // Anchors: target blocks aligned to source blocks, in an order both sides agree on.
  const anchors: { source: number; target: number }[] = [];
  target.forEach((slot, i) => {
    const at = slot.id === null ? undefined : sourceIndex.get(slot.id);
    const last = anchors[anchors.length - 1];
    if (at !== undefined && (!last || at > last.source)) anchors.push({ source: at, target: i });
  });

  // Pair the stretch before the first anchor, then each anchor's stretch up to the next one.
  const pairs: { source: Run; target: Run }[] = [];
  let previous = { source: 0, target: 0 };
  for (const anchor of [...anchors, { source: source.length, target: target.length }]) {
    pairs.push({
      source: { start: previous.source, end: anchor.source },
      target: { start: previous.target, end: anchor.target },
    });
    previous = anchor;
  }
  for (const pair of pairs) {
    const diff = runHeight(source, pair.source, gap) - runHeight(target, pair.target, gap);
    // Only the stretch before the first anchor can be empty on one side; it pads the top.
    if (diff > 0) {
      if (pair.target.end > pair.target.start) pads.target[pair.target.end - 1]! += diff;
      else pads.targetTop += diff;
    } else if (diff < 0) {
      if (pair.source.end > pair.source.start) pads.source[pair.source.end - 1]! -= diff;
      else pads.sourceTop -= diff;
    }
  }
  return pads;
}
