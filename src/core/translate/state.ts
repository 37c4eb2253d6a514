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

const withText = new WeakMap<NodeJson, boolean>();

/**
 * Whether a block has any text (an empty paragraph does not count as a translation),
 * remembered per block object like its hash.
 */
export function blockHasText(block: NodeJson | undefined): boolean {
  if (!block) return false;
  let known = withText.get(block);
  if (known === undefined) {
    known = findText(block);
    withText.set(block, known);
  }
  return known;
}

function findText(block: NodeJson): boolean {
  if (block.type === 'image' || block.type === 'horizontalRule') return true;
  const stack: NodeJson[] = [block];
  while (stack.length) {
    const node = stack.pop() as NodeJson;
    if (node.text?.trim()) return true;
    if (node.content) stack.push(...node.content);
  }
  return false;
}

/**
 * Block hashes by block object. The editor reuses the JSON of unchanged blocks from one
 * keystroke to the next, so a keystroke hashes only the block it changed.
 */
const hashes = new WeakMap<NodeJson, string>();

/** {@link blockHash}, remembered per block object. */
export function cachedBlockHash(block: NodeJson): string {
  let hash = hashes.get(block);
  if (hash === undefined) {
    hash = blockHash(block);
    hashes.set(block, hash);
  }
  return hash;
}

/** The state of one source block's translation. */
export function blockState(
  source: NodeJson,
  target: NodeJson | undefined,
  record: TranslationRecord | undefined,
): BlockState {
  if (!blockHasText(source)) return 'done'; // nothing to translate
  if (!blockHasText(target)) return 'missing';
  if (record && record.sourceHash !== cachedBlockHash(source)) return 'outdated';
  return 'done';
}

/** Counts of block states. */
export interface StateCounts {
  missing: number;
  outdated: number;
  done: number;
  total: number;
}

const statesByLesson = new WeakMap<Lesson, { pair: string; states: Map<string, BlockState> }>();

/**
 * The state of every source block of a lesson for one target language, by block id.
 * Remembered per lesson object: the margin, the outline and the status bar ask for the same
 * lesson's states after each keystroke, and only the edited lesson is a new object.
 */
export function lessonStates(lesson: Lesson, source: string, target: string): Map<string, BlockState> {
  const pair = `${source}>${target}`;
  const known = statesByLesson.get(lesson);
  if (known?.pair === pair) return known.states;
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
  statesByLesson.set(lesson, { pair, states });
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

/** The state of a lesson's title in the target language. */
export function titleState(lesson: Lesson, source: string, target: string): BlockState {
  if (!lesson.title[source]?.trim()) return 'done';
  return lesson.title[target]?.trim() ? 'done' : 'missing';
}

const summaries = new WeakMap<Lesson, { pair: string; counts: StateCounts }>();

/**
 * The counts of a lesson's block states (its title included), remembered per lesson object:
 * an edit replaces one lesson, so the outline and the status bar recount only that one.
 */
export function lessonSummary(lesson: Lesson, source: string, target: string): StateCounts {
  const pair = `${source}>${target}`;
  const known = summaries.get(lesson);
  if (known?.pair === pair) return known.counts;
  const counts = countStates([
    ...lessonStates(lesson, source, target).values(),
    titleState(lesson, source, target),
  ]);
  summaries.set(lesson, { pair, counts });
  return counts;
}

/** The counts over every lesson of a course, for its percent done. */
export function courseSummary(lessons: Iterable<Lesson>, source: string, target: string): StateCounts {
  const total: StateCounts = { missing: 0, outdated: 0, done: 0, total: 0 };
  for (const lesson of lessons) {
    const counts = lessonSummary(lesson, source, target);
    total.missing += counts.missing;
    total.outdated += counts.outdated;
    total.done += counts.done;
    total.total += counts.total;
  }
  return total;
}

/** Whole percent of blocks done; 100 for a course with nothing to translate. */
export function percentDone(counts: StateCounts): number {
  return counts.total ? Math.floor((counts.done / counts.total) * 100) : 100;
}

/** Whether the counts show anything left to translate or review. */
export function needsWork(counts: StateCounts): boolean {
  return counts.missing + counts.outdated > 0;
}

/**
 * Records that the target of `blockId` now translates the current source (after the translator
 * edits it, or marks it reviewed). Returns a new lesson.
 */
export function recordTranslation(lesson: Lesson, source: string, target: string, id: string): Lesson {
  return recordTranslations(lesson, source, target, [id]);
}

/** {@link recordTranslation} for several blocks at once (one new lesson, not one per block). */
export function recordTranslations(
  lesson: Lesson,
  source: string,
  target: string,
  ids: Iterable<string>,
): Lesson {
  const wanted = new Set(ids);
  if (!wanted.size) return lesson;
  const records: Record<string, TranslationRecord> = {};
  for (const block of (lesson.content[source] as DocJson | undefined)?.content ?? []) {
    const id = blockId(block);
    if (id && wanted.has(id)) records[id] = { sourceHash: cachedBlockHash(block) };
  }
  if (!Object.keys(records).length) return lesson;
  const translations = lesson.translations ?? {};
  const previous = translations[target] ?? {};
  if (Object.entries(records).every(([id, r]) => previous[id]?.sourceHash === r.sourceHash)) return lesson;
  return { ...lesson, translations: { ...translations, [target]: { ...previous, ...records } } };
}
