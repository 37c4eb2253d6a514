import JSZip from 'jszip';
import { OerError } from '../errors';
import { englishText, msg, type Message, type Text } from '../messages/message';
import type { PackageEntry } from '../export/types';
import { emptyDoc } from '../model/course';
import { sniffImageType } from '../import/imageType';
import { newId, type IdGenerator } from '../model/ids';
import {
  describeIssues,
  documentVersion,
  parseCourseDocument,
  toCourseDocument,
  type AppInfo,
} from '../model/courseDocument';
import { migrate } from '../model/migrations';
import {
  COURSE_FORMAT,
  SCHEMA_VERSION,
  assetSchema,
  courseDocumentSchema,
  idSchema,
  isLanguageTag,
  lessonSchema,
} from '../model/schema';
import type { Asset, Course, CourseDocument, LangText, Lesson } from '../model/types';
import { shouldDeflate } from './compression';
import type { RawEntryLookup } from './rawEntry';

/**
 * The `.oercourse` project file: one zip that holds everything a course needs.
 *
 *   mimetype           "application/vnd.oer-studio.course+zip", stored, first (as in EPUB and ODF)
 *   assets/<sha256>    each asset's bytes, named by content hash, so equal files are stored once
 *   lessons/<id>.json  each lesson's content and translations (format version 2 and later)
 *   course.json        the versioned course document: metadata and the outline, without lesson content
 *
 * See docs/file-format.md.
 */
export const PROJECT_MIMETYPE = 'application/vnd.oer-studio.course+zip';
/** The file extension of project files, without the dot. */
export const PROJECT_EXTENSION = 'oercourse';
/** The entry of the course document. */
export const COURSE_ENTRY = 'course.json';

/**
 * Opens the bytes of an asset by its hash: whole, or as a stream of chunks so that large media
 * go from one file to another without being held in memory.
 */
export type AssetOpener = (hash: string) => Promise<Uint8Array> | AsyncIterable<Uint8Array>;

/** An opened project: the course, and the bytes of its assets by hash. */
export interface ProjectContents {
  document: CourseDocument;
  assets: Map<string, Uint8Array>;
}

/** The entry name of an asset inside the project file. */
export function assetEntryName(hash: string): string {
  return `assets/${hash}`;
}

/** The entry name of a lesson's content inside the project file (format version 2). */
export function lessonEntryName(lessonId: string): string {
  return `lessons/${lessonId}.json`;
}

/**
 * Marks a lesson of a course opened as an outline: its content is still in the project file.
 * A symbol, so that it survives the spreads of outline edits (`{ ...lesson, title }`) but never
 * reaches JSON or IPC. Saving copies such a lesson's entry as it is; exporting loads it.
 */
export const LESSON_IN_FILE: unique symbol = Symbol('oer-studio.lessonInFile');

/** Whether a lesson's content is still in the project file (see {@link LESSON_IN_FILE}). */
export function isLessonInFile(lesson: Lesson): boolean {
  return (lesson as Lesson & { [LESSON_IN_FILE]?: boolean })[LESSON_IN_FILE] === true;
}

/** The course document as `course.json` holds it from version 2: each lesson only by id and title. */
export function outlineDocument(course: Course, app: AppInfo): CourseDocument {
  const outline: Course = {
    ...course,
    modules: course.modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) => ({ id: l.id, title: l.title }) as Lesson),
    })),
  };
  return toCourseDocument(outline, app);
}

/** The JSON of a lesson's own entry: everything but its title, which the outline holds. */
export function lessonEntryJson(lesson: Lesson): string {
  const { title: _title, ...rest } = lesson;
  return JSON.stringify(rest);
}

/**
 * The entries of the course document: one entry per lesson and `course.json` (the outline),
 * each under `prefix` (`oer-studio/` inside packages). A lesson still in the project file is
 * copied from its stored entry; any other lesson is serialised when it is written, with its
 * stored entry offered for reuse, so an unchanged lesson is copied rather than compressed again.
 */
