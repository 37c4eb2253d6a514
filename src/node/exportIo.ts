import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { basename, dirname, resolve, sep } from 'node:path';
import { OerError, isOerError } from '../core/errors';
import { fileText, msg, type Message } from '../core/messages/message';
import { buildPackage, type ExportInput, type ExportOptions, type PackageEntry } from '../core/export';
import type { AppInfo } from '../core/model/courseDocument';
import { ioError, type OpenedProjectFile } from './projectIo';
import { tempPath, writeZip, type WriteZipOptions } from './zipWriter';

/** A package written to disk. */
/**
 * The export input of a project opened from disk: each lesson read when its pages are written,
 * lesson and media entries copied from the project as stored. The CLI and the benchmarks
 * export this way.
 */
export function projectExportInput(
  project: OpenedProjectFile,
  player: ExportInput['player'],
  app: AppInfo,
): ExportInput {
  return {
    course: project.document.course,
    openAsset: project.assets.open,
    loadLesson: project.assets.loadLesson,
    rawEntry: project.assets.rawEntry,
    player,
    app,
  };
}

/** A package written to disk: its size, and the exporter's warnings (see `BuiltPackage`). */
export interface WrittenPackage {
  bytes: number;
  warnings: string[];
  warningTexts: Message[];
}

/**
 * Builds a package and streams it to `path`. A failure or a cancel (through `signal`) leaves
 * no partial file at `path`, and an older file there untouched.
 */
export async function writePackageFile(
  path: string,
  input: ExportInput,
  formatId: string,
  options: ExportOptions = {},
  zipOptions: WriteZipOptions = {},
): Promise<WrittenPackage> {
  const built = await buildPackage(input, formatId, options);
  try {
    return {
      bytes: await writeZip(path, built.entries, { durable: false, ...zipOptions }),
      warnings: built.warnings,
      warningTexts: built.warningTexts,
    };
  } catch (e) {
    if (isOerError(e)) throw e;
    throw ioError(e, msg('io.notWritten', { name: fileText(basename(path)) }));
  }
}

/**
 * Writes a package's entries as files in a new folder `dir` (the offline website as a folder).
 * The files go to a temp folder beside it that is renamed at the end, so a failure or a cancel
 * leaves nothing at `dir`. Entry paths come from our own exporters and are checked anyway:
 * nothing is written outside the folder.
 */
export async function writePackageFolder(
  dir: string,
  input: ExportInput,
  formatId: string,
  options: ExportOptions = {},
  { signal, onProgress }: WriteZipOptions = {},
): Promise<WrittenPackage> {
  const built = await buildPackage(input, formatId, options);
  const target = resolve(dir);
  const temp = tempPath(target, 'part');
  let bytes = 0;
  try {
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    ) {
      throw new OerError('io', msg('export.folderExists', { name: basename(target) }));
    }
    for (const [index, entry] of built.entries.entries()) {
      if (signal?.aborted) throw new OerError('export-failed', msg('export.cancelled'));
      const file = resolve(temp, entry.path);
      if (!file.startsWith(temp + sep)) throw new Error(`unsafe entry path ${entry.path}`);
      await mkdir(dirname(file), { recursive: true });
      if (entry.raw) {
        // Copied from the project file as stored: inflate it if it was deflated there.
        // Copied, because raw chunks are lent only until the next one is read.
        const stored = Readable.from(copies(await entry.raw.open()));
        if (entry.raw.method === 8) await pipeline(stored, createInflateRaw(), createWriteStream(file));
        else await pipeline(stored, createWriteStream(file));
        bytes += entry.raw.size;
      } else {
        const data = await collectBytes(entry.data);
        await writeFile(file, data);
        bytes += data.length;
      }
      onProgress?.({ entriesDone: index + 1, entriesTotal: built.entries.length, bytesIn: bytes });
    }
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    if (isOerError(e)) throw e;
    throw ioError(e, msg('io.notWritten', { name: fileText(basename(dir)) }));
  }
  return { bytes, warnings: built.warnings, warningTexts: built.warningTexts };
}

async function* copies(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) yield Buffer.from(chunk);
}

async function collectBytes(data: PackageEntry['data']): Promise<Uint8Array> {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array) return data;
  const produced = data();
  if (produced instanceof Promise) return produced;
  const chunks: Uint8Array[] = [];
  for await (const chunk of produced) chunks.push(chunk);
  return Buffer.concat(chunks);
}
