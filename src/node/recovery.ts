/**
 * The recovery area: copies of unsaved work that the app writes a few seconds after each edit,
 * in a folder of its own under the app's data folder, never over the author's file. Each window
 * has one entry: `<id>.oercourse` (the course, written like a normal save) and `<id>.json`, a
 * small sidecar saying which file it belongs to, its title and when. A crash leaves the entries
 * behind, and the next start offers them back.
 *
 * The copy holds the course and only the media that the author's project file does not: those
 * added or replaced since it was opened or saved. The others stay where they are, and the
 * sidecar says where (`media`): a course opened from a gigabyte of video is kept in a few
 * kilobytes after each pause in typing, not in a gigabyte copied and flushed each time.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { englishText, msg } from '../core/messages/message';
import { pickText } from '../core/model/course';
import type { AppInfo } from '../core/model/courseDocument';
import type { Course } from '../core/model/types';
import { PROJECT_EXTENSION } from '../core/project/projectFile';
import { fileChanged, fingerprintFile, type FileFingerprint } from './fileFingerprint';
import {
  backupPath,
  openProjectFile,
  sweepOrphanTemps,
  writeFileAtomic,
  writeProjectFile,
  type AssetStore,
  type MediaFile,
  type OpenedProjectFile,
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
  /**
   * The author's project file that holds the media the copy leaves out, as it was when the copy
   * was written. Null when the copy holds all its media: a course never saved, imported or
   * salvaged, a file changed on disk by someone else since it was opened, or an entry written
   * by a version that copied every medium. It is the file the window read its media from,
   * which is not always `filePath` as last opened or saved (`fingerprint`).
   */
  media: MediaReference | null;
}

/** Where the media that a recovery copy leaves out are (see {@link RecoveryInfo.media}). */
export interface MediaReference {
  path: string;
  fingerprint: FileFingerprint;
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
 *
 * Media still in the author's project file, unchanged on disk since the window opened it, are
 * left there and the sidecar says where (see {@link RecoveryInfo.media}). Media added since,
 * media of a course that has no such file, and all media when the file changed on disk (the
 * window still reads them from the file as it was) are copied. Media the window has lost
 * altogether (recovered work whose file vanished) are left out, so the rest is still kept.
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
  const media = await unchangedMediaFile(assets);
  // No backup of the previous copy: the recovery area keeps the latest work, and only that.
  await writeProjectFile(recoveryCoursePath(dir, origin.id), course, assets, app, {
    backup: false,
    omitAsset: (hash) => media?.holds(hash) === true || !assets.has(hash),
  });
  const info: RecoveryInfo = {
    id: origin.id,
    filePath: origin.filePath,
    fingerprint: origin.fingerprint,
    title: pickText(course.title, course.languages.source, course.languages.target),
    savedAt: now.toISOString(),
    media: media ? { path: media.path, fingerprint: media.fingerprint } : null,
  };
  await writeFileAtomic(sidecarPath(dir, origin.id), Buffer.from(JSON.stringify(info, null, 2)));
  return info;
}

/**
 * The author's file a store reads media from, with its fingerprint now, when it is still as the
 * store found it. When someone wrote over it since, the window still reads the old media (from
 * the file it holds open), but the file on disk may no longer hold them: the copy takes them.
 */
async function unchangedMediaFile(assets: AssetStore): Promise<MediaFile | null> {
  const file = assets.mediaFile();
  if (!file) return null;
  const now = await fingerprintFile(file.path).catch(() => null);
  if (!now || fileChanged(file.fingerprint, now)) return null;
  return { ...file, fingerprint: now };
}

/**
 * Opens the course of an entry with its media: those in the copy, and those it left in the
 * author's project file (see {@link RecoveryInfo.media}), read from there while that file is as
 * it was. When the file changed since, a medium is still taken from it if its bytes hash to
 * its name (a co-author's save keeps the media it did not change); that reads each once. Media
 * found nowhere are listed in the warnings, by name, and the course opens all the same: its
 * text is all in the copy. The recovery copy is read from until the store is closed.
 */
export async function openRecovery(dir: string, info: RecoveryInfo): Promise<OpenedProjectFile> {
  const opened = await openProjectFile(recoveryCoursePath(dir, info.id), { recoveryCopy: true });
  const { assets } = opened;
  const lacking = opened.document.course.assets.filter((a) => !assets.has(a.hash));
  if (lacking.length === 0) return opened;
  let why = msg('recovery.notInCopy');
  const media = info.media;
  if (media) {
    const where = basename(media.path);
    const now = await fingerprintFile(media.path).catch(() => null);
    if (!now) why = msg('recovery.fileGone', { where });
    else {
      const changed = fileChanged(media.fingerprint, now);
      const found = await assets.link(
        media.path,
        now,
        lacking.map((a) => a.hash),
        changed,
      );
      if (!found) why = msg('recovery.fileUnreadable', { where });
      else why = msg(changed ? 'recovery.fileChanged' : 'recovery.fileLacks', { where });
    }
  }
  const missing = lacking
    .filter((a) => !assets.has(a.hash))
    .map((a) => msg('recovery.mediaLost', { name: a.name, why }));
  return {
    ...opened,
    warnings: [...opened.warnings, ...missing.map(englishText)],
    warningTexts: [...opened.warningTexts, ...missing],
  };
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
  const m = r['media'] as Record<string, unknown> | null | undefined;
  const mediaFingerprint = m && typeof m === 'object' ? restoreFingerprint(m['fingerprint']) : null;
  return {
    id,
    filePath: typeof r['filePath'] === 'string' && r['filePath'] ? r['filePath'] : null,
    fingerprint: restoreFingerprint(r['fingerprint']),
    title: typeof r['title'] === 'string' ? r['title'] : '',
    savedAt,
    // Written before copies left media out (or damaged): the copy holds all it has.
    media:
      m && typeof m['path'] === 'string' && m['path'] && mediaFingerprint
        ? { path: m['path'], fingerprint: mediaFingerprint }
        : null,
  };
}

function restoreFingerprint(raw: unknown): FileFingerprint | null {
  const f = raw as Record<string, unknown> | null | undefined;
  return f && typeof f === 'object' && typeof f['size'] === 'number' && typeof f['mtimeMs'] === 'number'
    ? {
        size: f['size'],
        mtimeMs: f['mtimeMs'],
        centralDirectoryHash:
          typeof f['centralDirectoryHash'] === 'string' ? f['centralDirectoryHash'] : null,
      }
    : null;
}
