/**
 * The main process's implementation of the IPC contract, as plain functions with no Electron
 * import: Electron's dialogs and window come in through {@link HandlerContext}, so Vitest and
 * the Playwright e2e tests run these very handlers in Node.
 *
 * Every message from the renderer is untrusted: courses are re-validated with the core schema
 * before anything is written.
 */
import { basename } from 'node:path';
import { OerError, isOerError } from '../core/errors';
import { exportFormats, getFormat, type ExportFormat } from '../core/export';
import { newId } from '../core/model/ids';
import { describeMediaFile } from '../node/mediaFile';
import { createCourse } from '../core/model/course';
import type { AppInfo } from '../core/model/courseDocument';
import { validateCourse } from '../core/model/courseDocument';
import { isLanguageTag } from '../core/model/schema';
import type { Course } from '../core/model/types';
import { PROJECT_EXTENSION } from '../core/project/projectFile';
import { loadPlayerKit } from '../node/playerKit';
import { writePackageFile, writePackageFolder } from '../node/exportIo';
import { importOwnPackage } from '../node/importPackage';
import { AssetStore, openProjectFile, writeProjectFile } from '../node/projectIo';
import { loadSampleCourse } from '../node/sample';
import type {
  ExportProgress,
  FormatInfo,
  InvokeApi,
  OpenedProject,
  Result,
  UnsavedChoice,
} from '../shared/ipc';

/** Native dialogs, as main shows them. Each returns null when the user cancels. */
export interface Dialogs {
  openProject(): Promise<string | null>;
  chooseImport(): Promise<string | null>;
  chooseMedia(): Promise<string | null>;
  saveProject(defaultName: string): Promise<string | null>;
  exportPackage(defaultName: string, format: FormatInfo): Promise<string | null>;
  askUnsavedChanges(): Promise<UnsavedChoice>;
}

/** The window the handlers serve. */
export interface WindowHost {
  setDocumentState(state: { title: string; dirty: boolean }): void;
  close(): void;
  /** Sends export progress to the renderer. */
  sendProgress(progress: ExportProgress): void;
}

/** What the handlers need from their environment. */
export interface HandlerContext {
  resourcesDir: string;
  app: AppInfo;
  dialogs: Dialogs;
  host: WindowHost;
}

/** The document open in one window: its file and its assets (read lazily from that file). */
interface Session {
  filePath: string | null;
  assets: AssetStore;
  /** Cancels the export under way, if any. */
  exportAbort: AbortController | null;
}

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
  if (isOerError(e)) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `Something went wrong: ${(e as Error)?.message ?? String(e)}`,
      details: [],
    },
  };
}

async function guard<T>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    return fail(e);
  }
}

/** Creates the handlers for one window. */
export function createHandlers(ctx: HandlerContext): InvokeApi {
  const session: Session = { filePath: null, assets: new AssetStore(), exportAbort: null };
  const replaceSession = (filePath: string | null, assets = new AssetStore()) => {
    session.assets.close();
    session.filePath = filePath;
    session.assets = assets;
  };

  const opened = (course: Course, filePath: string | null, warnings: string[] = []): OpenedProject => ({
    course,
    filePath,
    fileName: filePath ? basename(filePath) : 'Untitled',
    warnings,
  });

  return {
    openSample: () =>
      guard(async () => {
        const course = await loadSampleCourse(ctx.resourcesDir);
        replaceSession(null);
        return opened(course, null);
      }),

    newCourse: (req) =>
      guard(async () => {
        const title = typeof req?.title === 'string' ? req.title.trim() : '';
        const { source, target } = req?.languages ?? { source: 'en', target: 'ru' };
        for (const tag of [source, target]) {
          if (typeof tag !== 'string' || !isLanguageTag(tag)) {
            throw new OerError(
              'invalid-course',
              `"${String(tag)}" is not a language tag. Use a BCP-47 tag such as en, ru, kk or uz-Latn.`,
            );
          }
        }
        if (source === target)
          throw new OerError('invalid-course', 'The source and target languages must differ.');
        const course = createCourse({ title: title || 'Untitled course', languages: { source, target } });
        replaceSession(null);
        return opened(course, null);
      }),

    openProject: () =>
      guard(async () => {
        const path = await ctx.dialogs.openProject();
        if (!path) return null;
        const project = await openProjectFile(path);
        replaceSession(path, project.assets);
        return opened(project.document.course, path, project.warnings);
      }),

    importPackage: () =>
      guard(async () => {
        const path = await ctx.dialogs.chooseImport();
        if (!path) return null;
        const imported = await importOwnPackage(path);
        // An import is a new, untitled course: Save asks where, and never overwrites the package.
        replaceSession(null, imported.assets);
        return opened(imported.course, null, imported.report);
      }),

    saveProject: (req) =>
      guard(async () => {
        const course = validateCourse(req?.course);
        let path = req?.saveAs ? null : session.filePath;
        if (!path) {
          path = await ctx.dialogs.saveProject(
            fileNameFor(Object.values(course.title)[0] ?? '', PROJECT_EXTENSION),
          );
          if (!path) return null;
          if (!path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) path += `.${PROJECT_EXTENSION}`;
        }
        await writeProjectFile(path, course, session.assets, ctx.app);
        // Read assets from the new file from now on, and let go of the old one.
        replaceSession(path, (await openProjectFile(path)).assets);
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
        if (session.exportAbort)
          throw new OerError('export-failed', 'Another export is still running; wait for it or cancel it.');
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
          return { filePath: path, bytes: result.bytes, warnings: result.warnings };
        } finally {
          session.exportAbort = null;
        }
      }),

    cancelExport: () =>
      guard(async () => {
        session.exportAbort?.abort();
        return null;
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
        ctx.host.setDocumentState({ title: String(state?.title ?? ''), dirty: Boolean(state?.dirty) });
        return null;
      }),

    closeWindow: () =>
      guard(async () => {
        ctx.host.close();
        return null;
      }),
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
