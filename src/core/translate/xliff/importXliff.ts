import { blockId } from '../../content/blockIds';
import { OerError } from '../../errors';
import { englishText, msg, type Text } from '../../messages/message';
import type { Course, DocJson, Lesson, Module, NodeJson } from '../../model/types';
import { blockHash } from '../blockHash';
import { blockHasText, blockState } from '../state';
import {
  KEYWORD_SEPARATOR,
  courseFileId,
  lessonPath,
  textHash,
  titleUnitId,
  translationHash,
} from './exportXliff';
import {
  BrokenInlineError,
  canonicalJson,
  decodeBlock,
  encodeBlock,
  encodeTranslation,
  plainText,
  resolveTags,
  tagsOf,
} from './inline';
import type { XliffDocument, XliffUnit, XliffVersion } from './types';
import { readXliff12 } from './xliff12';
import { readXliff20 } from './xliff20';
import { attr, nameOf, parseXmlDocument } from './xml';

/** Where a unit is: in English (the CLI), and as the app words it ("Course" is a word to translate). */
export interface XliffPlace {
  /** `Module › Lesson`, `Module <title>` or "Course", in English. */
  where: string;
  /** The same place to word in the user's language: a message, or a path of titles as it is. */
  whereText: Text;
}

/** A unit named in a report: its id and where it is. */
export interface XliffUnitRef extends XliffPlace {
  id: string;
}

function place(text: Text): XliffPlace {
  return { where: englishText(text), whereText: text };
}

/** What {@link importXliff} did, unit by unit. Nothing is skipped without being listed here. */
export interface XliffImportReport {
  version: XliffVersion;
  /** Units whose translation was written, or confirmed after review. */
  updated: number;
  /**
   * Units written although their source changed after the export: the translation was made
   * from the old source, so it is recorded against that source and shows as out of date.
   */
  outdated: XliffUnitRef[];
  /**
   * Units whose translation was also edited in the app after the export: the translator's
   * version replaced it (one undo brings the app's back).
   */
  conflicts: XliffUnitRef[];
  /** Units that changed nothing: untouched, untranslated (a copy of the source) or empty. */
  unchanged: number;
  /** Units and files that match nothing in the course (deleted since export, or edited ids). */
  unknownIds: string[];
  /** The same as {@link unknownIds}, to word in the user's language (a file without an id is a phrase). */
  unknownIdTexts: Text[];
  /** Units skipped because their inline tags are broken (unknown ids, unbalanced, misplaced). */
  brokenUnits: (XliffUnitRef & { reason: string })[];
  /** Blocks with nothing to translate (horizontal rules) copied into changed lessons' translations. */
  copiedBlocks: number;
  /** Lessons whose translation or title changed, by id. */
  changedLessons: string[];
  warnings: string[];
}

/** The result of {@link importXliff}: the new course (the same object when nothing changed) and the report. */
export interface XliffImport {
  course: Course;
  report: XliffImportReport;
}

const norm = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/**
 * Reads a translated XLIFF file (1.2 or 2.0, detected) into the course's target language,
 * without touching the input. Translations are recorded against the source hash in the file,
 * so a unit whose source changed since export is applied but stays out of date. Throws an
 * {@link OerError} for a file that is not XLIFF or belongs to another course or language pair.
 */
export function importXliff(course: Course, xmlText: string): XliffImport {
  const doc = readXliff(xmlText);
  checkBelongs(course, doc);
  return new Importer(course, doc).run();
}

/** Parses XLIFF 1.2 or 2.0 into the version-neutral document. */
export function readXliff(xmlText: string): XliffDocument {
  const notXliff = msg('xliff.notXliff');
  const nodes = parseXmlDocument(xmlText, notXliff);
  const root = nodes.find((n) => nameOf(n) === 'xliff');
  if (!root) throw new OerError('unknown-format', notXliff);
  const version = attr(root, 'version') ?? '';
  if (version === '1.2' || version === '1.1') return readXliff12(root);
  if (version.startsWith('2.')) return readXliff20(root);
  throw new OerError(
    'unknown-format',
    version ? msg('xliff.unsupportedVersion', { version }) : msg('xliff.noVersion'),
  );
}

function checkBelongs(course: Course, doc: XliffDocument): void {
  const { source, target } = course.languages;
  if (doc.courseId !== undefined && doc.courseId !== course.id) {
    throw new OerError(
      'invalid-course',
      msg('xliff.otherCourse', {
        fileCourse: doc.courseId,
        title: course.title[source] ?? course.id,
        course: course.id,
      }),
    );
  }
  if (norm(doc.sourceLanguage) !== norm(source) || norm(doc.targetLanguage) !== norm(target)) {
    throw new OerError(
      'invalid-course',
      msg('xliff.otherLanguages', {
        fileSource: doc.sourceLanguage || msg('xliff.noLanguage'),
        fileTarget: doc.targetLanguage || msg('xliff.noLanguage'),
        source,
        target,
      }),
    );
  }
}

