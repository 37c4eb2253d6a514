/**
 * The one entry point for imports: looks at what a file holds (never at its extension alone)
 * and hands it to the importer that knows it. Every zip, a .docx included, is opened by our zip
 * reader, which refuses unsafe names, links and bombs before anything is read.
 */
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { OerError, isOerError, wrapError } from '../../core/errors';
import { englishText, fileText, msg } from '../../core/messages/message';
import { EMBEDDED_COURSE_PATH } from '../../core/export/webContent';
import { newId } from '../../core/model/ids';
import { ioError } from '../projectIo';
import { openZip, type ZipArchive } from '../zipReader';
import { readOwnPackage } from './importOwnPackage';
import { ImportRun } from './importRun';
import type { ImportOptions, ImportedCourse } from './types';

/** What can be imported, for refusals. */
const importable = msg('import.importable');

/** What a zip is, from its entries. */
type ZipContent =
  | { kind: 'own' }
  | { kind: 'manifest'; base: string }
  | { kind: 'docx' }
  | { kind: 'project' }
  | { kind: 'office' }
  | { kind: 'unknown' };

function detect(zip: ZipArchive): ZipContent {
  if (zip.entries.has(EMBEDDED_COURSE_PATH)) return { kind: 'own' };
  if (zip.entries.has('imsmanifest.xml')) return { kind: 'manifest', base: '' };
  const names = [...zip.entries.keys()];
  if (names.some((n) => n.startsWith('word/'))) return { kind: 'docx' };
  if (zip.entries.has('[Content_Types].xml')) return { kind: 'office' };
  if (zip.entries.has('course.json')) return { kind: 'project' };
  // A package zipped together with its folder: the manifest is one level down.
  const nested = names.filter((n) => /^[^/]+\/imsmanifest\.xml$/.test(n));
  if (nested.length === 1) return { kind: 'manifest', base: nested[0]!.slice(0, -'imsmanifest.xml'.length) };
  return { kind: 'unknown' };
}

/** The first bytes of a file, to tell a zip from other files. */
async function head(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Imports a file as a new course: an OER Studio package (exactly), an IMS Common Cartridge,
 * SCORM 1.2 or 2004 package, or a Word .docx (best effort, with a report of what was left out).
 * Refuses, with an {@link OerError} that says what can be imported, anything else, and unsafe
 * zips. Cancelling through `options.signal` rejects with the signal's reason.
 */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportedCourse> {
  const name = fileText(basename(path));
  const run = new ImportRun(options);
  const ids = options.ids ?? newId;
  run.check();
  run.plan(0); // nothing counted yet, but the import has begun: the window shows its progress
  let first: Buffer;
  try {
    first = await head(path);
  } catch (e) {
    throw ioError(e, msg('io.notRead', { name }));
  }
  run.check(); // reading a file on a slow or network disk may take long: a cancel stops here
  if (first.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new OerError('unknown-format', msg('import.oldOffice', { name, importable }));
  }
  if (!first.subarray(0, 2).equals(Buffer.from('PK'))) {
    throw new OerError('unknown-format', msg('import.notPackage', { name, importable }));
  }
  const zip = await openZip(path).catch((e: unknown) => {
    if (isOerError(e)) throw wrapError(e, 'import.notImported', { name });
    throw new OerError('not-a-zip', msg('import.badZip', { name, importable }));
  });
  try {
    const content = detect(zip);
    const stem = basename(path, extname(path));
    switch (content.kind) {
      case 'own': {
        run.plan(1);
        const imported = await readOwnPackage(zip, name, run);
        run.finish();
        return imported;
      }
      // jsdom, DOMPurify and mammoth load only for an import of their kind: loading them with
      // this module would slow down every start of the app and of the CLI.
      case 'manifest': {
        const { importManifestPackage } = await import('./importManifestPackage');
        return await importManifestPackage(zip, content.base, stem, run, ids);
      }
      case 'docx': {
        const { importDocx } = await import('./importDocx');
        return await importDocx(zip, stem, run, ids);
      }
      case 'project':
        throw new OerError('unknown-format', msg('import.isProject', { name }));
      case 'office':
        throw new OerError('unknown-format', msg('import.otherOffice', { name, importable }));
      default:
        throw new OerError('unknown-format', msg('import.unknownZip', { name, importable }));
    }
  } catch (e) {
    // An error that already names the file stands as it is.
    if (isOerError(e) && !e.message.startsWith(englishText(name)))
      throw wrapError(e, 'import.notImported', { name });
    throw e;
  } finally {
    zip.close();
  }
}
