/**
 * The main process's implementation of the IPC contract, as plain functions with no Electron
 * import: Electron's dialogs and window come in through {@link HandlerContext}, so Vitest and
 * the Playwright e2e tests run these very handlers in Node.
 *
 * Every message from the renderer is untrusted: courses are re-validated with the core schema
 * before anything is written.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { OerError, errorText, isOerError } from '../core/errors';
import { englishText, fileText, msg, type Text } from '../core/messages/message';
import { exportFormats, getFormat, type ExportFormat } from '../core/export';
import { newId } from '../core/model/ids';
import { describeMediaFile } from '../node/mediaFile';
import { createCourse } from '../core/model/course';
import type { AppInfo } from '../core/model/courseDocument';
import { validateCourse } from '../core/model/courseDocument';
import { isLanguageTag } from '../core/model/schema';
import { uiLanguageFromRequest } from './mainStrings';
import type { Course } from '../core/model/types';
import { PROJECT_EXTENSION } from '../core/project/projectFile';
import { loadPlayerKit } from '../node/playerKit';
import { writePackageFile, writePackageFolder } from '../node/exportIo';
import { importFile } from '../node/import/importFile';
import { fileChanged, fingerprintFile, type FileFingerprint } from '../node/fileFingerprint';
import { AssetStore, ioError, openProjectFile, writeFileAtomic, writeProjectFile } from '../node/projectIo';
import { exportXliff, importXliff } from '../core/translate/xliff';
import {
  addRecentFile,
  clearRecentFiles,
  isRecentFile,
  listRecentFiles,
  type RecentFile,
} from '../node/recentFiles';
import {
  discardRecovery,
  isRecoveryId,
  listRecoveries,
  newRecoveryId,
  openRecovery,
  readRecovery,
  unlistRecovery,
  writeRecovery,
  type RecoveryInfo,
} from '../node/recovery';
import { loadSampleCourse } from '../node/sample';
import type {
  ExportProgress,
  ExternalChangeChoice,
  FormatInfo,
  ImportProgress,
  InvokeApi,
  OpenedProject,
  RecoveryEntry,
  Result,
  UnsavedChoice,
} from '../shared/ipc';

/** Native dialogs, as main shows them. Each returns null when the user cancels. */
export interface Dialogs {
  openProject(): Promise<string | null>;
  chooseImport(): Promise<string | null>;
  chooseMedia(): Promise<string | null>;
  /** Where to write an XLIFF file for translators. */
  chooseXliffExport(defaultName: string): Promise<string | null>;
  /** A translated XLIFF file to read. */
  chooseXliffImport(): Promise<string | null>;
  saveProject(defaultName: string): Promise<string | null>;
  exportPackage(defaultName: string, format: FormatInfo): Promise<string | null>;
  askUnsavedChanges(): Promise<UnsavedChoice>;
  /** Asks what to do when `fileName` changed on disk since this window opened or saved it. */
  askExternalChange(fileName: string): Promise<ExternalChangeChoice>;
  /**
   * Says that `fileName` is damaged (`problem` says how, worded in the dialog's language) and
   * asks whether to recover what is left.
   */
  askSalvage(fileName: string, problem: Text): Promise<boolean>;
}

/** The window the handlers serve. */
export interface WindowHost {
  /** The window title, the unsaved mark, and the course's languages (for the spellchecker). */
  setDocumentState(state: { title: string; dirty: boolean; languages?: string[] }): void;
  close(): void;
  /** Sends export progress to the renderer. */
  sendProgress(progress: ExportProgress): void;
  /** Sends import progress to the renderer. */
  sendImportProgress?(progress: ImportProgress): void;
  /** The recent list changed (main rebuilds File › Open Recent). */
  recentFilesChanged?(files: RecentFile[]): void;
  /** The renderer's interface language changed (null: the system's): main relabels its menu and dialogs. */
  uiLanguageChanged?(language: string | null): void;
}

