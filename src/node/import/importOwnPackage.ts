/**
 * Reopens packages that OER Studio exported: every format embeds the course document
 * (`oer-studio/course.json`), and each asset's bytes are the package's media file named by its
 * hash, so the course comes back exactly: both languages, metadata, ids and assets.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { OerError, isOerError, wrapError } from '../../core/errors';
import { englishText, fileText, msg, type Message, type Text } from '../../core/messages/message';
import { EMBEDDED_COURSE_PATH, assetHref } from '../../core/export/webContent';
import { AssetStore, readEmbeddedProject } from '../projectIo';
import { openZip, type ZipArchive } from '../zipReader';
import { ImportRun } from './importRun';
import type { ImportedCourse } from './types';

/** Imports a package exported by OER Studio (SCORM 1.2/2004, Common Cartridge, website zip). */
export async function importOwnPackage(path: string): Promise<ImportedCourse> {
  const name = fileText(basename(path));
  const zip = await openZip(path).catch((e: unknown) => {
    if (isOerError(e)) throw wrapError(e, 'import.notImported', { name });
    throw new OerError('not-a-zip', msg('import.notZipPackage', { name }));
  });
  try {
    return await readOwnPackage(zip, name);
  } finally {
    zip.close();
  }
}

/**
 * Reads the course embedded in an open package; `name` (quoted) names the file in messages.
 * The caller closes the zip.
 */
export async function readOwnPackage(
  zip: ZipArchive,
  name: Text,
  run = new ImportRun({}),
): Promise<ImportedCourse> {
  // The embedded course is the project's own layout (course.json and, from format version 2,
  // one entry per lesson), read by the same reader as project files.
  const document = await readEmbeddedProject(zip, name);
  if (!document) {
    throw new OerError('not-a-course', msg('import.notOwnPackage', { name, path: EMBEDDED_COURSE_PATH }));
  }
  const assets = new AssetStore();
  const report: Message[] = [];
  // The course document was one step; each file of the course is one more.
  run.plan(document.course.assets.length);
  run.step();
  for (const asset of document.course.assets) {
    run.step();
    if (assets.has(asset.hash)) continue;
    const href = assetHref(asset.hash, asset.name);
    const entry = zip.entries.get(href) ?? zip.entries.get(`web_resources/${href}`);
    if (!entry) {
      report.push(msg('report.assetNotInPackage', { name: asset.name }));
      continue;
    }
    const bytes = await zip.read(entry);
    if (createHash('sha256').update(bytes).digest('hex') !== asset.hash) {
      report.push(msg('report.assetReplaced', { name: asset.name }));
      continue;
    }
    assets.add(asset.hash, bytes);
  }
  return {
    course: document.course,
    assets,
    report: report.map(englishText),
    reportTexts: report,
    kind: 'oer-studio',
  };
}