export function documentEntries(
  course: Course,
  app: AppInfo,
  prefix = '',
  rawEntry?: RawEntryLookup,
): PackageEntry[] {
  const entries: PackageEntry[] = [];
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      const name = lessonEntryName(lesson.id);
      const stored = rawEntry?.(name) ?? undefined;
      if (isLessonInFile(lesson)) {
        if (!stored) throw lessonGone(lesson);
        entries.push({ path: prefix + name, data: new Uint8Array(), deflate: true, raw: stored });
      } else {
        entries.push({
          path: prefix + name,
          data: async () => utf8.encode(lessonEntryJson(lesson)),
          deflate: true,
          reuse: stored,
        });
      }
    }
  }
  // Last: it changes with every edit of the outline, and what comes before it can then be
  // copied from the previous file as one stretch (see writeZip).
  entries.push({
    path: prefix + COURSE_ENTRY,
    data: JSON.stringify(outlineDocument(course, app), null, 1),
    deflate: true,
  });
  return entries;
}

const utf8 = new TextEncoder();

function lessonGone(lesson: Lesson): OerError {
  const title = Object.values(lesson.title).find(Boolean) ?? lesson.id;
  return new OerError('missing-asset', msg('project.lessonGone', { title }));
}

/** Options of {@link projectEntries}. */
export interface ProjectEntriesOptions {
  /**
   * Assets to leave out, by hash. A recovery copy leaves out the media still in the author's own
   * project file (and those it cannot read): whoever opens it finds them there. A file written
   * so lacks those assets, so it is no project file to give anyone. @default none
   */
  omitAsset?: (hash: string) => boolean;
}

/**
 * The entries of a project file, in order: `mimetype` (stored, first), each asset once by hash,
 * each lesson, then `course.json`. Assets are read lazily through `openAsset` when the file is written
 * (or copied from `rawEntry`, the file the course was opened from).
 */
export function projectEntries(
  course: Course,
  app: AppInfo,
  openAsset: AssetOpener,
  rawEntry?: RawEntryLookup,
  { omitAsset }: ProjectEntriesOptions = {},
): PackageEntry[] {
  const entries: PackageEntry[] = [
    { path: 'mimetype', data: PROJECT_MIMETYPE, deflate: false, reuse: rawEntry?.('mimetype') ?? undefined },
  ];
  // Assets first: they are most of the bytes and change least, so a save after an edit finds
  // them at the same offsets in the previous file and copies them in one stretch.
  const written = new Set<string>();
  for (const asset of course.assets) {
    if (written.has(asset.hash) || omitAsset?.(asset.hash)) continue;
    written.add(asset.hash);
    const path = assetEntryName(asset.hash);
    const raw = rawEntry?.(path);
    entries.push({
      path,
      data: assetData(openAsset, asset),
      deflate: shouldDeflate(asset.mime),
      ...(raw ? { raw } : {}),
    });
  }
  entries.push(...documentEntries(course, app, '', rawEntry));
  return entries;
}

/**
 * The lazy data of an asset for a zip entry. A missing or unreadable asset fails with a
 * message that names the file, whether opening it or reading its stream fails.
 */
export function assetData(
  openAsset: AssetOpener,
  asset: { hash: string; name: string },
): () => AsyncIterable<Uint8Array> {
  return async function* () {
    try {
      const opened = openAsset(asset.hash);
      if (opened instanceof Promise) yield await opened;
      else yield* opened;
    } catch {
      throw new OerError('missing-asset', msg('project.assetUnreadable', { name: asset.name }));
    }
  };
}

/**
 * Parses the text of a whole course document (every lesson in place: a version-1 `course.json`,
 * or a document from a script): JSON, then the course document with migrations. Every failure
 * is an {@link OerError} that names the file.
 */
export function parseProjectJson(text: string, name: Text = msg('file.this')): CourseDocument {
  return parseCourseDocument(parseJson(text, name, msg('part.courseJson')), name);
}

function parseJson(text: string, name: Text, what: Text): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new OerError('damaged-course', msg('project.notJson', { name, what, error: (e as Error).message }));
  }
}

