/**
 * The one IPC contract between the renderer and the main process. Main implements it
 * (src/main/handlers.ts), the preload exposes exactly this object as `window.api`, and the
 * renderer calls it. Everything that crosses is plain JSON; every request method takes at
 * most one argument and answers a {@link Result}, because Electron drops the fields of
 * thrown errors on the way back.
 */
import type { FormatOption } from '../core/export/types';
import type { Message, Text } from '../core/messages/message';
import type { Asset, Course, LanguagePair } from '../core/model/types';
import type { XliffImportReport } from '../core/translate/xliff';

/**
 * A failure to show to the user. `message` and `details` are in English (logs, and the fallback
 * for a key the renderer does not know); `text` and `detailTexts`, when there, are the same as
 * message descriptors, which the renderer words in the interface language.
 */
export interface ApiError {
  code: string;
  message: string;
  details: string[];
  text?: Message;
  detailTexts?: Text[];
}

/** What a request answers: a value, or an error with a readable message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A project that is now open in the window. */
export interface OpenedProject {
  course: Course;
  /** The file on disk, or null for an unsaved (untitled) course. */
  filePath: string | null;
  /** The name to show in the title bar ("Untitled" when there is no file). */
  fileName: string;
  /** Problems that did not stop opening, to show once: in English, and as descriptors in `warningTexts`. */
  warnings: string[];
  /** The same problems as {@link warnings}, to word in the interface language. */
  warningTexts?: Text[];
  /** True when the course is not what is on disk (recovered work): it opens with unsaved changes. */
  dirty?: boolean;
}

/** Where a project was saved. */
export interface SavedProject {
  filePath: string;
  fileName: string;
}

/** A format in the export registry, as the export menu shows it. */
export interface FormatInfo {
  id: string;
  label: string;
  description: string;
  extension: string;
  /** The format's own options (checkboxes). */
  options: FormatOptionInfo[];
}

/** A format's own option, shown as a checkbox in the export dialog. */
export type FormatOptionInfo = FormatOption;

/** Options of a package export. */
export interface ExportRequest {
  course: Course;
  format: string;
  /** Languages to include; both of the course's by default (a bilingual package with a switch). */
  languages?: string[];
  /** SCORM only: one SCO per lesson instead of one for the course. */
  scoPerLesson?: boolean;
  /** Write a folder instead of a zip (the offline website). */
  folder?: boolean;
}

/** How far an export has got, sent while it runs. */
export interface ExportProgress {
  entriesDone: number;
  entriesTotal: number;
  bytesIn: number;
}

/** How far an import has got: files of the package read, of all it holds. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** A package written to disk. */
export interface ExportedPackage {
  filePath: string;
  bytes: number;
  /** What the author should check before uploading: in English, and as descriptors in `warningTexts`. */
  warnings: string[];
  /** The same warnings as {@link warnings}, to word in the interface language. */
  warningTexts?: Text[];
}

/** An XLIFF file written for translators. */
export interface XliffExported {
  filePath: string;
  /** Units in the file, and how many of them still need translating. */
  units: number;
  toTranslate: number;
}

/** A translated XLIFF file applied to the course (not yet to the window's document). */
export interface XliffImported {
  course: Course;
  report: XliffImportReport;
}

/** What the user chose when asked about unsaved changes. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** What the user chose when the file changed on disk since it was opened or saved. */
export type ExternalChangeChoice = 'overwrite' | 'saveAs' | 'cancel';

/** Unsaved work that the app kept when it last stopped without saving it (a crash). */
export interface RecoveryEntry {
  id: string;
  /** The course title. */
  title: string;
  /** The file the work belongs to, or null for a course that was never saved. */
  filePath: string | null;
  /** The file's name, or null for a course that was never saved. */
  fileName: string | null;
  /** When the work was last kept, as an ISO 8601 time. */
  savedAt: string;
}

/** A course opened recently, for File › Open Recent and the start screen. */
export interface RecentFileEntry {
  filePath: string;
  fileName: string;
}

/** What the window shows first. */
export interface StartupInfo {
  /** Work left by a crash, to offer back; newest first. */
  recoveries: RecoveryEntry[];
  /** Courses opened recently (missing files left out). */
  recentFiles: RecentFileEntry[];
  /** True when the system asked to open a file (command line, double-click): see `openRequestedFile`. */
  fileRequested: boolean;
}

