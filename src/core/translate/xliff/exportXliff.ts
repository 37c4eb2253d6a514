import { blockId } from '../../content/blockIds';
import { OerError } from '../../errors';
import { msg } from '../../messages/message';
import type { Course, DocJson, LangText, Lesson, Module, NodeJson } from '../../model/types';
import { blockHash } from '../blockHash';
import { blockHasText, blockState, type BlockState } from '../state';
import { encodeBlock, encodeTranslation, type Inline } from './inline';
import type { UnitState, XliffDocument, XliffFile, XliffUnit, XliffVersion } from './types';
import { writeXliff12 } from './xliff12';
import { writeXliff20 } from './xliff20';

/** Options of {@link exportXliff}. */
export interface XliffExportOptions {
  /** @default '1.2' (what most CAT tools read best) */
  version?: XliffVersion;
  /** Lessons to export, by id; all lessons, plus course and module titles and metadata, when absent. */
  lessonIds?: readonly string[];
}

/** An exported XLIFF file and what is in it. */
export interface XliffExport {
  /** The XLIFF document, UTF-8 text. */
  xml: string;
  /** Units by the state they were exported in: `initial` still needs translating. */
  counts: Record<UnitState, number> & { total: number };
  warnings: string[];
}

/** The `<file>` id of the course's titles and metadata. */
export const courseFileId = (courseId: string): string => `course:${courseId}`;
/** The `<file>` id of one lesson. */
export const lessonFileId = (lessonId: string): string => `lesson:${lessonId}`;
/** The unit id of the title of the course, a module or a lesson. */
export const titleUnitId = (ownerId: string): string => `title:${ownerId}`;

/** The hash of a title or metadata text, in the same form as {@link blockHash}. */
export function textHash(value: string): string {
  return blockHash({ type: 'text', text: value });
}

/**
 * The hash of what a translated block says (its text and marks, an image's alt text and
 * caption), whatever its id and attributes: compared on import to tell a unit the translator
 * left alone from one they changed.
 */
export function translationHash(block: NodeJson): string {
  const said =
    block.type === 'image'
      ? [block.attrs?.['alt'] ?? '', block.attrs?.['title'] ?? null]
      : (block.content ?? []);
  return blockHash({ type: 'translation', content: said as NodeJson[] });
}

const STATE_OF: Record<BlockState, UnitState> = {
  done: 'translated',
  outdated: 'review',
  missing: 'initial',
};

/**
 * The course, or some of its lessons, as XLIFF for a translator: one unit per top-level block
 * and per title, each with a target (the translation, or a copy of the source to overwrite)
 * so that CAT tools show every segment. Throws an {@link OerError} for an unknown lesson id.
 */
export function exportXliff(course: Course, options: XliffExportOptions = {}): XliffExport {
  const doc = xliffDocumentOf(course, options);
  const counts = { initial: 0, review: 0, translated: 0, total: 0 };
  for (const unit of doc.files.flatMap((f) => f.units)) {
    counts[unit.state ?? 'initial']++;
    counts.total++;
  }
  const xml = (options.version ?? '1.2') === '2.0' ? writeXliff20(doc) : writeXliff12(doc);
  return { xml, counts, warnings: doc.warnings };
}

/** The version-neutral document that {@link exportXliff} writes. */
export function xliffDocumentOf(
  course: Course,
  options: XliffExportOptions = {},
): XliffDocument & { warnings: string[] } {
  const { source, target } = course.languages;
  const wanted = options.lessonIds ? new Set(options.lessonIds) : null;
  if (wanted) {
    const known = new Set(course.modules.flatMap((m) => m.lessons.map((l) => l.id)));
    const unknown = [...wanted].filter((id) => !known.has(id));
    if (unknown.length)
      throw new OerError(
        'invalid-course',
        msg('xliff.unknownLessons', { ids: unknown.map((id) => `"${id}"`).join(', ') }),
      );
  }
  const warnings: string[] = [];
  const files: XliffFile[] = [];
  if (!wanted) files.push({ id: courseFileId(course.id), units: courseUnits(course, source, target) });
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      if (wanted && !wanted.has(lesson.id)) continue;
      files.push({
        id: lessonFileId(lesson.id),
        units: lessonUnits(module, lesson, source, target, warnings),
      });
    }
  }
  return {
    version: options.version ?? '1.2',
    courseId: course.id,
    sourceLanguage: source,
    targetLanguage: target,
    files,
    warnings,
  };
}

