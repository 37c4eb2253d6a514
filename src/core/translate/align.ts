import { blockId } from '../content/blockIds';
import type { DocJson, NodeJson } from '../model/types';
import { blockHasText } from './state';

/**
 * Keeping the target language's blocks aligned with the source's, block by block.
 *
 * A target block is *aligned* when it carries the id of a source block. The translator may
 * add blocks of their own (a sentence split in two): those have fresh ids and travel with the
 * aligned block before them, as one group. When the author changes the source:
 * - a new source block gets an empty target block with its id;
 * - a deleted source block takes its translation group with it, into a stash, so that undoing
 *   the deletion brings the translation back;
 * - two source blocks merged into one (Backspace at the start of the second) merge their
 *   translations too: the second group follows the first, nothing is lost;
 * - moved source blocks move their groups.
 *
 * Translation records (`lesson.translations`) are keyed by block id, so they follow too.
 */

/** Target groups taken out with a deleted source block, by that block's id. */
export type TranslationStash = Map<string, NodeJson[]>;

/** The ids of a document's top-level blocks, in order. */
export function blockIds(doc: DocJson | undefined): string[] {
  const ids: string[] = [];
  for (const block of doc?.content ?? []) {
    const id = blockId(block);
    if (id) ids.push(id);
  }
  return ids;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The plain text of a block, for telling a merge from a deletion. */
function textOf(node: NodeJson | undefined): string {
  if (!node) return '';
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/** An empty paragraph that stands for the translation of source block `id`. */
export function emptyTarget(id: string): NodeJson {
  return { type: 'paragraph', attrs: { id } };
}

/**
 * The target document after the source changed from `before` to `after`. Returns `target`
 * itself when the source's block structure did not change (the common case: typing inside a
 * block), so a keystroke costs one pass over the block ids.
 */
export function alignTarget(
  before: DocJson | undefined,
  after: DocJson,
  target: DocJson | undefined,
  stash: TranslationStash = new Map(),
): DocJson {
  const beforeIds = blockIds(before);
  const afterIds = blockIds(after);
  const current = target ?? { type: 'doc', content: [] };
  if (sameList(beforeIds, afterIds) && target) return target;

  const known = new Set([...beforeIds, ...afterIds]);
  const leading: NodeJson[] = [];
  const groups = new Map<string, NodeJson[]>();
  let group: NodeJson[] = leading;
  for (const block of current.content ?? []) {
    const id = blockId(block);
    if (id && known.has(id) && !groups.has(id)) {
      group = [block];
      groups.set(id, group);
    } else group.push(block);
  }

  const afterSet = new Set(afterIds);
  const beforeBlocks = new Map((before?.content ?? []).map((b) => [blockId(b), b] as const));
  const afterBlocks = new Map(after.content?.map((b) => [blockId(b), b] as const) ?? []);
  for (let i = 0; i < beforeIds.length; i++) {
    const id = beforeIds[i] as string;
    if (afterSet.has(id)) continue;
    const removed = groups.get(id);
    groups.delete(id);
    if (!removed) continue;
    const previous = beforeIds[i - 1];
    const merged =
      previous !== undefined &&
      afterSet.has(previous) &&
      textOf(afterBlocks.get(previous)) === textOf(beforeBlocks.get(previous)) + textOf(beforeBlocks.get(id));
    const into = previous !== undefined ? groups.get(previous) : undefined;
    if (merged && into && textOf(beforeBlocks.get(id))) into.push(...removed);
    else stash.set(id, removed);
  }

  // An empty block before the first aligned one is a placeholder (a new lesson's empty
  // target), not a translation: dropping it loses nothing and keeps the sides level.
  const content: NodeJson[] = leading.filter(blockHasText);
  for (const id of afterIds) {
    const kept = groups.get(id) ?? stash.get(id);
    stash.delete(id);
    content.push(...(kept ?? [emptyTarget(id)]));
  }
  const unchanged =
    content.length === (current.content?.length ?? 0) && content.every((b, i) => b === current.content?.[i]);
  return unchanged && target ? target : { ...current, type: 'doc', content };
}
