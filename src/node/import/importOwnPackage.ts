/**
 * Reopens packages that OER Studio exported: every format embeds the course document
 * (`oer-studio/course.json`), and each asset's bytes are the package's media file named by its
 * hash, so the course comes back exactly: both languages, metadata, ids and assets.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { OerError, isOerError } from '../../core/errors';
import { EMBEDDED_COURSE_PATH, assetHref } from '../../core/export/webContent';
import { AssetStore, readEmbeddedProject } from '../projectIo';
import { openZip, type ZipArchive } from '../zipReader';
import { ImportRun } from './importRun';
import type { ImportedCourse } from './types';

/** Imports a package exported by OER Studio (SCORM 1.2/2004, Common Cartridge, website zip). */
export async function importOwnPackage(path: string): Promise<ImportedCourse> {
  const name = `"${basename(path)}"`;
  const zip = await openZip(path).catch((e: unknown) => {
    if (isOerError(e)) throw new OerError(e.code, `${name} was not imported. ${e.message}`);
    throw new OerError('not-a-zip', `${name} is not a zip package, so it cannot be imported.`);
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
  name: string,
  run = new ImportRun({}),
): Promise<ImportedCourse> {
  // The embedded course is the project's own layout (course.json and, from format version 2,
  // one entry per lesson), read by the same reader as project files.
  const document = await readEmbeddedProject(zip, name);
  if (!document) {
    throw new OerError(
      'not-a-course',
      `${name} was not made by OER Studio (it has no ${EMBEDDED_COURSE_PATH}), so it cannot be reopened as a course.`,
    );
  }
  const assets = new AssetStore();
  const report: string[] = [];
  // The course document was one step; each file of the course is one more.
  run.plan(document.course.assets.length);
  run.step();
  for (const asset of document.course.assets) {
    run.step();
    if (assets.has(asset.hash)) continue;
    const href = assetHref(asset.hash, asset.name);
    const entry = zip.entries.get(href) ?? zip.entries.get(`web_resources/${href}`);
    if (!entry) {
      report.push(`The file "${asset.name}" is not in the package.`);
      continue;
    }
    const bytes = await zip.read(entry);
    if (createHash('sha256').update(bytes).digest('hex') !== asset.hash) {
      report.push(`The file "${asset.name}" in the package is not the one the course used; it was left out.`);
      continue;
    }
    assets.add(asset.hash, bytes);
  }
  return { course: document.course, assets, report, kind: 'oer-studio' };
}
