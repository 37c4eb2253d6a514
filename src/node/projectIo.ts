/**
 * Project files on disk. Opening reads only the zip's central directory and `course.json`;
 * asset bytes stay in the file and are streamed out when a package or a save needs them.
 * Saving writes a temp file beside the target and renames it over, so the file on disk is
 * always either the old one or the new one.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Entry } from 'yauzl';
import { OerError, isOerError } from '../core/errors';
import type { AppInfo } from '../core/model/courseDocument';
import type { Course, CourseDocument } from '../core/model/types';
import {
  assetEntryName,
  parseProjectJson,
  projectEntries,
  type AssetOpener,
} from '../core/project/projectFile';
import { openZip, type ZipArchive } from './zipReader';
import { writeZip, type RawZipData, type WriteZipOptions, type ZipEntry } from './zipWriter';

/** The largest `course.json` read into memory: far above any real course, far below a zip bomb. */
const MAX_COURSE_JSON = 64 * 1024 * 1024;

/**
 * The asset bytes of an open document: those still in its project file, read lazily, and
 * those added since, held in memory until the next save.
 */
export class AssetStore {
  private readonly added = new Map<string, Uint8Array>();
  private readonly files = new Map<string, string>();
  constructor(
    private archive: ZipArchive | null = null,
    private entries = new Map<string, Entry>(),
  ) {}

  /** Whether the bytes of `hash` are available. */
  has(hash: string): boolean {
    return this.added.has(hash) || this.files.has(hash) || this.entries.has(hash);
  }

  /** Keeps bytes added to the document. */
  add(hash: string, bytes: Uint8Array): void {
    this.added.set(hash, bytes);
  }

  /** Refers to a file on disk added to the document (a video, say): streamed from there when saved. */
  addFile(hash: string, path: string): void {
    this.files.set(hash, path);
  }

  /** Opens an asset: added bytes as they are, bytes in the project file as a stream. */
  open: AssetOpener = (hash) => {
    const bytes = this.added.get(hash);
    if (bytes) return Promise.resolve(bytes);
    const file = this.files.get(hash);
    if (file) return createReadStream(file) as AsyncIterable<Uint8Array>;
    const entry = this.entries.get(hash);
    if (!entry || !this.archive)
      return Promise.reject(
        new OerError('missing-asset', `An asset of the course is missing (${hash.slice(0, 12)}…).`),
      );
    const archive = this.archive;
    return (async function* () {
      yield* (await archive.stream(entry)) as AsyncIterable<Uint8Array>;
    })();
  };

  /**
   * The entry of an asset still in the project file, for copying it byte for byte into the next
   * save; null for assets added since, or when there is no file.
   */
  raw(hash: string): RawZipData | null {
    const entry = this.entries.get(hash);
    const archive = this.archive;
    if (!entry || !archive) return null;
    return {
      method: entry.compressionMethod,
      crc32: entry.crc32,
      compressedSize: entry.compressedSize,
      size: entry.uncompressedSize,
      open: async () => (await archive.rawStream(entry)) as AsyncIterable<Uint8Array>,
    };
  }

  /** Releases the project file. */
  close(): void {
    this.archive?.close();
    this.archive = null;
    this.entries = new Map();
  }
}

/** A project opened from disk. Call `assets.close()` when the document is closed. */
export interface OpenedProjectFile {
  document: CourseDocument;
  assets: AssetStore;
  warnings: string[];
}

/** Opens a `.oercourse` file lazily. Every failure is an {@link OerError} a lecturer understands. */
export async function openProjectFile(path: string): Promise<OpenedProjectFile> {
  const name = `"${basename(path)}"`;
  let archive: ZipArchive;
  try {
    archive = await openZip(path);
  } catch (e) {
    if (isOerError(e)) throw new OerError(e.code, `${name} was not opened. ${e.message}`, e.details);
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw ioError(e, `${name} could not be read`);
    throw new OerError(
      'not-a-zip',
      `${name} is not an OER Studio course: it is not a zip archive. Open a .oercourse file, or use Import for other formats.`,
    );
  }
  try {
    const entry = archive.entries.get('course.json');
    if (!entry)
      throw new OerError(
        'not-a-course',
        `${name} is a zip archive but not an OER Studio course: it has no course.json.`,
      );
    if (entry.uncompressedSize > MAX_COURSE_JSON)
      throw new OerError('damaged-course', `${name} is damaged: its course.json is implausibly large.`);
    let text: string;
    try {
      text = (await archive.read(entry)).toString('utf8');
    } catch {
      throw new OerError('damaged-course', `${name} is damaged: its course.json cannot be unpacked.`);
    }
    const document = parseProjectJson(text, name);
    const entries = new Map<string, Entry>();
    const warnings: string[] = [];
    for (const asset of document.course.assets) {
      const assetEntry = archive.entries.get(assetEntryName(asset.hash));
      if (assetEntry) entries.set(asset.hash, assetEntry);
      else warnings.push(`The file "${asset.name}" is missing from the project.`);
    }
    return { document, assets: new AssetStore(archive, entries), warnings };
  } catch (e) {
    archive.close();
    throw e;
  }
}

/**
 * Removes temp files that a killed save left beside `path` (`.<name>.<random>.part`), once they
 * are older than `minAgeMs` so a save running in another window is left alone.
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

/**
 * Writes a project file atomically. Assets still in the open project file are copied byte for
 * byte (no inflating, no compressing again), so saving a small edit to a course with a
 * gigabyte of video costs about a file copy; added assets stream from where they are. If
 * anything fails, the file on disk stays as it was.
 */
export async function writeProjectFile(
  path: string,
  course: Course,
  assets: AssetStore,
  app: AppInfo,
  options: WriteZipOptions = {},
): Promise<void> {
  const prefix = assetEntryName('');
  const entries: ZipEntry[] = projectEntries(course, app, assets.open).map((entry) => {
    const raw = entry.path.startsWith(prefix) ? assets.raw(entry.path.slice(prefix.length)) : null;
    return raw ? { ...entry, raw } : entry;
  });
  await sweepOrphanTemps(path);
  try {
    await writeZip(path, entries, options);
  } catch (e) {
    if (isOerError(e)) throw e;
    throw ioError(e, `"${basename(path)}" could not be saved`);
  }
}

/**
 * Writes bytes to `path` so that the file on disk is either the old one or the new one, never
 * a mix: write a temp file in the same folder, flush it to disk, then rename it over the target.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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
    throw ioError(e, `"${basename(path)}" could not be saved`);
  }
}

/** Turns a Node file-system error into a message that says what happened and what to do. */
export function ioError(e: unknown, what: string): OerError {
  if (isOerError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const reason: Record<string, string> = {
    ENOENT: 'the file or its folder does not exist',
    EACCES: 'permission denied: choose another folder',
    EPERM: 'permission denied: choose another folder',
    EROFS: 'the disk is read-only: choose another folder',
    ENOSPC: 'the disk is full: free some space or choose another disk',
    EISDIR: 'that is a folder, not a file',
  };
  return new OerError('io', `${what}: ${(code && reason[code]) || (e as Error).message}.`);
}
