import { blockId } from '../content/blockIds';
import type { DocJson, Lesson, NodeJson } from '../model/types';
import { blockHash } from './blockHash';

/**
 * The translation state of a block, derived and never typed by hand:
 * - `missing`: no target text;
 * - `outdated`: the source changed after the target was written (its recorded source hash differs);
 * - `done`.
 */
export type BlockState = 'missing' | 'outdated' | 'done';

/** What a translator recorded for one target block: the hash of the source it was made from. */
export type TranslationRecord = NonNullable<Lesson['translations']>[string][string];

/** Whether a block has any text (an empty paragraph does not count as a translation). */
export function blockHasText(block: NodeJson | undefined): boolean {
  if (!block) return false;
  if (block.type === 'image' || block.type === 'horizontalRule') return true;
  const stack: NodeJson[] = [block];
  while (stack.length) {
    const node = stack.pop() as NodeJson;
    if (node.text?.trim()) return true;
    if (node.content) stack.push(...node.content);
  }
  return false;
}

/** The state of one source block's translation. */
export function blockState(
  source: NodeJson,
  target: NodeJson | undefined,
  record: TranslationRecord | undefined,
): BlockState {
  if (!blockHasText(source)) return 'done'; // nothing to translate
  if (!blockHasText(target)) return 'missing';
  if (record && record.sourceHash !== blockHash(source)) return 'outdated';
  return 'done';
}

/** Counts of block states. */
export interface StateCounts {
  missing: number;
  outdated: number;
  done: number;
  total: number;
}

/** The state of every source block of a lesson for one target language, by block id. */
export function lessonStates(lesson: Lesson, source: string, target: string): Map<string, BlockState> {
  const targets = new Map<string, NodeJson>();
  for (const block of (lesson.content[target] as DocJson | undefined)?.content ?? []) {
    const id = blockId(block);
    if (id) targets.set(id, block);
  }
  const records = lesson.translations?.[target] ?? {};
  const states = new Map<string, BlockState>();
  for (const block of (lesson.content[source] as DocJson | undefined)?.content ?? []) {
    const id = blockId(block);
    if (id) states.set(id, blockState(block, targets.get(id), records[id]));
  }
  return states;
}

/** Totals over states, for lesson badges and the course's percent done. */
export function countStates(states: Iterable<BlockState>): StateCounts {
  const counts: StateCounts = { missing: 0, outdated: 0, done: 0, total: 0 };
  for (const state of states) {
    counts[state]++;
    counts.total++;
  }
  return counts;
}

/**
 * Records that the target of `blockId` now translates the current source (after the translator
 * edits it, or marks it reviewed). Returns a new lesson.
 */
export function recordTranslation(lesson: Lesson, source: string, target: string, id: string): Lesson {
  const block = (lesson.content[source] as DocJson | undefined)?.content?.find((b) => blockId(b) === id);
  if (!block) return lesson;
  const translations = lesson.translations ?? {};
  return {
    ...lesson,
    translations: {
      ...translations,
      [target]: { ...translations[target], [id]: { sourceHash: blockHash(block) } },
    },
  };
}
