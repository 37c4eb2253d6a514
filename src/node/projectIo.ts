/**
 * Project files on disk. Opening reads only the zip's central directory, `course.json` and, in
 * full, each lesson's entry; opened as an outline (`lessons: 'outline'`), a course reads its
 * lessons one at a time when an export needs them. Asset bytes stay in the file and are streamed
 * out, or copied byte for byte, when a package or a save needs them.
 *
 * Saving is atomic (see {@link writeProjectFile}): temp file, read back, flush, backup, rename,
 * flush of the folder. The file on disk is always either the old one or the new one.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';
import type { Entry } from 'yauzl';
import { OerError, isOerError, wrapError } from '../core/errors';
import { englishText, fileText, msg, type Message, type Text } from '../core/messages/message';
import type { AppInfo } from '../core/model/courseDocument';
import type { Course, CourseDocument, Lesson } from '../core/model/types';
import { idSchema } from '../core/model/schema';
import {
  COURSE_ENTRY,
  assetEntryName,
  foundLesson,
  lessonEntryName,
  parseLessonEntry,
  projectEntries,
  readProjectDocument,
  rebuildOutline,
  type AssetOpener,
  type FoundAsset,
  type FoundLesson,
  type ReadDocumentOptions,
  type RebuiltOutline,
} from '../core/project/projectFile';
import type { RawEntry } from '../core/project/rawEntry';
import { fingerprintFile, type FileFingerprint } from './fileFingerprint';
import { DEFAULT_LIMITS, openZip, type RecoveredZip, type ZipArchive } from './zipReader';
import { tempPath, writeZip, type RawZipData, type WriteZipOptions, type WrittenEntry } from './zipWriter';

const inflateRawAsync = promisify(inflateRaw);

/** The largest `course.json` or lesson entry read into memory: far above any real course, far below a zip bomb. */
const MAX_JSON_ENTRY = 64 * 1024 * 1024;

/**
 * The author's own project file that an {@link AssetStore} reads media from, as it was when the
 * store opened it: a recovery copy may leave those media there rather than copy them (see
 * `writeRecovery`).
 */
export interface MediaFile {
  path: string;
  /** The file as it was when opened: media are found there for as long as it still matches. */
  fingerprint: FileFingerprint;
  /** Whether the bytes of `hash` are read from this file. */
  holds(hash: string): boolean;
}

/** Assets read from a project file other than the one a store opened (see {@link AssetStore.link}). */
interface LinkedFile {
  archive: ZipArchive;
  entries: Map<string, Entry>;
  fingerprint: FileFingerprint;
}

/**
 * The asset bytes of an open document: those still in its project file, read lazily, and
 * those added since (held in memory, or streamed from a file on disk) until the next save. It
 * also reads the lessons of a course opened as an outline, and offers every stored entry of
 * the file for copying byte for byte. Recovered work also reads the media that its recovery
 * copy left in the author's project file, from there (see {@link link}).
 */
export class AssetStore {
  private readonly added = new Map<string, Uint8Array>();
  private readonly files = new Map<string, string>();
  private linked: LinkedFile | null = null;
  /**
   * @param fingerprint The file of `archive` as it was when opened, when it is the author's own
   *   project file (see {@link mediaFile}); null for a copy of the app's own or a salvaged file.
   */
  constructor(
    private archive: ZipArchive | null = null,
    private entries = new Map<string, Entry>(),
    private readonly fileName: Text = msg('file.this'),
    private readonly fingerprint: FileFingerprint | null = null,
  ) {}

  /** Whether the bytes of `hash` are available. */
  has(hash: string): boolean {
    return (
      this.added.has(hash) ||
      this.files.has(hash) ||
      this.entries.has(hash) ||
      this.linked?.entries.has(hash) === true
    );
  }

  /** Keeps bytes added to the document. */
  add(hash: string, bytes: Uint8Array): void {
    this.added.set(hash, bytes);
  }

  /** Refers to a file on disk added to the document (a video, say): streamed from there when saved. */
  addFile(hash: string, path: string): void {
    this.files.set(hash, path);
  }