/** Options of {@link readProjectDocument}. */
export interface ReadDocumentOptions {
  /**
   * `outline` leaves each lesson's content in the file (see {@link LESSON_IN_FILE}); it is read
   * later, one lesson at a time. @default 'all'
   */
  lessons?: 'all' | 'outline';
  /** Keep what is valid and list what was lost, instead of refusing a damaged document. */
  salvage?: boolean;
}

/** A course document read from a project file, and in salvage mode what could not be kept. */
export interface ReadDocument {
  document: CourseDocument;
  /** What salvage left out or emptied, in English words a lecturer understands. Empty when nothing was lost. */
  lost: string[];
  /** The same as {@link lost}, as messages to word in the user's language. */
  lostTexts: Message[];
}

/**
 * Reads a course document from its entries: `course.json`, then (from version 2) each lesson's
 * entry through `readEntry`, which resolves with the entry's text, or null when the file has no
 * such entry, and fails when the entry cannot be unpacked. A newer version is refused before any
 * lesson is read. Migrations then run on the whole document and the schema checks it.
 */
export async function readProjectDocument(
  courseText: string,
  readEntry: (entryName: string) => Promise<string | null>,
  name: Text = msg('file.this'),
  { lessons = 'all', salvage = false }: ReadDocumentOptions = {},
): Promise<ReadDocument> {
  const json = parseJson(courseText, name, msg('part.courseJson'));
  const version = documentVersion(json, name);
  const lost: Message[] = [];
  const inFile = new Set<string>();
  if (version >= 2) {
    // Lazily only at the current version: a later migration may need the lessons in place.
    const lazy = lessons === 'outline' && version === SCHEMA_VERSION;
    for (const lesson of outlineLessons(json)) {
      const id = lesson['id'];
      if (typeof id !== 'string') continue; // the schema says what is wrong with it
      if (lazy) {
        lesson['content'] = {};
        inFile.add(id);
        continue;
      }
      try {
        const text = await readEntry(lessonEntryName(id)).catch((e: unknown) => {
          throw new OerError(
            'damaged-course',
            msg('project.lessonUnreadable', { name, title: lessonTitle(lesson) }),
            [(e as Error)?.message ?? String(e)],
          );
        });
        if (text === null)
          throw new OerError(
            'damaged-course',
            msg('project.lessonMissing', { name, title: lessonTitle(lesson) }),
          );
        Object.assign(lesson, lessonFields(parseJson(text, name, lessonText(lesson)), id, name, lesson));
      } catch (e) {
        if (!salvage) throw asDamaged(e, name, lesson);
        lost.push(msg('salvage.lessonUnreadable', { title: lessonTitle(lesson) }));
        emptyLesson(json, lesson);
      }
    }
  }
  const document = salvage ? salvageDocument(json, name, lost) : parseCourseDocument(json, name);
  for (const module of document.course.modules) {
    for (const lesson of module.lessons) {
      if (inFile.has(lesson.id)) (lesson as Lesson & { [LESSON_IN_FILE]?: boolean })[LESSON_IN_FILE] = true;
    }
  }
  return { document, lost: lost.map(englishText), lostTexts: lost };
}

/**
 * Reads one lesson's entry text into a full lesson, given its outline (id and title). Every
 * failure is a `damaged-course` {@link OerError} that names the lesson.
 */
export function parseLessonEntry(
  outline: Pick<Lesson, 'id' | 'title'>,
  text: string,
  name: Text = msg('file.this'),
): Lesson {
  const loose = { ...outline } as Record<string, unknown>;
  try {
    Object.assign(loose, lessonFields(parseJson(text, name, lessonText(loose)), outline.id, name, loose));
    const parsed = lessonSchema.safeParse(loose);
    if (!parsed.success) {
      throw new OerError(
        'damaged-course',
        msg('project.lessonMismatch', { name, title: lessonTitle(loose) }),
        describeIssues(parsed.error),
      );
    }
    return parsed.data;
  } catch (e) {
    throw asDamaged(e, name, loose);
  }
}