function textUnit(
  id: string,
  texts: LangText | undefined,
  source: string,
  target: string,
  note: string,
): XliffUnit | null {
  const sourceText = texts?.[source] ?? '';
  if (!sourceText.trim()) return null;
  const targetText = texts?.[target] ?? '';
  const done = !!targetText.trim();
  return {
    id,
    source: [sourceText],
    target: [done ? targetText : sourceText],
    state: done ? 'translated' : 'initial',
    sourceHash: textHash(sourceText),
    targetHash: done ? textHash(targetText) : undefined,
    note,
  };
}

/** Keywords are one unit, comma-separated: translators see them together, as a list. */
export const KEYWORD_SEPARATOR = ', ';

function courseUnits(course: Course, source: string, target: string): XliffUnit[] {
  const keywords = Object.fromEntries(
    Object.entries(course.keywords ?? {}).map(([lang, words]) => [lang, words.join(KEYWORD_SEPARATOR)]),
  );
  const units = [
    textUnit(titleUnitId(course.id), course.title, source, target, 'Course title'),
    textUnit(`description:${course.id}`, course.description, source, target, 'Course description'),
    textUnit(`institution:${course.id}`, course.institution, source, target, 'Institution'),
    textUnit(`keywords:${course.id}`, keywords, source, target, 'Course keywords, separated by commas'),
    ...course.modules.map((m) =>
      textUnit(titleUnitId(m.id), m.title, source, target, `Module title (${m.title[source] ?? m.id})`),
    ),
  ];
  return units.filter((u): u is XliffUnit => u !== null);
}

/** `Module › Lesson` in the source language, for notes and reports. */
export function lessonPath(module: Module, lesson: Lesson, source: string): string {
  return `${module.title[source] || module.id} › ${lesson.title[source] || lesson.id}`;
}

function lessonUnits(
  module: Module,
  lesson: Lesson,
  source: string,
  target: string,
  warnings: string[],
): XliffUnit[] {
  const path = lessonPath(module, lesson, source);
  const units: XliffUnit[] = [];
  const title = textUnit(titleUnitId(lesson.id), lesson.title, source, target, `${path} (lesson title)`);
  if (title) units.push(title);
  const targets = new Map<string, NodeJson>();
  for (const block of (lesson.content[target] as DocJson | undefined)?.content ?? []) {
    const id = blockId(block);
    if (id) targets.set(id, block);
  }
  const records = lesson.translations?.[target] ?? {};
  const seen = new Set<string>();
  for (const block of (lesson.content[source] as DocJson | undefined)?.content ?? []) {
    const id = blockId(block);
    if (!id || seen.has(id)) {
      warnings.push(
        `${path}: a block without a unique id was left out; open the lesson in OER Studio to fix the ids.`,
      );
      continue;
    }
    seen.add(id);
    const sourceInline = encodeBlock(block);
    if (!hasText(sourceInline)) continue; // a horizontal rule: nothing to translate
    const targetBlock = targets.get(id);
    const translated = targetBlock && blockHasText(targetBlock) ? targetBlock : undefined;
    units.push({
      id,
      source: sourceInline,
      target: translated ? encodeTranslation(translated, sourceInline) : sourceInline,
      state: STATE_OF[blockState(block, targetBlock, records[id])],
      sourceHash: blockHash(block),
      targetHash: translated && translationHash(translated),
      note: path,
    });
  }
  return units;
}

function hasText(content: Inline[]): boolean {
  return content.some((item) =>
    typeof item === 'string' ? !!item.trim() : item.kind === 'pair' && hasText(item.content),
  );
}