  /** Opens an asset: added bytes as they are, bytes in a project file as a stream. */
  open: AssetOpener = (hash) => {
    const bytes = this.added.get(hash);
    if (bytes) return Promise.resolve(bytes);
    const file = this.files.get(hash);
    if (file) return createReadStream(file) as AsyncIterable<Uint8Array>;
    const stored = this.stored(hash);
    if (!stored)
      return Promise.reject(
        new OerError('missing-asset', msg('project.assetMissing', { hash: hash.slice(0, 12) })),
      );
    const { archive, entry } = stored;
    return (async function* () {
      yield* (await archive.stream(entry)) as AsyncIterable<Uint8Array>;
    })();
  };

  /**
   * The entry of an asset still in a project file, for copying it byte for byte into the next
   * save or a package; null for assets added since, or when there is no file.
   */
  raw(hash: string): RawZipData | null {
    if (this.added.has(hash) || this.files.has(hash)) return null;
    return this.rawEntry(assetEntryName(hash));
  }

  /**
   * Any stored entry of the project file by name (`lessons/l1.json`, `assets/<sha256>`), for
   * copying it byte for byte; null when the file has none (or there is no file). Assets come
   * from the file linked for recovered work too (see {@link link}); lessons only from the file
   * the store opened.
   */
  rawEntry = (name: string): RawEntry | null => {
    let found: { archive: ZipArchive; entry: Entry } | null;
    if (name.startsWith('assets/')) found = this.stored(name.slice('assets/'.length));
    else {
      const entry = this.archive?.entries.get(name);
      found = this.archive && entry ? { archive: this.archive, entry } : null;
    }
    if (!found) return null;
    const { archive, entry } = found;
    return {
      method: entry.compressionMethod,
      crc32: entry.crc32,
      compressedSize: entry.compressedSize,
      size: entry.uncompressedSize,
      open: () => archive.rawStream(entry),
      origin: archive.origin(entry) ?? undefined,
      openStretch: (length) => archive.rawRange(entry.relativeOffsetOfLocalHeader, length),
    };
  };

  /** Where the bytes of an asset are stored: the file the store opened first, then a linked one. */
  private stored(hash: string): { archive: ZipArchive; entry: Entry } | null {
    const entry = this.entries.get(hash);
    if (entry && this.archive) return { archive: this.archive, entry };
    const linked = this.linked?.entries.get(hash);
    if (linked && this.linked) return { archive: this.linked.archive, entry: linked };
    return null;
  }

  /**
   * The author's own project file this store reads media from: the file it opened, when that
   * is the author's, else the file linked for recovered work. Null when there is none (a new,
   * imported or salvaged course, or a closed store).
   */
  mediaFile(): MediaFile | null {
    const { archive, fingerprint, entries, linked } = this;
    if (archive && fingerprint) return { path: archive.path, fingerprint, holds: (h) => entries.has(h) };
    if (linked)
      return {
        path: linked.archive.path,
        fingerprint: linked.fingerprint,
        holds: (h) => linked.entries.has(h),
      };
    return null;
  }

  /**
   * Reads the assets `hashes` that this store lacks from another project file: the author's,
   * where a recovery copy left its media. `fingerprint` is that file as it is now. With
   * `verify` (the file changed since the copy was written, so it may be another course or
   * another version), an asset is taken only when its bytes still hash to its name; that reads
   * each one once. Resolves with the hashes found, or null when the file cannot be opened as a
   * zip. The file is read from until the store is closed, and becomes its {@link mediaFile}.
   */
  async link(
    path: string,
    fingerprint: FileFingerprint,
    hashes: Iterable<string>,
    verify: boolean,
  ): Promise<Set<string> | null> {
    let archive: ZipArchive;
    try {
      archive = await openZip(path);
    } catch {
      return null;
    }
    const entries = new Map<string, Entry>();
    for (const hash of hashes) {
      const entry = archive.entries.get(assetEntryName(hash));
      if (this.has(hash) || !entry) continue;
      if (verify && !(await hashesTo(archive, entry, hash))) continue;
      entries.set(hash, entry);
    }
    if (entries.size === 0) {
      archive.close();
      return new Set();
    }
    this.linked?.archive.close();
    this.linked = { archive, entries, fingerprint };
    return new Set(entries.keys());
  }