/** What the handlers need from their environment. */
export interface HandlerContext {
  resourcesDir: string;
  app: AppInfo;
  dialogs: Dialogs;
  host: WindowHost;
  /**
   * The app's own data folder (Electron's `userData`): the recovery area and the recent list
   * live there. Tests pass a temp folder.
   */
  dataDir: string;
  /**
   * The recovery entries of the windows open in this run of the app, shared by all of them so
   * that none offers (or sweeps away) another's live work as if it were left by a crash.
   */
  liveRecoveries?: Set<string>;
}

/** The handlers of one window: the IPC contract, plus what main itself calls. */
export interface WindowHandlers extends InvokeApi {
  /**
   * Remembers a file the system asked to open (command line, double-click, Open Recent); the
   * renderer opens it through `openRequestedFile` once it has dealt with unsaved changes.
   */
  requestOpen(filePath: string): void;
  /** The window closed: lets go of its file and clears its recovery entry. */
  dispose(): Promise<void>;
  /**
   * The renderer crashed: its recovery entry is left for the recovery dialog (the window's next
   * renderer offers it), and the window keeps its copies under a new entry from now on.
   */
  rendererGone(): void;
}

/** The recovery area inside the app's data folder. */
export function recoveryDir(dataDir: string): string {
  return join(dataDir, 'recovery');
}

/** The recent-files list inside the app's data folder. */
export function recentFilesPath(dataDir: string): string {
  return join(dataDir, 'recent-files.json');
}

/** The document open in one window: its file and its assets (read lazily from that file). */
interface Session {
  filePath: string | null;
  /** The file as this window last read or wrote it: a difference on disk means someone else wrote it. */
  fingerprint: FileFingerprint | null;
  assets: AssetStore;
  /**
   * For recovered work: the recovery entry its assets are read from. Its course file is kept
   * until the document is replaced or closed, then deleted.
   */
  recoveredFrom: string | null;
  /** Cancels the export under way, if any. */
  exportAbort: AbortController | null;
  /** Cancels the import under way, if any. */
  importAbort: AbortController | null;
}

/** Added to a failed save's message: nothing is lost yet, and there is a way out. */
export const SAVE_FAILED_HINT = msg('app.saveFailedHint');

/** The largest XLIFF file read: far above a course's text, far below what would hurt. */
const MAX_XLIFF_BYTES = 64 * 1024 * 1024;

/** A file name made from a course title, safe on every file system. */
export function fileNameFor(title: string, extension: string): string {
  const printable = [...title.normalize('NFC')].filter((c) => c >= ' ').join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return extension ? `${base || 'Untitled'}.${extension}` : base || 'Untitled';
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(e: unknown): Result<never> {
  if (isOerError(e))
    return {
      ok: false,
      error: {
        code: e.code,
        message: e.message,
        details: e.details,
        text: e.text,
        detailTexts: e.detailTexts,
      },
    };
  // A bug, not a message meant for the user: its own text (English, from a library) is all there is.
  const text = msg('app.internal', { reason: errorText(e) });
  return { ok: false, error: { code: 'internal', message: englishText(text), details: [], text } };
}

async function guard<T>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    return fail(e);
  }
}