/** One import: walks the file's units and builds the new course. */
class Importer {
  private readonly report: XliffImportReport;
  private readonly source: string;
  private readonly target: string;
  private readonly lessons = new Map<string, { module: Module; lesson: Lesson }>();
  private readonly modules = new Map<string, Module>();
  /** Lessons with changes, by id: the new lesson. */
  private readonly newLessons = new Map<string, Lesson>();
  private readonly newTitles = new Map<string, string>();
  private readonly courseTexts: Partial<Record<'title' | 'description' | 'institution', string>> = {};
  private newKeywords: string[] | null = null;

  constructor(
    private readonly course: Course,
    private readonly doc: XliffDocument,
  ) {
    this.source = course.languages.source;
    this.target = course.languages.target;
    for (const module of course.modules) {
      this.modules.set(module.id, module);
      for (const lesson of module.lessons) this.lessons.set(lesson.id, { module, lesson });
    }
    this.report = {
      version: doc.version,
      updated: 0,
      outdated: [],
      conflicts: [],
      unchanged: 0,
      unknownIds: [],
      unknownIdTexts: [],
      brokenUnits: [],
      copiedBlocks: 0,
      changedLessons: [],
      warnings:
        doc.courseId === undefined
          ? ['The file does not say which course it is for; it was matched by lesson and block ids.']
          : [],
    };
  }

  run(): XliffImport {
    for (const file of this.doc.files) {
      if (file.id === courseFileId(this.course.id)) {
        this.importCourseFile(file.units);
        continue;
      }
      const lessonId = file.id.startsWith('lesson:') ? file.id.slice('lesson:'.length) : null;
      const entry = lessonId ? this.lessons.get(lessonId) : undefined;
      if (!entry) {
        this.unknown(file.id || msg('xliff.fileWithoutId'));
        continue;
      }
      this.importLesson(entry.module, entry.lesson, file.units);
    }
    return { course: this.newCourse(), report: this.report };
  }

  private broken(unit: XliffUnit, where: XliffPlace, reason: string): void {
    this.report.brokenUnits.push({ id: unit.id, ...where, reason });
  }

  private unknown(id: Text): void {
    this.report.unknownIds.push(englishText(id));
    this.report.unknownIdTexts.push(id);
  }

  /** Checks that a unit is usable; reports it when not. */
  private usable(unit: XliffUnit, where: XliffPlace, seen: Set<string>): boolean {
    if (seen.has(unit.id)) {
      this.broken(unit, where, 'the unit appears twice in its file');
      return false;
    }
    seen.add(unit.id);
    if (unit.error) {
      this.broken(unit, where, unit.error);
      return false;
    }
    return true;
  }

  /**
   * The translated text of a title or metadata unit, or null when it changes nothing (no target,
   * an untranslated copy of the source, or the text the course has).
   */
  private textTarget(
    unit: XliffUnit,
    where: XliffPlace,
    current: string | undefined,
    currentSource: string,
  ): string | null {
    if (!unit.target) return null;
    if (tagsOf(unit.target).length) {
      this.broken(unit, where, 'a title or metadata text cannot hold tags');
      return null;
    }
    const value = plainText(unit.target);
    if (!value.trim() || value === (current ?? '')) return null;
    if (unit.state !== 'translated' && value === plainText(unit.source)) return null;
    // Left as it was exported: the course's text may have been edited since, and it wins.
    if (unit.targetHash !== undefined && textHash(value) === unit.targetHash) return null;
    if (unit.sourceHash && unit.sourceHash !== textHash(currentSource))
      this.report.outdated.push({ id: unit.id, ...where });
    return value;
  }