  /**
   * Reads a lesson whose content is still in the project file (a course opened as an outline),
   * given its outline: id and (possibly edited) title.
   */
  loadLesson = async (lesson: Pick<Lesson, 'id' | 'title'>): Promise<Lesson> => {
    const archive = this.archive;
    const entry = archive?.entries.get(lessonEntryName(lesson.id));
    if (!archive || !entry) {
      throw new OerError(
        'damaged-course',
        msg('project.lessonTextMissing', { name: this.fileName, id: lesson.id }),
      );
    }
    const text = await readJsonEntry(
      archive,
      entry,
      this.fileName,
      msg('part.lessonText', { title: lesson.id }),
    );
    return parseLessonEntry(lesson, text, this.fileName);
  };

  /** Releases the project file (and a linked one). */
  close(): void {
    this.archive?.close();
    this.archive = null;
    this.entries = new Map();
    this.linked?.archive.close();
    this.linked = null;
  }
}

/** Whether an entry's bytes hash (SHA-256) to `hash`, as an asset's bytes must; false when unreadable. */
async function hashesTo(archive: ZipArchive, entry: Entry, hash: string): Promise<boolean> {
  try {
    const digest = createHash('sha256');
    for await (const chunk of (await archive.stream(entry)) as AsyncIterable<Uint8Array>)
      digest.update(chunk);
    return digest.digest('hex') === hash;
  } catch {
    return false;
  }
}

/** Options of {@link openProjectFile}. */
export interface OpenProjectOptions extends ReadDocumentOptions {
  /**
   * The file is a recovery copy (see `openRecovery`), not the author's project file: its store
   * never offers it as a {@link AssetStore.mediaFile}, and the assets it lacks are not reported,
   * since the copy may have left them in the author's file for the caller to find.
   * @default false
   */
  recoveryCopy?: boolean;
}

/** A project opened from disk. Call `assets.close()` when the document is closed. */
export interface OpenedProjectFile {
  document: CourseDocument;
  assets: AssetStore;
  /** Problems that did not stop opening, in English (the CLI, logs). */
  warnings: string[];
  /** The same problems as messages, to word in the user's language. */
  warningTexts: Text[];
  /** Set when opened with `salvage`: the document may lack what `lost` lists. */
  salvaged?: true;
  /** What salvage could not keep, in words a lecturer understands (also in `warnings`). */
  lost?: string[];
}

/**
 * Opens a `.oercourse` file lazily: assets stay in the file. Every failure is an
 * {@link OerError} a lecturer understands.
 *
 * - `lessons: 'outline'` reads only the outline; lessons are read one at a time through
 *   `assets.loadLesson` (exports, the CLI, the benchmarks). The app reads them all (the default).
 * - `salvage: true` opens what is valid in a damaged file and lists what was lost in `lost`, so
 *   the lecturer can save it under a new name: a damaged lesson is kept but emptied, a damaged
 *   asset record is left out, a missing or corrupt asset is reported. A file cut short (whose
 *   zip directory, at the end, is gone) is read entry by entry from the start, up to the cut
 *   (see {@link openZip}); when its `course.json`, the last entry, was lost with the cut, the
 *   course is rebuilt from the lessons and assets found (see {@link rebuildOutline}). A file
 *   whose course.json is there but unreadable still fails, and so does one cut before any
 *   lesson.
 */
