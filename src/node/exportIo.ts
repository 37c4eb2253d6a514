import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { isOerError } from '../core/errors';
import { buildPackage, type ExportInput, type ExportOptions, type PackageEntry } from '../core/export';
import { ioError } from './projectIo';
import { writeZip, type WriteZipOptions } from './zipWriter';

/** A package written to disk. */
export interface WrittenPackage {
  bytes: number;
  warnings: string[];
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
    return { bytes: await writeZip(path, built.entries, zipOptions), warnings: built.warnings };
  } catch (e) {
    if (isOerError(e)) throw e;
    throw ioError(e, `"${basename(path)}" could not be written`);
  }
}

/**
 * Writes a package's entries as files under `dir` (the offline website as a folder). Entry
 * paths come from our own exporters, but are checked anyway: nothing is written outside `dir`.
 */
export async function writePackageFolder(
  dir: string,
  input: ExportInput,
  formatId: string,
  options: ExportOptions = {},
): Promise<WrittenPackage> {
  const built = await buildPackage(input, formatId, options);
  const root = resolve(dir);
  let bytes = 0;
  try {
    for (const entry of built.entries) {
      const target = resolve(root, entry.path);
      if (!target.startsWith(root + sep)) throw new Error(`unsafe entry path ${entry.path}`);
      await mkdir(dirname(target), { recursive: true });
      const data = await collectBytes(entry.data);
      await writeFile(target, data);
      bytes += data.length;
    }
  } catch (e) {
    if (isOerError(e)) throw e;
    throw ioError(e, `"${basename(dir)}" could not be written`);
  }
  return { bytes, warnings: built.warnings };
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
