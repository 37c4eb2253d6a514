/**
 * The import API shared by every importer, the app and the CLI.
 */
import type { Text } from '../../core/messages/message';
import type { IdGenerator } from '../../core/model/ids';
import type { Course } from '../../core/model/types';
import type { AssetStore } from '../projectIo';

/** What a file was imported as. */
export type ImportKind = 'oer-studio' | 'cc' | 'scorm12' | 'scorm2004' | 'imscp' | 'docx';

/** What an import brings back, and what it could not. */
export interface ImportedCourse {
  course: Course;
  /** The bytes of `course.assets`, ready for `writeProjectFile`. */
  assets: AssetStore;
  /**
   * What could not be brought back, one line each for the lecturer: quizzes and other
   * resources left out, missing files, and per kind what was removed from pages (scripts,
   * frames, video…), with the pages it happened on. Empty for an exact import. In English (the
   * CLI, logs); the app shows {@link reportTexts}.
   */
  report: string[];
  /** The same lines as {@link report}, as messages to word in the user's language. */
  reportTexts: Text[];
  kind: ImportKind;
}

/**
 * How far an import is: `done` of `total` units (pages, sections or resources). `total` may
 * grow while an importer finds more pages (a SCORM launch page that lists its pages), but `done`
 * never passes it; the last call has `done === total`.
 */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Options of `importFile`. */
export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import: it rejects with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal;
  /** Makes the course's ids; random by default. Tests pass a sequential one. */
  ids?: IdGenerator;
}
