/**
 * The one IPC contract between the renderer and the main process. Main implements it
 * (src/main/handlers.ts), the preload exposes exactly this object as `window.api`, and the
 * renderer calls it. Everything that crosses is plain JSON; every request method takes at
 * most one argument and answers a {@link Result}, because Electron drops the fields of
 * thrown errors on the way back.
 */
import type { FormatOption } from '../core/export/types';
import type { Asset, Course, LanguagePair } from '../core/model/types';

/** A failure that the renderer shows to the user as it is. */
export interface ApiError {
  code: string;
  message: string;
  details: string[];
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
  /** Problems that did not stop opening, to show once. */
  warnings: string[];
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

/** A package written to disk. */
export interface ExportedPackage {
  filePath: string;
  bytes: number;
  warnings: string[];
}

/** What the user chose when asked about unsaved changes. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The request methods, by name. Each takes at most one argument and answers a Result. */
export interface InvokeApi {
  /** Opens the bundled bilingual sample course (untitled, so Save asks for a file). */
  openSample(): Promise<Result<OpenedProject>>;
  /** Starts a new untitled course. */
  newCourse(req: { title: string; languages: LanguagePair }): Promise<Result<OpenedProject>>;
  /** Shows the Open dialog and opens the chosen `.oercourse`; null when cancelled. */
  openProject(): Promise<Result<OpenedProject | null>>;
  /** Shows the Import dialog and reopens a package OER Studio exported, as an untitled course. */
  importPackage(): Promise<Result<OpenedProject | null>>;
  /** Saves to the current file, or asks where (always with `saveAs`); null when cancelled. */
  saveProject(req: { course: Course; saveAs: boolean }): Promise<Result<SavedProject | null>>;
  /** Asks where to write, then writes the package; null when cancelled. */
  exportPackage(req: ExportRequest): Promise<Result<ExportedPackage | null>>;
  /** Stops the export under way; it answers with an error saying it was cancelled, and leaves no file. */
  cancelExport(): Promise<Result<null>>;
  /** The export registry. */
  listFormats(): Promise<Result<FormatInfo[]>>;
  /** Shows the Open dialog for an image, audio or video file and keeps its bytes; null when cancelled. */
  addAsset(): Promise<Result<Asset | null>>;
  /** An asset's bytes as a data: URL, for the editor to show. */
  assetDataUrl(hash: string): Promise<Result<string>>;
  /** Asks whether to save unsaved changes before they would be lost. */
  askUnsavedChanges(): Promise<Result<UnsavedChoice>>;
  /** Tells main the title to show and whether there are unsaved changes. */
  setDocumentState(state: { title: string; dirty: boolean }): Promise<Result<null>>;
  /** Closes the window after the renderer has dealt with unsaved changes. */
  closeWindow(): Promise<Result<null>>;
}

/** The names of the request methods: the preload exposes these and refuses any other. */
export const INVOKE_METHODS = [
  'openSample',
  'newCourse',
  'openProject',
  'importPackage',
  'saveProject',
  'exportPackage',
  'cancelExport',
  'listFormats',
  'addAsset',
  'assetDataUrl',
  'askUnsavedChanges',
  'setDocumentState',
  'closeWindow',
] as const satisfies readonly (keyof InvokeApi)[];

/** The IPC channel of a request method. */
export function invokeChannel(method: keyof InvokeApi): string {
  return `oer:${method}`;
}

/** Commands that main sends to the renderer: menu items, and the close request. */
export type AppCommand =
  'new' | 'open' | 'import' | 'save' | 'saveAs' | 'export' | 'openSample' | 'details' | 'media' | 'close';

/** The channel main sends {@link AppCommand}s on. */
export const COMMAND_CHANNEL = 'oer:command';

/** The channel main sends {@link ExportProgress} on while an export runs. */
export const PROGRESS_CHANNEL = 'oer:progress';

/** The whole `window.api`: the requests plus subscriptions to what main sends. */
export interface OerApi extends InvokeApi {
  /** Calls `listener` for each command from main; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Calls `listener` as an export makes progress; returns an unsubscribe function. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
}

/** Every request method is in {@link INVOKE_METHODS}: a compile error names any that is not. */
export type MissingInvokeMethods = Exclude<keyof InvokeApi, (typeof INVOKE_METHODS)[number]>;
const _allMethodsListed: MissingInvokeMethods extends never ? true : never = true;
void _allMethodsListed;
