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

/** Each document's blocks by id (the last one, should an id appear twice). */
const indexes = new WeakMap<DocJson, Map<string, NodeJson>>();

function blocksById(doc: DocJson | undefined): Map<string, NodeJson> {
  if (!doc) return new Map();
  let index = indexes.get(doc);
  if (!index) {
    index = new Map();
    for (const block of doc.content ?? []) {
      const id = blockId(block);
      if (id) index.set(id, block);
    }
    indexes.set(doc, index);
  }
  return index;
}

/** What the states of a lesson were computed from, to start from when it changes a little. */
interface StatesMemo {
  pair: string;
  states: Map<string, BlockState>;
  source: DocJson | undefined;
  target: DocJson | undefined;
  records: Record<string, TranslationRecord>;
}

const NO_RECORDS: Record<string, TranslationRecord> = {};
const statesByLesson = new WeakMap<Lesson, StatesMemo>();
/**
 * The last states worked out with each document: typing changes one side of one lesson, so
 * the next lesson object still has the other side's document, and its states are those with
 * only the edited blocks worked out again.
 */
const statesByDoc = new WeakMap<DocJson, StatesMemo>();

function allStates(
  source: DocJson | undefined,
  target: DocJson | undefined,
  records: Record<string, TranslationRecord>,
): Map<string, BlockState> {
  const targets = blocksById(target);
  const states = new Map<string, BlockState>();
  for (const block of source?.content ?? []) {
    const id = blockId(block);
    if (id) states.set(id, blockState(block, targets.get(id), records[id]));
  }
  return states;
}

/**
 * Adds to `into` the ids of the blocks that differ between two versions of a document;
 * false if blocks were added, removed, moved or given other ids.
 */
function changedIds(before: DocJson | undefined, after: DocJson | undefined, into: Set<string>): boolean {
  if (before === after) return true;
  const a = before?.content ?? [];
  const b = after?.content ?? [];
  if (a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const was = a[i] as NodeJson;
    const is = b[i] as NodeJson;
    if (was === is) continue;
    const id = blockId(is);
    if (id !== blockId(was)) return false;
    if (id) into.add(id);
  }
  return true;
}

/** The last block of `doc` with `id`, as {@link blocksById} has it, without indexing the document. */
function lastWithId(doc: DocJson | undefined, id: string): NodeJson | undefined {
  const blocks = doc?.content ?? [];
  for (let i = blocks.length - 1; i >= 0; i--) if (blockId(blocks[i] as NodeJson) === id) return blocks[i];
  return undefined;
}

/**
 * `base`'s states brought up to date with the blocks and records that changed since (the
 * same map if no state changed); null when the blocks themselves changed, and only a fresh
 * pass will do.
 */
function updatedStates(
  base: StatesMemo,
  source: DocJson | undefined,
  target: DocJson | undefined,
  records: Record<string, TranslationRecord>,
): Map<string, BlockState> | null {
  const changed = new Set<string>();
  if (!changedIds(base.source, source, changed) || !changedIds(base.target, target, changed)) return null;
  if (records !== base.records) {
    for (const id in records) if (records[id] !== base.records[id]) changed.add(id);
    for (const id in base.records) if (!(id in records)) changed.add(id);
  }
  // A keystroke changes one block; an index of a new document would cost more than a search.
  const few = changed.size <= 8;
  const sources = blocksById(source);
  const targets = few && target !== base.target ? null : blocksById(target);
  const next: [string, BlockState][] = [];
  for (const id of changed) {
    const block = sources.get(id);
    if (!block) continue;
    const state = blockState(block, targets ? targets.get(id) : lastWithId(target, id), records[id]);
    if (state !== base.states.get(id)) next.push([id, state]);
  }
  if (!next.length) return base.states;
  const states = new Map(base.states);
  for (const [id, state] of next) states.set(id, state);
  return states;
}

/**
 * The state of every source block of a lesson for one target language, by block id.
 * Remembered per lesson object: the margin, the outline and the status bar ask for the same
 * lesson's states after each keystroke, and only the edited lesson is a new object. For that
 * one, only the blocks that changed are worked out again.
 */
export function lessonStates(lesson: Lesson, source: string, target: string): Map<string, BlockState> {
  const pair = `${source}>${target}`;
  const known = statesByLesson.get(lesson);
  if (known?.pair === pair) return known.states;
  const sourceDoc = lesson.content[source] as DocJson | undefined;
  const targetDoc = lesson.content[target] as DocJson | undefined;
  const records = lesson.translations?.[target] ?? NO_RECORDS;
  const base = (sourceDoc && statesByDoc.get(sourceDoc)) || (targetDoc && statesByDoc.get(targetDoc));
  const states =
    (base && base.pair === pair && updatedStates(base, sourceDoc, targetDoc, records)) ||
    allStates(sourceDoc, targetDoc, records);
  const memo: StatesMemo = { pair, states, source: sourceDoc, target: targetDoc, records };
  statesByLesson.set(lesson, memo);
  if (sourceDoc) statesByDoc.set(sourceDoc, memo);
  if (targetDoc) statesByDoc.set(targetDoc, memo);
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
/** Block counts by states map: an edit that changed no block's state keeps the map. */
const blockCounts = new WeakMap<Map<string, BlockState>, StateCounts>();

/**
 * The counts of a lesson's block states (its title included), remembered per lesson object:
 * an edit replaces one lesson, so the outline and the status bar recount only that one.
 */
export function lessonSummary(lesson: Lesson, source: string, target: string): StateCounts {
  const pair = `${source}>${target}`;
  const known = summaries.get(lesson);
  if (known?.pair === pair) return known.counts;
  const states = lessonStates(lesson, source, target);
  let blocks = blockCounts.get(states);
  if (!blocks) {
    blocks = countStates(states.values());
    blockCounts.set(states, blocks);
  }
  const counts = { ...blocks, total: blocks.total + 1 };
  counts[titleState(lesson, source, target)]++;
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
  // In the order of the source blocks, as the file has always listed them.
  for (const [id, block] of blocksById(lesson.content[source] as DocJson | undefined))
    if (wanted.has(id)) records[id] = { sourceHash: cachedBlockHash(block) };
  if (!Object.keys(records).length) return lesson;
  const translations = lesson.translations ?? {};
  const previous = translations[target] ?? {};
  if (Object.entries(records).every(([id, r]) => previous[id]?.sourceHash === r.sourceHash)) return lesson;
  return { ...lesson, translations: { ...translations, [target]: { ...previous, ...records } } };
}
