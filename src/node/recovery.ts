/**
 * The recovery area: copies of unsaved work that the app writes a few seconds after each edit,
 * in a folder of its own under the app's data folder, never over the author's file. Each window
 * has one entry: `<id>.oercourse` (the course with all its assets, written like a normal save)
 * and `<id>.json`, a small sidecar saying which file it belongs to, its title and when. A crash
 * leaves the entries behind, and the next start offers them back.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pickText } from '../core/model/course';
import type { AppInfo } from '../core/model/courseDocument';
import type { Course } from '../core/model/types';
import { PROJECT_EXTENSION } from '../core/project/projectFile';
import type { FileFingerprint } from './fileFingerprint';
import {
  backupPath,
  sweepOrphanTemps,
  writeFileAtomic,
  writeProjectFile,
  type AssetStore,
} from './projectIo';

/** The sidecar of a recovery entry: what the recovery dialog lists. */
export interface RecoveryInfo {
  id: string;
  /** The file the work belongs to; null for a course never saved (untitled). */
  filePath: string | null;
  /**
   * The file as it was when the author last opened or saved it, so that saving the recovered
   * work still notices a co-author's change made before the crash.
   */
  fingerprint: FileFingerprint | null;
  /** The course title, in the source language where there is one. */
  title: string;
  /** When the entry was written, as an ISO 8601 time. */
  savedAt: string;
}

/** Which file a window's work belongs to: what goes in the sidecar besides the title and time. */
export type RecoveryOrigin = Pick<RecoveryInfo, 'id' | 'filePath' | 'fingerprint'>;

const ID_PATTERN = /^[0-9a-f]{16}$/;

/** A new entry id: random, so two windows (or two runs) never share one. */
export function newRecoveryId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Whether `id` is one this module makes. Ids come back from the renderer, which is untrusted,
 * so this is what keeps `../../somewhere` out of a path.
 */
export function isRecoveryId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** The course file of an entry. */
export function recoveryCoursePath(dir: string, id: string): string {
  return join(dir, `${id}.${PROJECT_EXTENSION}`);
}

function sidecarPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/**
 * Writes a window's entry: first the course (atomically, like a save), then the sidecar, so a
 * listed entry always has its course. Answers the sidecar written.
 */
export async function writeRecovery(
  dir: string,
  origin: RecoveryOrigin,
  course: Course,
  assets: AssetStore,
  app: AppInfo,
  now: Date = new Date(),
): Promise<RecoveryInfo> {
  if (!isRecoveryId(origin.id)) throw new Error(`Not a recovery id: ${origin.id}`);
  await mkdir(dir, { recursive: true });
  // No backup of the previous copy: the recovery area keeps the latest work, and only that.
  await writeProjectFile(recoveryCoursePath(dir, origin.id), course, assets, app, { backup: false });
  const info: RecoveryInfo = {
    id: origin.id,
    filePath: origin.filePath,
    fingerprint: origin.fingerprint,
    title: pickText(course.title, course.languages.source, course.languages.target),
    savedAt: now.toISOString(),
  };
  await writeFileAtomic(sidecarPath(dir, origin.id), Buffer.from(JSON.stringify(info, null, 2)));
  return info;
}

/** The sidecar of one entry, or null when there is none (or it is unreadable). */
export async function readRecovery(dir: string, id: string): Promise<RecoveryInfo | null> {
  if (!isRecoveryId(id)) return null;
  const text = await readFile(sidecarPath(dir, id), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return restoreInfo(id, JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * The entries left in `dir`, newest first, except those of windows still open (`live`). Clears
 * what a crash mid-write can leave: sidecars without a course, courses without a sidecar, and
 * temp files of killed writes.
 */
export async function listRecoveries(
  dir: string,
  live: ReadonlySet<string> = new Set(),
): Promise<RecoveryInfo[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ids = new Set(
    names.map((n) => n.split('.')[0] ?? '').filter((id) => isRecoveryId(id) && !live.has(id)),
  );
  const found: RecoveryInfo[] = [];
  for (const id of ids) {
    await sweepOrphanTemps(recoveryCoursePath(dir, id));
    await sweepOrphanTemps(sidecarPath(dir, id));
    const info = await readRecovery(dir, id);
    const course = await stat(recoveryCoursePath(dir, id)).catch(() => null);
    if (info && course?.isFile()) found.push(info);
    // Half an entry cannot be recovered: the course without its sidecar was never listed, and a
    // sidecar without its course has nothing to give back.
    else if (!names.some((n) => n.startsWith(`.${id}.`))) await discardRecovery(dir, id);
  }
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Removes an entry (both files); a missing entry is not an error. */
export async function discardRecovery(dir: string, id: string): Promise<void> {
  if (!isRecoveryId(id)) return;
  await unlink(sidecarPath(dir, id)).catch(() => undefined);
  await unlink(recoveryCoursePath(dir, id)).catch(() => undefined);
  await unlink(backupPath(recoveryCoursePath(dir, id))).catch(() => undefined);
}

/**
 * Stops listing an entry but keeps its course file: a window that recovered the work still
 * reads its assets from there. Without a sidecar, the next start's listing sweeps it away.
 */
export async function unlistRecovery(dir: string, id: string): Promise<void> {
  if (!isRecoveryId(id)) return;
  await unlink(sidecarPath(dir, id)).catch(() => undefined);
}

/** Reads a sidecar leniently: it was written by this app, but maybe by an older or newer one. */
function restoreInfo(id: string, raw: unknown): RecoveryInfo | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const savedAt =
    typeof r['savedAt'] === 'string' && !Number.isNaN(Date.parse(r['savedAt'])) ? r['savedAt'] : null;
  if (!savedAt) return null;
  const f = r['fingerprint'] as Record<string, unknown> | null | undefined;
  const fingerprint =
    f && typeof f === 'object' && typeof f['size'] === 'number' && typeof f['mtimeMs'] === 'number'
      ? {
          size: f['size'],
          mtimeMs: f['mtimeMs'],
          centralDirectoryHash:
            typeof f['centralDirectoryHash'] === 'string' ? f['centralDirectoryHash'] : null,
        }
      : null;
  return {
    id,
    filePath: typeof r['filePath'] === 'string' && r['filePath'] ? r['filePath'] : null,
    fingerprint,
    title: typeof r['title'] === 'string' ? r['title'] : '',
    savedAt,
  };
}
