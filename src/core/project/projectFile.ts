import JSZip from 'jszip';
import { OerError } from '../errors';
import type { PackageEntry } from '../export/types';
import { parseCourseDocument, toCourseDocument, type AppInfo } from '../model/courseDocument';
import type { Course, CourseDocument } from '../model/types';
import { shouldDeflate } from './compression';

/**
 * The `.oercourse` project file: one zip that holds everything a course needs.
 *
 *   mimetype        "application/vnd.oer-studio.course+zip", stored, first (as in EPUB and ODF)
 *   course.json     the versioned course document
 *   assets/<sha256> each asset's bytes, named by content hash, so equal files are stored once
 *
 * See docs/file-format.md.
 */
export const PROJECT_MIMETYPE = 'application/vnd.oer-studio.course+zip';
/** The file extension of project files, without the dot. */
export const PROJECT_EXTENSION = 'oercourse';

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

/**
 * The entries of a project file, in order: `mimetype` (stored, first), `course.json`, then each
 * asset once by hash, read lazily through `openAsset` when the file is written.
 */
export function projectEntries(course: Course, app: AppInfo, openAsset: AssetOpener): PackageEntry[] {
  const entries: PackageEntry[] = [
    { path: 'mimetype', data: PROJECT_MIMETYPE, deflate: false },
    { path: 'course.json', data: JSON.stringify(toCourseDocument(course, app), null, 1), deflate: true },
  ];
  const written = new Set<string>();
  for (const asset of course.assets) {
    if (written.has(asset.hash)) continue;
    written.add(asset.hash);
    entries.push({
      path: assetEntryName(asset.hash),
      data: assetData(openAsset, asset),
      deflate: shouldDeflate(asset.mime),
    });
  }
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
      throw new OerError('missing-asset', `The file "${asset.name}" used in the course could not be read.`);
    }
  };
}

/**
 * Parses the text of `course.json`: JSON, then the course document with migrations. Every
 * failure is an {@link OerError} that names the file.
 */
export function parseProjectJson(text: string, name = 'This file'): CourseDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new OerError(
      'damaged-course',
      `${name} is damaged: its course.json is not valid JSON (${(e as Error).message}).`,
    );
  }
  return parseCourseDocument(json, name);
}

/**
 * Reads a project file held in memory (the CLI's `validate` of bytes). The app and the CLI
 * open files from disk lazily with `src/node/projectIo.ts` instead. Refuses, with a message a lecturer understands, a file that is not a
 * zip, a zip that is not a course, a damaged `course.json` and a file from a newer version.
 * An asset listed in the course but absent from the file is reported in `warnings`, not fatal.
 */
export async function readProject(
  bytes: Uint8Array,
  name = 'This file',
): Promise<ProjectContents & { warnings: string[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw new OerError(
      'not-a-zip',
      `${name} is not an OER Studio course: it is not a zip archive. Open a .oercourse file, or use Import for other formats.`,
    );
  }
  const entry = zip.file('course.json');
  if (!entry) {
    throw new OerError(
      'not-a-course',
      `${name} is a zip archive but not an OER Studio course: it has no course.json.`,
    );
  }
  let text: string;
  try {
    text = await entry.async('string');
  } catch {
    throw new OerError('damaged-course', `${name} is damaged: its course.json cannot be unpacked.`);
  }
  const document = parseProjectJson(text, name);
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