  private importCourseFile(units: XliffUnit[]): void {
    const seen = new Set<string>();
    const { source, target, course } = this;
    const where = place(msg('xliff.whereCourse'));
    for (const unit of units) {
      if (!this.usable(unit, where, seen)) continue;
      const before = this.report.brokenUnits.length;
      const [kind, ownerId] = splitId(unit.id);
      let value: string | null;
      if (kind === 'title' && ownerId === course.id) {
        value = this.textTarget(unit, where, course.title[target], course.title[source] ?? '');
        if (value !== null) this.courseTexts.title = value;
      } else if ((kind === 'description' || kind === 'institution') && ownerId === course.id) {
        const texts = course[kind] ?? {};
        value = this.textTarget(unit, where, texts[target], texts[source] ?? '');
        if (value !== null) this.courseTexts[kind] = value;
      } else if (kind === 'keywords' && ownerId === course.id) {
        const words = course.keywords ?? {};
        value = this.textTarget(
          unit,
          where,
          (words[target] ?? []).join(KEYWORD_SEPARATOR),
          (words[source] ?? []).join(KEYWORD_SEPARATOR),
        );
        if (value !== null) this.newKeywords = splitKeywords(value);
      } else if (kind === 'title' && this.modules.has(ownerId)) {
        const module = this.modules.get(ownerId) as Module;
        value = this.textTarget(
          unit,
          place(msg('xliff.whereModule', { title: module.title[source] ?? module.id })),
          module.title[target],
          module.title[source] ?? '',
        );
        if (value !== null) this.newTitles.set(ownerId, value);
      } else {
        this.unknown(unit.id);
        continue;
      }
      if (this.report.brokenUnits.length > before) continue;
      if (value === null) this.report.unchanged++;
      else this.report.updated++;
    }
  }

  private importLesson(module: Module, lesson: Lesson, units: XliffUnit[]): void {
    const { source, target } = this;
    const where = place(lessonPath(module, lesson, source));
    const sourceBlocks = (lesson.content[source] as DocJson | undefined)?.content ?? [];
    const sourceById = new Map<string, NodeJson>();
    for (const block of sourceBlocks) {
      const id = blockId(block);
      if (id && !sourceById.has(id)) sourceById.set(id, block);
    }
    const targetById = new Map<string, NodeJson>();
    for (const block of (lesson.content[target] as DocJson | undefined)?.content ?? []) {
      const id = blockId(block);
      if (id && !targetById.has(id)) targetById.set(id, block);
    }
    const records = { ...lesson.translations?.[target] };
    const written = new Map<string, NodeJson>();
    let recordsChanged = false;
    let title: string | null = null;
    const seen = new Set<string>();
    for (const unit of units) {
      if (!this.usable(unit, where, seen)) continue;
      if (unit.id === titleUnitId(lesson.id)) {
        const before = this.report.brokenUnits.length;
        title = this.textTarget(unit, where, lesson.title[target], lesson.title[source] ?? '');
        if (this.report.brokenUnits.length > before) continue;
        if (title === null) this.report.unchanged++;
        else this.report.updated++;
        continue;
      }
      const sourceBlock = sourceById.get(unit.id);
      if (!sourceBlock) {
        this.unknown(unit.id);
        continue;
      }
      if (!unit.target) {
        this.report.unchanged++;
        continue;
      }
      const existing = targetById.get(unit.id);
      let translated: NodeJson;
      let asSource: NodeJson;
      let fileSource: NodeJson;
      try {
        const previous = existing && blockHasText(existing) ? encodeTranslation(existing, unit.source) : [];
        const resolved = resolveTags(unit.target, unit.source, previous);
        fileSource = decodeBlock(sourceBlock, resolveTags(unit.source, unit.source));
        asSource = decodeBlock(sourceBlock, resolved);
        // A translation keeps its own block type and attributes (a localised image, say); an
        // empty placeholder, or one of another type the text no longer fits, takes the source's.
        translated = asSource;
        if (existing && blockHasText(existing)) {
          try {
            translated = decodeBlock(existing, resolved);
          } catch (e) {
            if (!(e instanceof BrokenInlineError)) throw e;
          }
        }
      } catch (e) {
        if (!(e instanceof BrokenInlineError)) throw e;
        this.broken(unit, where, e.message);
        continue;
      }
      translated = { ...translated, attrs: { ...translated.attrs, id: unit.id } };
      const currentHash = blockHash(sourceBlock);
      const fileHash = unit.sourceHash ?? blockHash(fileSource);
      const isCopy = canonicalJson(content(asSource)) === canonicalJson(content(fileSource));
      // An untranslated copy of the source must never overwrite a translation, nor pose as one.
      if (!blockHasText(translated) || (unit.state !== 'translated' && isCopy)) {
        this.report.unchanged++;
        continue;
      }
      // A unit left as it was exported changes nothing, even where the translation was edited
      // in the app since (the app's text is newer) or deleted there.
      const same = !!existing && canonicalJson(translated) === canonicalJson(existing);
      const untouched = unit.targetHash !== undefined && translationHash(translated) === unit.targetHash;
      if (same || untouched) {
        // Marked translated after being exported out of date: the translator reviewed it.
        const asExported =
          !!existing &&
          (unit.targetHash === undefined ? same : translationHash(existing) === unit.targetHash);
        const outdated = !!existing && blockState(sourceBlock, existing, records[unit.id]) === 'outdated';
        if (unit.state === 'translated' && asExported && outdated && fileHash === currentHash) {
          records[unit.id] = { ...records[unit.id], sourceHash: currentHash };
          recordsChanged = true;
          this.report.updated++;
        } else {
          this.report.unchanged++;
        }
        continue;
      }
      // Both sides changed: the file wins (the user chose to import it), and the report says so.
      if (existing && blockHasText(existing) && unit.targetHash !== undefined) {
        if (translationHash(existing) !== unit.targetHash)
          this.report.conflicts.push({ id: unit.id, ...where });
      }
      written.set(unit.id, translated);
      records[unit.id] = { ...records[unit.id], sourceHash: fileHash };
      recordsChanged = true;
      this.report.updated++;
      if (fileHash !== currentHash) this.report.outdated.push({ id: unit.id, ...where });
    }
    if (!written.size && !recordsChanged && title === null) return;
    let next: Lesson = { ...lesson };
    if (title !== null) next.title = { ...lesson.title, [target]: title };
    if (recordsChanged) next.translations = { ...lesson.translations, [target]: records };
    if (written.size) {
      next = {
        ...next,
        content: { ...lesson.content, [target]: this.mergeBlocks(lesson, sourceBlocks, written) },
      };
    }
    this.newLessons.set(lesson.id, next);
    this.report.changedLessons.push(lesson.id);
  }