/** The fields of a lesson entry, checked to be an object about the lesson with this id. */
function lessonFields(
  json: unknown,
  id: string,
  name: Text,
  lesson: Record<string, unknown>,
): Record<string, unknown> {
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    (json as { id?: unknown }).id !== id
  )
    throw new OerError(
      'damaged-course',
      msg('project.lessonEntryOther', { name, title: lessonTitle(lesson) }),
    );
  const { title: _title, ...fields } = json as Record<string, unknown>;
  return fields;
}

function asDamaged(e: unknown, name: Text, lesson: Record<string, unknown>): OerError {
  if (e instanceof OerError) return e;
  return new OerError('damaged-course', msg('project.lessonUnpack', { name, title: lessonTitle(lesson) }));
}

/** A loose lesson's title in its first language, else its id. */
function lessonTitle(lesson: Record<string, unknown>): string {
  const title = lesson['title'];
  const text =
    typeof title === 'object' && title !== null
      ? Object.values(title as Record<string, unknown>).find((t) => typeof t === 'string' && t)
      : undefined;
  return String(text ?? lesson['id']);
}

/** "the text of lesson "Title"", as the part of a file that is damaged. */
const lessonText = (lesson: Record<string, unknown>) =>
  msg('part.lessonText', { title: lessonTitle(lesson) });

/** The lessons of a loose document's outline, as mutable loose objects; nothing when malformed. */
function outlineLessons(json: unknown): Record<string, unknown>[] {
  const course = (json as { course?: unknown }).course;
  const modules =
    typeof course === 'object' && course !== null ? (course as { modules?: unknown }).modules : undefined;
  if (!Array.isArray(modules)) return [];
  return modules.flatMap((m: unknown) => {
    const lessons = typeof m === 'object' && m !== null ? (m as { lessons?: unknown }).lessons : undefined;
    return Array.isArray(lessons)
      ? lessons.filter(
          (l): l is Record<string, unknown> => typeof l === 'object' && l !== null && !Array.isArray(l),
        )
      : [];
  });
}

/** Empties a lesson in place: an empty document per course language, its id and title kept. */
function emptyLesson(json: unknown, lesson: Record<string, unknown>): void {
  const languages = (json as { course?: { languages?: Record<string, unknown> } }).course?.languages ?? {};
  const tags = [languages['source'], languages['target']].filter((t): t is string => typeof t === 'string');
  for (const key of Object.keys(lesson)) if (key !== 'id' && key !== 'title') delete lesson[key];
  if (typeof lesson['title'] !== 'object' || lesson['title'] === null) lesson['title'] = {};
  lesson['content'] = Object.fromEntries(tags.map((t) => [t, emptyDoc(() => 'b1')]));
}

/** Course fields that fall back to their defaults when damaged. */
const OPTIONAL_FIELDS = new Set(['description', 'authors', 'institution', 'keywords', 'licence']);
type OptionalField = 'description' | 'authors' | 'institution' | 'keywords' | 'licence';

/**
 * Validates a document, keeping what is valid: a damaged lesson is emptied (or, when its id is
 * unusable, left out), a damaged asset record is left out, damaged optional metadata falls back
 * to its default. Each loss is listed in `lost`. What cannot be salvaged (the course's id,
 * languages or title, the outline itself) is refused as usual.
 */
