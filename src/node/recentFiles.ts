/**
 * The recently opened courses, newest first, kept as a small JSON file in the app's data
 * folder and shown in File › Open Recent and on the start screen.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { sweepOrphanTemps, writeFileAtomic } from './projectIo';

/** How many files the list keeps. */
export const MAX_RECENT_FILES = 10;

/** A recently opened course. */
export interface RecentFile {
  filePath: string;
  fileName: string;
}

/**
 * Writes go one after another per list file: two windows saving at once must not lose each
 * other's entry by reading, then writing, over each other.
 */
const pending = new Map<string, Promise<unknown>>();

function serial<T>(listFile: string, fn: () => Promise<T>): Promise<T> {
  const run = (pending.get(listFile) ?? Promise.resolve()).then(fn, fn);
  pending.set(
    listFile,
    run.catch(() => undefined),
  );
  return run;
}

/** The paths in the list file as stored; a missing or garbled list is an empty one. */
async function readPaths(listFile: string): Promise<string[]> {
  try {
    const raw: unknown = JSON.parse(await readFile(listFile, 'utf8'));
    const files = (raw as { files?: unknown } | null)?.files;
    if (!Array.isArray(files)) return [];
    return [...new Set(files.filter((f): f is string => typeof f === 'string' && f.length > 0))].slice(
      0,
      MAX_RECENT_FILES,
    );
  } catch {
    return [];
  }
}

async function writePaths(listFile: string, paths: string[]): Promise<void> {
  await mkdir(dirname(listFile), { recursive: true });
  await writeFileAtomic(listFile, Buffer.from(JSON.stringify({ version: 1, files: paths }, null, 2)));
}

const entry = (filePath: string): RecentFile => ({ filePath, fileName: basename(filePath) });

/** Puts `filePath` at the top of the list (once), keeping at most {@link MAX_RECENT_FILES}. */
export function addRecentFile(listFile: string, filePath: string): Promise<RecentFile[]> {
  return serial(listFile, async () => {
    const paths = [filePath, ...(await readPaths(listFile)).filter((p) => p !== filePath)].slice(
      0,
      MAX_RECENT_FILES,
    );
    await writePaths(listFile, paths);
    return paths.map(entry);
  });
}

/**
 * The list, newest first. Files that no longer exist are dropped from it for good, so the
 * menu never offers a course that cannot open.
 */
export function listRecentFiles(listFile: string): Promise<RecentFile[]> {
  return serial(listFile, async () => {
    const paths = await readPaths(listFile);
    const present: string[] = [];
    for (const path of paths) {
      if ((await stat(path).catch(() => null))?.isFile()) present.push(path);
    }
    if (present.length !== paths.length) await writePaths(listFile, present).catch(() => undefined);
    return present.map(entry);
  });
}

/** Whether `filePath` is in the list (without pruning it): the renderer may only open these. */
export async function isRecentFile(listFile: string, filePath: string): Promise<boolean> {
  return (await readPaths(listFile)).includes(filePath);
}

/** Empties the list. */
export function clearRecentFiles(listFile: string): Promise<void> {
  return serial(listFile, () => writePaths(listFile, []));
}

/**
 * Removes the temp files that killed saves left beside the recent courses (see
 * `sweepOrphanTemps`); answers the names removed.
 */
export async function sweepRecentTemps(listFile: string): Promise<string[]> {
  const removed: string[] = [];
  for (const path of await readPaths(listFile)) removed.push(...(await sweepOrphanTemps(path)));
  return removed;
}