export async function openProjectFile(
  path: string,
  options: OpenProjectOptions = {},
): Promise<OpenedProjectFile> {
  const name = fileText(basename(path));
  // Taken before the file is opened, so that a change made meanwhile still shows as a change.
  // Only the author's own, intact file may later be referred to for its media.
  const fingerprint =
    options.salvage || options.recoveryCopy ? null : await fingerprintFile(path).catch(() => null);
  let archive: ZipArchive;
  try {
    archive = await openZip(path, DEFAULT_LIMITS, { recover: options.salvage === true });
  } catch (e) {
    throw await openError(e, path, name);
  }
  try {
    const entry = archive.entries.get(COURSE_ENTRY);
    const recovery = archive.recovered;
    let readEntry = async (entryName: string) => {
      const lessonEntry = archive.entries.get(entryName);
      return lessonEntry ? readJsonEntry(archive, lessonEntry, name, entryName) : null;
    };
    let text: string;
    const lost: Message[] = [];
    if (entry) {
      text = await readJsonEntry(archive, entry, name, msg('part.courseJson'));
      // The outline is the last entry: whole, so is everything before it.
      if (recovery)
        lost.push(
          recovery.stop === 'damaged'
            ? msg('salvage.outlineRecovered', { cause: recoveryCause(recovery).line })
            : msg('salvage.directoryLost'),
        );
    } else if (recovery) {
      const rebuilt = await rebuildFromEntries(archive, recovery, path, name, options);
      text = rebuilt.courseText;
      lost.push(...rebuilt.lost);
      const texts = rebuilt.texts;
      const fromFile = readEntry;
      readEntry = async (entryName) => {
        const found = texts.get(entryName);
        texts.delete(entryName);
        return found ?? fromFile(entryName);
      };
    } else {
      throw new OerError('not-a-course', msg('project.noCourseJson', { name }));
    }
    const read = await readProjectDocument(text, readEntry, name, options);
    const document = read.document;
    lost.push(...read.lostTexts);
    const entries = new Map<string, Entry>();
    const warnings = [...lost];
    for (const asset of document.course.assets) {
      const assetEntry = archive.entries.get(assetEntryName(asset.hash));
      if (assetEntry) entries.set(asset.hash, assetEntry);
      else if (!options.recoveryCopy) {
        const line = msg('project.assetNotInFile', { name: asset.name });
        warnings.push(line);
        lost.push(line);
      }
    }
    const assets = new AssetStore(archive, entries, name, fingerprint);
    const english = { warnings: warnings.map(englishText), warningTexts: warnings };
    return options.salvage
      ? { document, assets, ...english, salvaged: true, lost: lost.map(englishText) }
      : { document, assets, ...english };
  } catch (e) {
    archive.close();
    throw e;
  }
}

/**
 * Why a file had to be recovered entry by entry: as a sentence's subject and verb (`line`), and
 * as the rest of a sentence about the file (`clause`).
 */
function recoveryCause(recovery: RecoveredZip): { line: Message; clause: Message } {
  return {
    line: msg(`salvage.cause.${recovery.stop}.line`),
    clause: msg(`salvage.cause.${recovery.stop}.clause`),
  };
}

/**
 * The outline of a recovered file whose `course.json` was lost (see {@link rebuildOutline}):
 * each whole lesson entry is read once, for its title, languages and pictures, and its text
 * kept for the lesson's reading that follows (unless only the outline is read); each whole
 * asset entry is typed by its first bytes. Fails when no lesson can be recovered.
 */
async function rebuildFromEntries(
  archive: ZipArchive,
  recovery: RecoveredZip,
  path: string,
  name: Text,
  options: OpenProjectOptions,
): Promise<RebuiltOutline & { texts: Map<string, string> }> {
  const lessons: FoundLesson[] = [];
  const assets: FoundAsset[] = [];
  const texts = new Map<string, string>();
  let unreadableLessons = 0;
  let unreadableAssets = 0;
  for (const [entryName, entry] of archive.entries) {
    const lessonId = /^lessons\/([^/]+)\.json$/.exec(entryName)?.[1];
    const hash = /^assets\/([0-9a-f]{64})$/.exec(entryName)?.[1];
    if (lessonId !== undefined) {
      try {
        if (!idSchema.safeParse(lessonId).success) throw new Error('not a lesson id');
        const text = await readJsonEntry(archive, entry, name, entryName);
        lessons.push(foundLesson(lessonId, text, name));
        if (options.lessons !== 'outline') texts.set(entryName, text);
      } catch {
        unreadableLessons++;
      }
    } else if (hash !== undefined) {
      try {
        assets.push({ hash, size: entry.uncompressedSize, head: await readHead(archive, entry, 1024) });
      } catch {
        unreadableAssets++;
      }
    }
  }
  const cause = recoveryCause(recovery);
  if (lessons.length === 0) {
    throw new OerError(
      'damaged-course',
      msg('salvage.nothingLeft', { name, cause: cause.clause, backup: basename(backupPath(path)) }),
    );
  }
  const stem = basename(path)
    .replace(/\.[^.]*$/, '')
    .trim();
  const rebuilt = rebuildOutline(stem || 'Recovered course', lessons, assets);
  const lost = [msg('salvage.beforeRecovered', { cause: cause.line }), ...rebuilt.lost];
  lost.push(
    msg('salvage.recovered', {
      lessons: msg('salvage.lessons', { count: lessons.length }),
      media: msg('salvage.mediaFiles', { count: assets.length }),
    }),
  );
  if (unreadableLessons) lost.push(msg('salvage.lessonsUnreadable', { count: unreadableLessons }));
  if (unreadableAssets) lost.push(msg('salvage.mediaUnreadable', { count: unreadableAssets }));
  const cut = recovery.cutEntry;
  if (cut?.startsWith('lessons/')) lost.push(msg('salvage.lessonCut'));
  else if (cut !== COURSE_ENTRY && recovery.stop !== 'directory')
    lost.push(msg(recovery.stop === 'cut' ? 'salvage.afterCut' : 'salvage.afterDamage'));
  return { ...rebuilt, lost, texts };
}