function salvageDocument(json: unknown, name: Text, lost: Message[]): CourseDocument {
  documentVersion(json, name);
  const migrated = migrate(json as Record<string, unknown>);
  if (!migrated.ok) return parseCourseDocument(json, name); // throws the usual message
  const doc = migrated.doc;
  for (let round = 0; round < 50; round++) {
    const parsed = courseDocumentSchema.safeParse(doc);
    if (parsed.success) return parsed.data;
    const course = doc['course'] as Record<string, unknown>;
    let fixed = false;
    for (const issue of parsed.error.issues) {
      const [top, field, i, sub, j, rest] = issue.path;
      if (top !== 'course' || typeof course !== 'object' || course === null) break;
      if (field === 'assets' && typeof i === 'number' && Array.isArray(course['assets'])) {
        const asset = (course['assets'] as unknown[])[i];
        if (asset === undefined) continue;
        lost.push(
          assetSchema.shape.name.safeParse((asset as { name?: unknown })?.name).success
            ? msg('salvage.assetRecord', { name: (asset as { name: string }).name })
            : msg('salvage.assetRecordNumber', { n: i + 1 }),
        );
        (course['assets'] as unknown[]).splice(i, 1);
        fixed = true;
        break;
      }
      if (field === 'modules' && typeof i === 'number' && sub === 'lessons' && typeof j === 'number') {
        const lessons = ((course['modules'] as Record<string, unknown>[])[i] as { lessons: unknown[] })
          .lessons;
        const lesson = lessons[j] as Record<string, unknown>;
        if (rest === 'id' || typeof lesson !== 'object' || lesson === null) {
          lost.push(msg('salvage.lessonLeftOut', { title: lessonTitle(lesson ?? {}) }));
          lessons.splice(j, 1);
        } else {
          lost.push(msg('salvage.lessonEmptied', { title: lessonTitle(lesson) }));
          emptyLesson(doc, lesson);
        }
        fixed = true;
        break;
      }
      if (typeof field === 'string' && OPTIONAL_FIELDS.has(field) && field in course) {
        lost.push(msg(`salvage.field.${field as OptionalField}`));
        delete course[field];
        fixed = true;
        break;
      }
    }
    if (!fixed) break;
  }
  return parseCourseDocument(doc, name); // throws what could not be salvaged
}

/**
 * What a lesson's own entry tells about it when the outline that titled and ordered it
 * (`course.json`) is lost, as in a file cut short: see {@link rebuildOutline}.
 */
export interface FoundLesson {
  id: string;
  /** The text of its first heading, per language: the best title left. */
  headings: LangText;
  /** The languages of its content, in the order its entry lists them (the source first). */
  languages: string[];
  /** The languages it holds translation records for: target languages. */
  translated: string[];
  /** The asset ids its pictures point at, in reading order. */
  assetIds: string[];
}

/**
 * Reads what {@link FoundLesson} records from the text of a lesson's entry. Fails with a
 * `damaged-course` {@link OerError} when the text is not JSON or holds another lesson; the
 * lesson itself is checked later, when the rebuilt course is read.
 */
export function foundLesson(id: string, text: string, name: Text = msg('file.this')): FoundLesson {
  const fields = lessonFields(parseJson(text, name, msg('part.lessonText', { title: id })), id, name, { id });
  const found: FoundLesson = { id, headings: {}, languages: [], translated: [], assetIds: [] };
  const assetIds = new Set<string>();
  const content = fields['content'];
  if (isObject(content)) {
    for (const [language, doc] of Object.entries(content)) {
      if (!isObject(doc)) continue;
      found.languages.push(language);
      const heading = firstHeading(doc);
      if (heading) found.headings[language] = heading;
      for (const node of nodes(doc)) {
        const asset = isObject(node['attrs']) ? node['attrs']['asset'] : undefined;
        if (node['type'] === 'image' && typeof asset === 'string') assetIds.add(asset);
      }
    }
  }
  const translations = fields['translations'];
  if (isObject(translations)) found.translated = Object.keys(translations);
  found.assetIds = [...assetIds];
  return found;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every node of a loose TipTap document, walked without recursion (the input may be hostile). */
function* nodes(doc: Record<string, unknown>): Generator<Record<string, unknown>> {
  const stack: unknown[] = [doc];
  while (stack.length) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    yield node;
    if (Array.isArray(node['content']))
      for (let i = node['content'].length - 1; i >= 0; i--) stack.push(node['content'][i]);
  }
}