/** The request methods, by name. Each takes at most one argument and answers a Result. */
export interface InvokeApi {
  /** Opens the bundled bilingual sample course (untitled, so Save asks for a file). */
  openSample(): Promise<Result<OpenedProject>>;
  /** Starts a new untitled course. */
  newCourse(req: { title: string; languages: LanguagePair }): Promise<Result<OpenedProject>>;
  /** Shows the Open dialog and opens the chosen `.oercourse`; null when cancelled. */
  openProject(): Promise<Result<OpenedProject | null>>;
  /**
   * Shows the Import dialog and reads the chosen package or document as an untitled course,
   * sending {@link ImportProgress} as it goes; null when cancelled (the dialog, or {@link cancelImport}).
   */
  importPackage(): Promise<Result<OpenedProject | null>>;
  /** Stops the import under way; it answers null, and the course open before stays open. */
  cancelImport(): Promise<Result<null>>;
  /** Saves to the current file, or asks where (always with `saveAs`); null when cancelled. */
  saveProject(req: { course: Course; saveAs: boolean }): Promise<Result<SavedProject | null>>;
  /** Asks where to write, then writes the package; null when cancelled. */
  exportPackage(req: ExportRequest): Promise<Result<ExportedPackage | null>>;
  /** Stops the export under way; it answers with an error saying it was cancelled, and leaves no file. */
  cancelExport(): Promise<Result<null>>;
  /** The export registry. */
  listFormats(): Promise<Result<FormatInfo[]>>;
  /** Asks where, then writes the course's text as XLIFF for translators; null when cancelled. */
  exportXliff(req: { course: Course; version: '1.2' | '2.0' }): Promise<Result<XliffExported | null>>;
  /**
   * Asks for a translated XLIFF file and applies it to `course`, answering the new course and
   * what changed (the renderer shows it and can undo it); null when cancelled.
   */
  importXliff(req: { course: Course }): Promise<Result<XliffImported | null>>;
  /** Shows the Open dialog for an image, audio or video file and keeps its bytes; null when cancelled. */
  addAsset(): Promise<Result<Asset | null>>;
  /** An asset's bytes as a data: URL, for the editor to show. */
  assetDataUrl(hash: string): Promise<Result<string>>;
  /** Asks whether to save unsaved changes before they would be lost. */
  askUnsavedChanges(): Promise<Result<UnsavedChoice>>;
  /** Tells main the title to show and whether there are unsaved changes. */
  setDocumentState(state: { title: string; dirty: boolean; languages?: string[] }): Promise<Result<null>>;
  /** Closes the window after the renderer has dealt with unsaved changes. */
  closeWindow(): Promise<Result<null>>;
  /**
   * Tells main the interface language chosen in Settings ("ru"), or null for the system's, so
   * the menu and the native dialogs speak it too.
   */
  setUiLanguage(req: { language: string | null }): Promise<Result<null>>;
  /** What to show at start: work to recover, recent files, and whether a file waits to open. */
  startupInfo(): Promise<Result<StartupInfo>>;
  /** Keeps a copy of the unsaved course in the recovery area (never in the author's file). */
  autosave(req: { course: Course }): Promise<Result<null>>;
  /** Work left by a crash, newest first. */
  listRecoveries(): Promise<Result<RecoveryEntry[]>>;
  /** Opens recovered work with unsaved changes, bound to its original file (or untitled). */
  recoverDocument(req: { id: string }): Promise<Result<OpenedProject>>;
  /** Deletes recovered work for good. */
  discardRecovery(req: { id: string }): Promise<Result<null>>;
  /** The recently opened courses; files that are gone are dropped. */
  listRecentFiles(): Promise<Result<RecentFileEntry[]>>;
  /** Opens a course from the recent list (only those: the renderer cannot name other paths). */
  openRecent(req: { filePath: string }): Promise<Result<OpenedProject | null>>;
  /** Empties the recent list. */
  clearRecentFiles(): Promise<Result<null>>;
  /** Opens the file the system asked to open (command line, double-click, Open Recent menu); null when none waits. */
  openRequestedFile(): Promise<Result<OpenedProject | null>>;
}

/** The names of the request methods: the preload exposes these and refuses any other. */
export const INVOKE_METHODS = [
  'openSample',
  'newCourse',
  'openProject',
  'importPackage',
  'cancelImport',
  'saveProject',
  'exportPackage',
  'cancelExport',
  'listFormats',
  'exportXliff',
  'importXliff',
  'addAsset',
  'assetDataUrl',
  'askUnsavedChanges',
  'setDocumentState',
  'closeWindow',
  'setUiLanguage',
  'startupInfo',
  'autosave',
  'listRecoveries',
  'recoverDocument',
  'discardRecovery',
  'listRecentFiles',
  'openRecent',
  'clearRecentFiles',
  'openRequestedFile',
] as const satisfies readonly (keyof InvokeApi)[];

/** The IPC channel of a request method. */
export function invokeChannel(method: keyof InvokeApi): string {
  return `oer:${method}`;
}

/** Commands that main sends to the renderer: menu items, and the close request. */
export type AppCommand =
  | 'new'
  | 'open'
  | 'import'
  | 'save'
  | 'saveAs'
  | 'export'
  | 'openSample'
  | 'details'
  | 'media'
  | 'close'
  /** Translation: go to the next block needing work, swap the languages, change the target. */
  | 'nextToTranslate'
  | 'swapLanguages'
  | 'changeTarget'
  /** XLIFF for translators: export the course's text, import a translated file. */
  | 'exportXliff'
  | 'importXliff'
  /** Main has a file for the window to open (double-click, Open Recent): see `openRequestedFile`. */
  | 'openRequested'
  /** The Settings dialog (the interface language). */
  | 'settings';

/** The channel main sends {@link AppCommand}s on. */
export const COMMAND_CHANNEL = 'oer:command';

/** The channel main sends {@link ExportProgress} on while an export runs. */
export const PROGRESS_CHANNEL = 'oer:progress';

/** The channel main sends {@link ImportProgress} on while an import runs. */
export const IMPORT_PROGRESS_CHANNEL = 'oer:import-progress';

/** The whole `window.api`: the requests plus subscriptions to what main sends. */
export interface OerApi extends InvokeApi {
  /** Calls `listener` for each command from main; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Calls `listener` as an export makes progress; returns an unsubscribe function. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
  /** Calls `listener` as an import makes progress; returns an unsubscribe function. */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
}

/** Every request method is in {@link INVOKE_METHODS}: a compile error names any that is not. */
export type MissingInvokeMethods = Exclude<keyof InvokeApi, (typeof INVOKE_METHODS)[number]>;
const _allMethodsListed: MissingInvokeMethods extends never ? true : never = true;
void _allMethodsListed;