/** The first `length` bytes of an entry (fewer when it is shorter), inflated; the rest is not read. */
async function readHead(archive: ZipArchive, entry: Entry, length: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = await archive.stream(entry);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= length) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, length);
}

/**
 * The message of a project file that cannot be opened as a zip at all: one that is not a zip,
 * or one that starts as a zip but was cut short (a full disk, an unfinished copy or download),
 * so its table of contents at the end is gone.
 */
async function openError(e: unknown, path: string, name: Text): Promise<OerError> {
  if (isOerError(e)) return wrapError(e, 'project.notOpened', { name });
  const code = (e as NodeJS.ErrnoException).code;
  if (code) return ioError(e, msg('io.notRead', { name }));
  const head = Buffer.alloc(4);
  const handle = await open(path, 'r').catch(() => null);
  await handle?.read(head, 0, 4, 0).catch(() => undefined);
  await handle?.close().catch(() => undefined);
  if (head.readUInt32LE(0) === 0x04034b50)
    return new OerError(
      'damaged-course',
      msg('project.cutShort', { name, backup: basename(backupPath(path)) }),
    );
  return new OerError('not-a-zip', msg('project.notAZip', { name }));
}

/**
 * Reads a JSON entry (course.json, a lesson) into a string, checking its size and its CRC-32:
 * yauzl checks sizes but not checksums, and a flipped bit in stored text would otherwise pass.
 */
async function readJsonEntry(archive: ZipArchive, entry: Entry, name: Text, what: Text): Promise<string> {
  if (entry.uncompressedSize > MAX_JSON_ENTRY)
    throw new OerError('damaged-course', msg('project.entryTooLarge', { name, what }));
  let bytes: Buffer;
  try {
    bytes = await archive.read(entry);
  } catch {
    throw new OerError('damaged-course', msg('project.entryUnpack', { name, what }));
  }
  if (crc32(bytes) !== entry.crc32)
    throw new OerError('damaged-course', msg('project.entryChecksum', { name, what }));
  return bytes.toString('utf8');
}

/** Where packages keep the project document (see `EMBEDDED_COURSE_PATH`). */
const EMBEDDED_PREFIX = 'oer-studio/';

/**
 * Reads the course document that OER Studio embeds in every package it exports
 * (`oer-studio/course.json`, and from format version 2 `oer-studio/lessons/<id>.json`), so an
 * importer can reopen our own packages exactly. Returns null when the package has no embedded
 * course (another tool made it). Fails with an {@link OerError} when the embedded course is
 * damaged or from a newer version.
 */
export async function readEmbeddedProject(
  zip: ZipArchive,
  name: Text = msg('file.thisPackage'),
): Promise<CourseDocument | null> {
  const entry = zip.entries.get(EMBEDDED_PREFIX + COURSE_ENTRY);
  if (!entry) return null;
  const text = await readJsonEntry(zip, entry, name, msg('part.embeddedCourseJson'));
  const { document } = await readProjectDocument(
    text,
    async (entryName) => {
      const lesson = zip.entries.get(EMBEDDED_PREFIX + entryName);
      return lesson ? readJsonEntry(zip, lesson, name, entryName) : null;
    },
    name,
  );
  return document;
}