/** The text of a document's first heading block, trimmed and at most 200 characters; '' when none. */
function firstHeading(doc: Record<string, unknown>): string {
  const blocks = Array.isArray(doc['content']) ? doc['content'] : [];
  const heading = blocks.find((b): b is Record<string, unknown> => isObject(b) && b['type'] === 'heading');
  if (!heading) return '';
  let text = '';
  for (const node of nodes(heading)) if (typeof node['text'] === 'string') text += node['text'];
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** A whole asset entry found in a project file whose outline is lost: its hash, size and first bytes. */
export interface FoundAsset {
  hash: string;
  size: number;
  /** Its first bytes (1 KiB is enough), from which its type is told. */
  head: Uint8Array;
}

/** A course outline rebuilt from the entries of a project file whose `course.json` is lost. */
export interface RebuiltOutline {
  /** The text of a `course.json` for what was found: read it with {@link readProjectDocument}. */
  courseText: string;
  /** What could not be rebuilt, and how the outline was, in words a lecturer understands. */
  lost: Message[];
}

/** The title of the one module that holds the lessons of a rebuilt outline. */
export const RECOVERED_MODULE_TITLE = 'Recovered lessons';

/**
 * Rebuilds a course outline, the `course.json` that a file cut short loses first (it is the last
 * entry), from the lessons and assets found before the cut:
 *
 * - the lessons, in the order found, in one module titled {@link RECOVERED_MODULE_TITLE}, each
 *   titled by its first heading in each language, else "Lesson N";
 * - the languages, told from the lessons: the language most lessons list first is the source,
 *   the one they hold translations into (else their other language) the target, `und` when
 *   there is none;
 * - an asset record per asset found, typed by its first bytes and named "Recovered file N".
 *   The asset ids that pictures use are lost with the outline: only when there is a single
 *   asset is it certain which file they show, and then they keep it;
 * - the course titled `title` (the file's name), with new ids and default metadata.
 */
export function rebuildOutline(
  title: string,
  lessons: FoundLesson[],
  assets: FoundAsset[],
  ids: IdGenerator = newId,
): RebuiltOutline {
  const lost = [
    msg('salvage.outlineLost'),
    msg('salvage.outlineRebuilt', { module: RECOVERED_MODULE_TITLE }),
  ];
  const tags = (list: string[]) => list.filter(isLanguageTag);
  const source = mostCommon(lessons.map((l) => tags(l.languages)[0])) ?? 'en';
  const target =
    mostCommon(lessons.flatMap((l) => tags(l.translated).filter((t) => t !== source))) ??
    mostCommon(lessons.flatMap((l) => tags(l.languages).filter((t) => t !== source))) ??
    'und';
  lost.push(
    target === 'und'
      ? msg('salvage.oneLanguage', { source })
      : msg('salvage.languagesGuessed', { source, target }),
  );
  const used = [...new Set(lessons.flatMap((l) => l.assetIds))].filter(
    (id) => idSchema.safeParse(id).success,
  );
  const records: Asset[] = [];
  assets.forEach((asset, i) => {
    const type = sniffAssetType(asset.head);
    const record = {
      hash: asset.hash,
      name: `Recovered file ${i + 1}${type.extension ? `.${type.extension}` : ''}`,
      mime: type.mime,
      size: asset.size,
    };
    if (assets.length === 1 && used.length) for (const id of used) records.push({ id, ...record });
    else records.push({ id: ids('a'), ...record });
  });
  if (used.length && assets.length !== 1) {
    lost.push(assets.length ? msg('salvage.picturesUnlinked') : msg('salvage.picturesLost'));
  }
  const document = {
    format: COURSE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    app: { name: 'OER Studio', version: 'unknown' },
    course: {
      id: ids('c'),
      languages: { source, target },
      title: { [source]: title },
      modules: [
        {
          id: ids('m'),
          title: { [source]: RECOVERED_MODULE_TITLE },
          lessons: lessons.map((lesson, i) => {
            const titles = Object.fromEntries(
              [source, target].flatMap((t) => (lesson.headings[t] ? [[t, lesson.headings[t]]] : [])),
            );
            return {
              id: lesson.id,
              title: Object.keys(titles).length ? titles : { [source]: `Lesson ${i + 1}` },
            };
          }),
        },
      ],
      assets: records,
    },
  };
  return { courseText: JSON.stringify(document), lost };
}

/** The value seen most often (the first seen on a tie); undefined for none. */
function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) as number)) best = v;
  return best;
}