/** Creates the handlers for one window. */
export function createHandlers(ctx: HandlerContext): WindowHandlers {
  const session: Session = {
    filePath: null,
    fingerprint: null,
    assets: new AssetStore(),
    recoveredFrom: null,
    exportAbort: null,
    importAbort: null,
  };
  const recovery = recoveryDir(ctx.dataDir);
  const recentList = recentFilesPath(ctx.dataDir);
  const live = ctx.liveRecoveries ?? new Set<string>();
  // This window's recovery entry: one per window, rewritten after each pause in editing.
  let recoveryId = newRecoveryId();
  live.add(recoveryId);
  let requestedFile: string | null = null;

  // Writes to the recovery area run one at a time, in order, so a copy of the old document can
  // never land after the entry was cleared for a new one. `generation` counts documents: work
  // queued for an earlier one is skipped.
  let generation = 0;
  let recoveryQueue: Promise<unknown> = Promise.resolve();
  const inRecoveryQueue = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = recoveryQueue.then(fn, fn);
    recoveryQueue = run.catch(() => undefined);
    return run;
  };

  /** Clears this window's entry and deletes a recovered file the old assets were read from. */
  const forgetRecovery = (recoveredFrom: string | null) =>
    inRecoveryQueue(async () => {
      await discardRecovery(recovery, recoveryId);
      if (recoveredFrom) {
        await discardRecovery(recovery, recoveredFrom);
        live.delete(recoveredFrom);
      }
    });

  /**
   * Puts another document in the window (or the same one, saved). The old one's recovery entry
   * goes: it was saved or the author chose to discard it.
   */
  const replaceSession = (
    filePath: string | null,
    assets = new AssetStore(),
    fingerprint: FileFingerprint | null = null,
    recoveredFrom: string | null = null,
  ): Promise<void> => {
    generation += 1;
    const old = session.recoveredFrom;
    session.assets.close();
    Object.assign(session, { filePath, assets, fingerprint, recoveredFrom });
    return forgetRecovery(old);
  };

  const opened = (
    course: Course,
    filePath: string | null,
    warnings: string[] = [],
    warningTexts?: Text[],
  ): OpenedProject => ({
    course,
    filePath,
    fileName: filePath ? basename(filePath) : 'Untitled',
    warnings,
    ...(warningTexts ? { warningTexts } : {}),
  });

  const noteRecent = async (filePath: string) => {
    try {
      // Not inside `?.()`: an optional call skips evaluating its arguments when there is no host hook.
      const files = await addRecentFile(recentList, filePath);
      ctx.host.recentFilesChanged?.(files);
    } catch {
      // The recent list is a convenience: failing to update it must not fail an open or a save.
    }
  };

  /** Opens a course file into the window and puts it at the top of the recent list. */
  const openPath = async (path: string): Promise<OpenedProject> => {
    // Taken before reading, so a change made while it is read still counts as a change.
    const fingerprint = await fingerprintFile(path).catch(() => null);
    let project;
    try {
      project = await openProjectFile(path);
    } catch (e) {
      if (!isOerError(e) || e.code !== 'damaged-course') throw e;
      if (!(await ctx.dialogs.askSalvage(basename(path), e.text ?? e.message))) throw e;
      // What is left opens as a new, untitled course: Save asks for a new name, so the damaged
      // file (which the recovered media are still read from) is never overwritten.
      const salvaged = await openProjectFile(path, { salvage: true });
      await replaceSession(null, salvaged.assets);
      return opened(salvaged.document.course, null, salvaged.warnings, salvaged.warningTexts);
    }
    await replaceSession(path, project.assets, fingerprint);
    await noteRecent(path);
    return opened(project.document.course, path, project.warnings, project.warningTexts);
  };

  const writeOwnRecovery = (course: Course) => {
    const forGeneration = generation;
    return inRecoveryQueue(async () => {
      if (forGeneration !== generation) return;
      try {
        await writeRecovery(
          recovery,
          { id: recoveryId, filePath: session.filePath, fingerprint: session.fingerprint },
          course,
          session.assets,
          ctx.app,
        );
      } catch (e) {
        // The document was replaced while its copy was written (its assets closed): nothing lost.
        if (forGeneration === generation) throw e;
      }
    });
  };

  return {
    requestOpen(filePath) {
      requestedFile = filePath;
    },

    rendererGone() {
      // Copies queued for the crashed renderer's document are skipped; the one being written
      // lands in the old entry, which is what the next renderer offers back.
      generation += 1;
      live.delete(recoveryId);
      recoveryId = newRecoveryId();
      live.add(recoveryId);
    },

    async dispose() {
      generation += 1;
      session.assets.close();
      const old = session.recoveredFrom;
      session.recoveredFrom = null;
      await forgetRecovery(old);
      live.delete(recoveryId);
    },

    openSample: () =>
      guard(async () => {
        const course = await loadSampleCourse(ctx.resourcesDir);
        await replaceSession(null);
        return opened(course, null);
      }),

    newCourse: (req) =>
      guard(async () => {
        const title = typeof req?.title === 'string' ? req.title.trim() : '';
        const { source, target } = req?.languages ?? { source: 'en', target: 'ru' };
        for (const tag of [source, target]) {
          if (typeof tag !== 'string' || !isLanguageTag(tag)) {
            throw new OerError('invalid-course', msg('app.notLanguageTag', { tag: String(tag) }));
          }
        }
        if (source === target) throw new OerError('invalid-course', msg('app.sameLanguages'));
        const course = createCourse({ title: title || 'Untitled course', languages: { source, target } });
        await replaceSession(null);
        return opened(course, null);
      }),

    openProject: () =>
      guard(async () => {
        const path = await ctx.dialogs.openProject();
        if (!path) return null;
        return openPath(path);
      }),

    importPackage: () =>
      guard(async () => {
        const path = await ctx.dialogs.chooseImport();
        if (!path) return null;
        const abort = new AbortController();
        session.importAbort = abort;
        let imported;
        try {
          imported = await importFile(path, {
            signal: abort.signal,
            onProgress: (p) => ctx.host.sendImportProgress?.(p),
          });
        } catch (e) {
          if (abort.signal.aborted) return null; // cancelled: the course open before stays
          throw e;
        } finally {
          session.importAbort = null;
        }
        // An import is a new, untitled course: Save asks where, and never overwrites the package.
        replaceSession(null, imported.assets);
        return opened(imported.course, null, imported.report, imported.reportTexts);
      }),

    cancelImport: () =>
      guard(async () => {
        session.importAbort?.abort();
        return null;
      }),

    saveProject: (req) =>
      guard(async () => {
        const course = validateCourse(req?.course);
        let path = req?.saveAs ? null : session.filePath;
        // A co-author (or a sync client) may have written the file since this window read it:
        // overwriting it silently would throw their work away.
        if (path && session.fingerprint) {
          const now = await fingerprintFile(path).catch(() => null);
          if (now && fileChanged(session.fingerprint, now)) {
            const choice = await ctx.dialogs.askExternalChange(basename(path));
            if (choice === 'cancel') return null;
            if (choice === 'saveAs') path = null;
          }
        }
        if (!path) {
          path = await ctx.dialogs.saveProject(
            fileNameFor(Object.values(course.title)[0] ?? '', PROJECT_EXTENSION),
          );
          if (!path) return null;
          if (!path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) path += `.${PROJECT_EXTENSION}`;
        }
        try {
          await writeProjectFile(path, course, session.assets, ctx.app);
        } catch (e) {
          // The window keeps the document and its changes (and their recovery copy): say so.
          const error = isOerError(e)
            ? e
            : ioError(e, msg('io.notSaved', { name: fileText(basename(path)) }));
          throw new OerError(error.code, error.text, [...error.detailTexts, SAVE_FAILED_HINT]);
        }
        const fingerprint = await fingerprintFile(path);
        // Read assets from the new file from now on, and let go of the old one (and of the
        // recovery entry: the work is on disk now).
        await replaceSession(path, (await openProjectFile(path)).assets, fingerprint);
        await noteRecent(path);
        return { filePath: path, fileName: basename(path) };
      }),

    exportPackage: (req) =>
      guard(async () => {
        const course = validateCourse(req?.course);
        const format = getFormat(String(req?.format));
        const languages = Array.isArray(req?.languages) ? req.languages.map(String) : undefined;
        const folder = Boolean(req?.folder) && format.options.some((o) => o.id === 'folder');
        const title = Object.values(course.title)[0] ?? '';
        const defaultName = fileNameFor(`${title} ${format.id}`, folder ? '' : format.extension);
        if (session.exportAbort) throw new OerError('export-failed', msg('app.exportRunning'));
        // Made before the dialog, so that a cancel is never lost, whenever it comes.
        const abort = new AbortController();
        session.exportAbort = abort;
        try {
          const path = await ctx.dialogs.exportPackage(defaultName, formatInfo(format));
          if (!path || abort.signal.aborted) return null;
          const player = await loadPlayerKit(ctx.resourcesDir);
          const input = { course, openAsset: session.assets.open, player, app: ctx.app };
          const options = { languages, scoPerLesson: Boolean(req?.scoPerLesson) };
          const write = folder ? writePackageFolder : writePackageFile;
          const result = await write(path, input, format.id, options, {
            signal: abort.signal,
            onProgress: (p) => ctx.host.sendProgress(p),
          });
          return {
            filePath: path,
            bytes: result.bytes,
            warnings: result.warnings,
            warningTexts: result.warningTexts,
          };
        } finally {
          session.exportAbort = null;
        }
      }),

    cancelExport: () =>
      guard(async () => {
        session.exportAbort?.abort();
        return null;
      }),

    exportXliff: (req) =>
      guard(async () => {
        const course = validateCourse(req?.course);
        const version = req?.version === '2.0' ? '2.0' : '1.2';
        const { source, target } = course.languages;
        const title = Object.values(course.title)[0] ?? '';
        const path = await ctx.dialogs.chooseXliffExport(fileNameFor(`${title} ${source}-${target}`, 'xlf'));
        if (!path) return null;
        const result = exportXliff(course, { version });
        await writeFileAtomic(path, new TextEncoder().encode(result.xml));
        return { filePath: path, units: result.counts.total, toTranslate: result.counts.initial };
      }),

    importXliff: (req) =>
      guard(async () => {
        const course = validateCourse(req?.course);
        const path = await ctx.dialogs.chooseXliffImport();
        if (!path) return null;
        const size = (
          await stat(path).catch((e: unknown) => {
            throw ioError(e, msg('io.notRead', { name: fileText(basename(path)) }));
          })
        ).size;
        if (size > MAX_XLIFF_BYTES)
          throw new OerError('unknown-format', msg('app.xliffTooLarge', { name: basename(path) }));
        const text = await readFile(path, 'utf8');
        const result = importXliff(course, text);
        return { course: result.course, report: result.report };
      }),

    addAsset: () =>
      guard(async () => {
        const path = await ctx.dialogs.chooseMedia();
        if (!path) return null;
        const media = await describeMediaFile(path);
        session.assets.addFile(media.hash, path);
        return { id: newId('a'), hash: media.hash, name: media.name, mime: media.mime, size: media.size };
      }),

    assetDataUrl: (hash) =>
      guard(async () => {
        const key = String(hash);
        const chunks: Uint8Array[] = [];
        const opened = session.assets.open(key);
        if (opened instanceof Promise) chunks.push(await opened);
        else for await (const chunk of opened) chunks.push(chunk);
        const bytes = Buffer.concat(chunks);
        const mime = sniffImageType(bytes);
        return `data:${mime};base64,${bytes.toString('base64')}`;
      }),

    listFormats: () => guard(async () => exportFormats.map(formatInfo)),

    askUnsavedChanges: () => guard(() => ctx.dialogs.askUnsavedChanges()),

    setDocumentState: (state) =>
      guard(async () => {
        // Only well-formed tags reach the spellchecker's configuration.
        const languages = Array.isArray(state?.languages)
          ? state.languages.filter((l): l is string => typeof l === 'string' && isLanguageTag(l)).slice(0, 2)
          : undefined;
        ctx.host.setDocumentState({
          title: String(state?.title ?? ''),
          dirty: Boolean(state?.dirty),
          ...(languages ? { languages } : {}),
        });
        return null;
      }),

    closeWindow: () =>
      guard(async () => {
        // The renderer has saved or discarded the changes: the copy has served its purpose.
        await forgetRecovery(null);
        ctx.host.close();
        return null;
      }),

    setUiLanguage: (req) =>
      guard(async () => {
        ctx.host.uiLanguageChanged?.(uiLanguageFromRequest(req));
        return null;
      }),

    startupInfo: () =>
      guard(async () => ({
        recoveries: (await listRecoveries(recovery, live)).map(recoveryEntry),
        recentFiles: await listRecentFiles(recentList),
        fileRequested: requestedFile !== null,
      })),

    autosave: (req) =>
      guard(async () => {
        await writeOwnRecovery(validateCourse(req?.course));
        return null;
      }),

    listRecoveries: () => guard(async () => (await listRecoveries(recovery, live)).map(recoveryEntry)),

    recoverDocument: (req) =>
      guard(async () => {
        const id = req?.id;
        const info = isRecoveryId(id) && !live.has(id) ? await readRecovery(recovery, id) : null;
        if (!info) throw new OerError('io', msg('app.recoveryGone'));
        // The copy, with the media it left in the author's file read from there; media found
        // nowhere are listed in the warnings, and the course opens all the same.
        const project = await openRecovery(recovery, info);
        live.add(id);
        try {
          await replaceSession(info.filePath, project.assets, info.fingerprint, id);
          // Kept at once under this window's entry, so a second crash before the next edit
          // still leaves it to recover; then the old entry stops being listed. Its course
          // file stays, as the assets are read from it until the document is replaced.
          await writeOwnRecovery(project.document.course);
          await unlistRecovery(recovery, id);
        } catch (e) {
          live.delete(id);
          throw e;
        }
        return {
          ...opened(project.document.course, info.filePath, project.warnings, project.warningTexts),
          dirty: true,
        };
      }),

    discardRecovery: (req) =>
      guard(async () => {
        const id = req?.id;
        if (isRecoveryId(id) && !live.has(id)) await discardRecovery(recovery, id);
        return null;
      }),

    listRecentFiles: () => guard(() => listRecentFiles(recentList)),

    openRecent: (req) =>
      guard(async () => {
        const path = req?.filePath;
        // The renderer names the path, so it may only name one that main put on the list.
        if (typeof path !== 'string' || !(await isRecentFile(recentList, path)))
          throw new OerError('io', msg('app.notRecent'));
        return openPath(path);
      }),

    clearRecentFiles: () =>
      guard(async () => {
        await clearRecentFiles(recentList);
        ctx.host.recentFilesChanged?.([]);
        return null;
      }),

    openRequestedFile: () =>
      guard(async () => {
        const path = requestedFile;
        requestedFile = null;
        return path ? openPath(path) : null;
      }),
  };
}

/** A recovery sidecar as the recovery dialog shows it. */
export function recoveryEntry(info: RecoveryInfo): RecoveryEntry {
  return {
    id: info.id,
    title: info.title,
    filePath: info.filePath,
    fileName: info.filePath ? basename(info.filePath) : null,
    savedAt: info.savedAt,
  };
}

/** The part of a format the renderer needs. */
export function formatInfo(format: ExportFormat): FormatInfo {
  const { id, label, description, extension, options } = format;
  return { id, label, description, extension, options };
}

/** The image type of some bytes by their signature, for data: URLs; never trusts a file name. */
export function sniffImageType(bytes: Uint8Array): string {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp';
  if (starts(0x3c) && /<svg[\s>]/.test(Buffer.from(bytes.subarray(0, 1024)).toString('utf8')))
    return 'image/svg+xml';
  return 'application/octet-stream';
}