  /**
   * The target document with written blocks replaced in place, and new ones inserted after the
   * translation of the source block before them, so the translation follows the source's order.
   */
  private mergeBlocks(lesson: Lesson, sourceBlocks: NodeJson[], written: Map<string, NodeJson>): DocJson {
    const doc = (lesson.content[this.target] as DocJson | undefined) ?? { type: 'doc' };
    const content = (doc.content ?? []).map((block) => {
      const id = blockId(block);
      const replacement = id ? written.get(id) : undefined;
      if (id && replacement) written.delete(id);
      return replacement ?? block;
    });
    const present = new Set(content.map(blockId).filter((id): id is string => !!id));
    sourceBlocks.forEach((block, index) => {
      const id = blockId(block);
      if (!id || present.has(id)) return;
      let insert = written.get(id);
      if (!insert && blockHasText(block) && encodeBlock(block).length === 0) {
        insert = block; // a horizontal rule or an image without text: the same in both languages
        this.report.copiedBlocks++;
      }
      if (!insert) return;
      let at = 0;
      for (let i = index - 1; i >= 0; i--) {
        const before = blockId(sourceBlocks[i] as NodeJson);
        const position = before ? content.findIndex((b) => blockId(b) === before) : -1;
        if (position >= 0) {
          at = position + 1;
          break;
        }
      }
      content.splice(at, 0, insert);
      present.add(id);
    });
    return { ...doc, content };
  }

  private newCourse(): Course {
    const { course, target } = this;
    const changed =
      this.newLessons.size || this.newTitles.size || Object.keys(this.courseTexts).length || this.newKeywords;
    if (!changed) return course;
    const next: Course = {
      ...course,
      modules: course.modules.map((module) => {
        const title = this.newTitles.get(module.id);
        const lessons = module.lessons.map((l) => this.newLessons.get(l.id) ?? l);
        const lessonsChanged = lessons.some((l, i) => l !== module.lessons[i]);
        if (title === undefined && !lessonsChanged) return module;
        return {
          ...module,
          ...(title !== undefined ? { title: { ...module.title, [target]: title } } : {}),
          lessons,
        };
      }),
    };
    for (const key of ['title', 'description', 'institution'] as const) {
      const value = this.courseTexts[key];
      if (value !== undefined) next[key] = { ...course[key], [target]: value };
    }
    if (this.newKeywords) next.keywords = { ...course.keywords, [target]: this.newKeywords };
    return next;
  }
}

function content(block: NodeJson): unknown {
  return block.type === 'image' ? [block.attrs?.['alt'], block.attrs?.['title']] : (block.content ?? []);
}

function splitId(id: string): [string, string] {
  const colon = id.indexOf(':');
  return colon < 0 ? [id, ''] : [id.slice(0, colon), id.slice(colon + 1)];
}

/** Splits translated keywords on commas, semicolons and the Arabic and CJK commas. */
function splitKeywords(value: string): string[] {
  return value
    .split(/[,;،、，]/)
    .map((w) => w.trim())
    .filter(Boolean);
}