/**
 * Removes temp files that a killed save left beside `path` (`.<name>.<random>.part`), once they
 * are older than `minAgeMs` so a save running in another window is left alone. The app calls
 * it at start for the folders of recent files, and every save calls it for its own file.
 */
export async function sweepOrphanTemps(path: string, minAgeMs = 60_000): Promise<string[]> {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  const removed: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !/\.[0-9a-f]{12}\.(part|tmp)$/.test(name)) continue;
    const full = join(folder, name);
    const info = await stat(full).catch(() => null);
    if (info && Date.now() - info.mtimeMs >= minAgeMs) {
      await unlink(full).catch(() => undefined);
      removed.push(name);
    }
  }
  return removed;
}

/** The backup of the previous version that a save keeps beside a project file. */
export function backupPath(path: string): string {
  return `${path}.bak`;
}

/** Options of {@link writeProjectFile}. */
export interface WriteProjectOptions extends WriteZipOptions {
  /**
   * Keep the previous version of the file as `<name>.oercourse.bak` beside it (one only,
   * replaced by each save). @default true
   */
  backup?: boolean;
  /**
   * Assets to leave out, by hash (see `ProjectEntriesOptions.omitAsset`): only for a recovery
   * copy, which finds them in the author's file. @default none
   */
  omitAsset?: (hash: string) => boolean;
}

/**
 * Writes a project file atomically:
 *
 * 1. write a temp file (`.<name>.<random>.part`) in the same folder;
 * 2. read it back and check it: its central directory must list exactly the entries written,
 *    with their sizes and CRC-32s, and `course.json` and every entry compressed by this save
 *    must unpack to their checksums and parse (entries copied byte for byte from the open file
 *    are checked by their byte count and the central directory, not read again);
 * 3. flush it to disk;
 * 4. keep the previous file as `<name>.oercourse.bak` (a hard link: no copy, no space; a copy on
 *    file systems without links), replacing the previous backup, so backups never accumulate;
 * 5. rename the temp file over the target;
 * 6. flush the folder, so the rename itself survives a power cut.
 *
 * Assets and unchanged lessons still in the open project file are copied byte for byte (no
 * inflating, no compressing again), so saving a small edit to a course with a gigabyte of video
 * costs about a file copy; added assets stream from where they are. If anything fails (a
 * read-only folder, a full disk, a vanished path), the file on disk stays as it was, `course`
 * and `assets` are untouched, and the error is an {@link OerError} that says what to do.
 */
export async function writeProjectFile(
  path: string,
  course: Course,
  assets: AssetStore,
  app: AppInfo,
  options: WriteProjectOptions = {},
): Promise<void> {
  const { backup = true, omitAsset, ...zipOptions } = options;
  const name = basename(path);
  await sweepOrphanTemps(path);
  let superseded: string | undefined;
  try {
    const entries = projectEntries(course, app, assets.open, assets.rawEntry, { omitAsset });
    await writeZip(path, entries, {
      ...zipOptions,
      check: (temp, written) => checkWrittenProject(temp, written),
      beforeRename: backup
        ? async () => {
            superseded = await keepBackup(path);
          }
        : undefined,
    });
  } catch (e) {
    if (isOerError(e)) throw e;
    throw ioError(e, msg('io.notSaved', { name: fileText(name) }));
  } finally {
    // Freeing a large file's blocks takes a while on some disks (a 1 GB file took 0.3 s here):
    // the save does not wait for it. A deletion cut short is swept at the next save.
    if (superseded) void unlink(superseded).catch(() => undefined);
  }
}

/**
 * Step 2 of a save: the temp file reads back as exactly what was written. It reads the end
 * record and the whole central directory in two reads and compares every entry's name, method,
 * sizes and CRC-32 with what was written; then `course.json` and each entry compressed by this
 * save are read at their offsets, inflated, checksummed and (JSON) parsed. Entries copied byte
 * for byte are covered by the directory and by the exact byte counts of the copy. No zip
 * library: yauzl reads the directory one entry at a time, and on a busy machine those thousands
 * of small reads took seconds.
 */