/**
 * The type of an asset by its first bytes, for a record rebuilt without its outline: the images
 * {@link sniffImageType} knows, PDF, and common audio and video; `application/octet-stream`
 * (and no extension) for anything else.
 */
export function sniffAssetType(head: Uint8Array): { mime: string; extension: string } {
  const image = sniffImageType(head);
  if (image) return image;
  const text = (from: number, length: number) => String.fromCharCode(...head.subarray(from, from + length));
  if (text(0, 5) === '%PDF-') return { mime: 'application/pdf', extension: 'pdf' };
  if (text(4, 4) === 'ftyp') {
    const brand = text(8, 4);
    if (brand === 'M4A ' || brand === 'M4B ') return { mime: 'audio/mp4', extension: 'm4a' };
    if (brand === 'qt  ') return { mime: 'video/quicktime', extension: 'mov' };
    return { mime: 'video/mp4', extension: 'mp4' };
  }
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)
    return text(0, 64).includes('webm')
      ? { mime: 'video/webm', extension: 'webm' }
      : { mime: 'video/x-matroska', extension: 'mkv' };
  if (text(0, 4) === 'OggS') return { mime: 'audio/ogg', extension: 'ogg' };
  if (text(0, 4) === 'fLaC') return { mime: 'audio/flac', extension: 'flac' };
  if (text(0, 4) === 'RIFF' && text(8, 4) === 'WAVE') return { mime: 'audio/wav', extension: 'wav' };
  if (text(0, 4) === 'RIFF' && text(8, 4) === 'AVI ') return { mime: 'video/x-msvideo', extension: 'avi' };
  if (text(0, 3) === 'ID3') return { mime: 'audio/mpeg', extension: 'mp3' };
  // MPEG audio frames start with 11 set bits: ADTS (AAC) has layer 0, MP3 layers 1-3.
  if (head[0] === 0xff && head[1] !== undefined && (head[1] & 0xe0) === 0xe0) {
    if ((head[1] & 0x06) === 0) return { mime: 'audio/aac', extension: 'aac' };
    return { mime: 'audio/mpeg', extension: 'mp3' };
  }
  return { mime: 'application/octet-stream', extension: '' };
}

/**
 * Reads a project file held in memory (the CLI's `validate` of bytes). The app and the CLI
 * open files from disk lazily with `src/node/projectIo.ts` instead. Refuses, with a message a
 * lecturer understands, a file that is not a zip, a zip that is not a course, a damaged
 * `course.json` or lesson, and a file from a newer version. An asset listed in the course but
 * absent from the file is reported in `warnings`, not fatal.
 */
export async function readProject(
  bytes: Uint8Array,
  name: Text = msg('file.this'),
): Promise<ProjectContents & { warnings: string[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw new OerError('not-a-zip', msg('project.notAZip', { name }));
  }
  const entry = zip.file(COURSE_ENTRY);
  if (!entry) {
    throw new OerError('not-a-course', msg('project.noCourseJson', { name }));
  }
  let text: string;
  try {
    text = await entry.async('string');
  } catch {
    throw new OerError('damaged-course', msg('project.entryUnpack', { name, what: msg('part.courseJson') }));
  }
  const { document } = await readProjectDocument(
    text,
    async (entryName) => {
      const file = zip.file(entryName);
      return file ? file.async('string') : null;
    },
    name,
  );
  const assets = new Map<string, Uint8Array>();
  const warnings: string[] = [];
  for (const asset of document.course.assets) {
    const file = zip.file(assetEntryName(asset.hash));
    if (!file) {
      warnings.push(`The file "${asset.name}" is missing from the project.`);
      continue;
    }
    try {
      assets.set(asset.hash, await file.async('uint8array'));
    } catch {
      warnings.push(`The file "${asset.name}" is damaged in the project and could not be read.`);
    }
  }
  return { document, assets, warnings };
}