async function checkWrittenProject(temp: string, written: WrittenEntry[]): Promise<void> {
  // `why` is a technical detail (an entry's path, a count), shown as it is in every language.
  const fail = (why: string) => new OerError('io', msg('project.writeCheckFailed', { why }));
  const file = await open(temp, 'r');
  try {
    const readAt = async (at: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, at);
      if (bytesRead !== length) throw fail('the file is shorter than written');
      return buffer;
    };
    const { size } = await file.stat();
    const end = await readAt(size - 22, 22);
    if (end.readUInt32LE(0) !== 0x06054b50) throw fail('no end record');
    const count = end.readUInt16LE(10);
    const directory = await readAt(end.readUInt32LE(16), end.readUInt32LE(12));
    if (count !== written.length) throw fail(`${count} entries instead of ${written.length}`);
    let at = 0;
    for (const w of written) {
      if (directory.readUInt32LE(at) !== 0x02014b50) throw fail(`the directory breaks at ${w.path}`);
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      const method = directory.readUInt16LE(at + 10);
      const crc = directory.readUInt32LE(at + 16);
      const compressed = directory.readUInt32LE(at + 20);
      const offset = directory.readUInt32LE(at + 42);
      if (
        name !== w.path ||
        method !== w.method ||
        crc !== w.crc32 ||
        compressed !== w.compressedSize ||
        directory.readUInt32LE(at + 24) !== w.size
      )
        throw fail(`${w.path} differs`);
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      if (!(w.fresh || w.path === COURSE_ENTRY) || w.size > MAX_JSON_ENTRY) continue;
      const header = await readAt(offset, 30 + nameLength);
      if (header.readUInt32LE(0) !== 0x04034b50 || header.toString('utf8', 30) !== w.path)
        throw fail(`no local header for ${w.path}`);
      const stored = await readAt(offset + 30 + nameLength + header.readUInt16LE(28), compressed);
      let bytes: Buffer;
      try {
        bytes = method === 8 ? await inflateRawAsync(stored) : stored;
      } catch {
        throw fail(`${w.path} does not unpack`);
      }
      if (crc32(bytes) !== w.crc32) throw fail(`${w.path} does not match its checksum`);
      if (w.path.endsWith('.json')) {
        try {
          JSON.parse(bytes.toString('utf8'));
        } catch {
          throw fail(`${w.path} is not valid JSON`);
        }
      }
    }
  } finally {
    await file.close();
  }
}

/**
 * Step 4 of a save: the file about to be replaced becomes the one backup. The backup it replaces
 * is renamed aside (a temp name that {@link sweepOrphanTemps} knows) for the caller to delete;
 * resolves with that name, if there was one.
 */
async function keepBackup(path: string): Promise<string | undefined> {
  const bak = backupPath(path);
  let aside: string | undefined = tempPath(path, 'tmp');
  await rename(bak, aside).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    aside = undefined;
  });
  try {
    await link(path, bak);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return aside; // the first save: nothing to keep
    // FAT and exFAT (USB sticks) and some network shares have no hard links: copy instead.
    await copyFile(path, bak);
  }
  return aside;
}

/**
 * Writes bytes to `path` so that the file on disk is either the old one or the new one, never
 * a mix: write a temp file in the same folder, flush it to disk, then rename it over the target.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPath(path, 'tmp');
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw ioError(e, msg('io.notSaved', { name: fileText(basename(path)) }));
  }
}

/** Turns a Node file-system error into a message that says what happened and what to do. */
export function ioError(e: unknown, what: Message): OerError {
  if (isOerError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  // The OS's own text (already in the system's language) is shown as it is for other codes.
  const reason: Text =
    code && IO_REASONS.has(code)
      ? msg(`io.reason.${code as IoReason}`)
      : ((e as Error)?.message ?? String(e));
  return new OerError('io', msg('io.failed', { what, reason }));
}

/** The file-system error codes that have a message of their own. */
type IoReason = 'ENOENT' | 'EACCES' | 'EPERM' | 'EROFS' | 'ENOSPC' | 'EDQUOT' | 'EISDIR' | 'EIO';
const IO_REASONS: ReadonlySet<string> = new Set<IoReason>([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EISDIR',
  'EIO',
]);
