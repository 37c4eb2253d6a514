import type { Message } from '../messages/message';
import type { AppInfo } from '../model/courseDocument';
import type { Course, Lesson } from '../model/types';
import type { AssetOpener } from '../project/projectFile';
import type { RawEntry, RawEntryLookup } from '../project/rawEntry';

/** One file of a package. `data` may be lazy so large media are read only when zipped. */
export interface PackageEntry {
  /** ASCII-safe path inside the package, with forward slashes. */
  path: string;
  data: Uint8Array | string | (() => Promise<Uint8Array> | AsyncIterable<Uint8Array>);
  /** False for media that are compressed already: they are stored, not deflated again. */
  deflate: boolean;
  /** When set, `data` and `deflate` are ignored: this stored entry of another zip is copied as it is. */
  raw?: RawEntry;
  /**
   * A stored entry that may hold exactly these bytes (an unchanged lesson): when `data` turns out
   * to have its CRC-32 and size, the writer copies it instead of compressing again.
   */
  reuse?: RawEntry;
}

/** The learner player's files (runtime script, styles, fonts), loaded by the edges from `resources/`. */
export interface PlayerKit {
  /** Paths relative to the package's `player/` folder, such as `player.js` or `fonts/fonts.css`. */
  files: { path: string; data: Uint8Array }[];
}

/** Everything an exporter needs: the course, a way to open its assets, and the player kit. */
export interface ExportInput {
  course: Course;
  openAsset: AssetOpener;
  player: PlayerKit;
  app: AppInfo;
  /**
   * Reads a lesson whose content is still in the project file (a course opened as an outline,
   * see `isLessonInFile`). Exporters then load and render one lesson at a time, so a large
   * course is never all in memory.
   */
  loadLesson?: (lesson: Pick<Lesson, 'id' | 'title'>) => Promise<Lesson>;
  /**
   * The project file's stored entries, by name: assets and unchanged lessons are copied from it
   * byte for byte instead of being read, checksummed and compressed again.
   */
  rawEntry?: RawEntryLookup;
}

/** Options shared by every format. */
export interface ExportOptions {
  /**
   * The languages in the package, the learner's default first. Both of the course's languages
   * (a bilingual package with a language switch) when absent.
   */
  languages?: string[];
  /** SCORM only: one SCO per lesson, tracked separately by the LMS, instead of one for the course. */
  scoPerLesson?: boolean;
}

/**
 * What an exporter builds: the package files in order, and warnings for the author. Warnings of
 * lessons still in the project file are added while their entries are written, so both lists
 * are complete only once every entry's data has been read.
 */
export interface BuiltPackage {
  entries: PackageEntry[];
  /** The warnings in English (the CLI, logs). */
  warnings: string[];
  /** The same warnings as messages, to word in the user's language (the app). */
  warningTexts: Message[];
}

/** A format's own yes/no option, shown as a checkbox in the export dialog and a CLI flag. */
export interface FormatOption {
  id: 'scoPerLesson' | 'folder';
  label: string;
  description: string;
}

/** SCORM's option: one SCO per lesson. */
export const SCO_PER_LESSON: FormatOption = {
  id: 'scoPerLesson',
  label: 'One SCO per lesson',
  description:
    'The LMS tracks each lesson on its own, instead of the course as one SCO with its own navigation.',
};

/** The website's option: a folder rather than a zip. */
export const AS_FOLDER: FormatOption = {
  id: 'folder',
  label: 'Save as a folder',
  description: 'Write the files into a folder (open index.html), instead of one zip.',
};

/** A package format in the export registry. */
export interface ExportFormat {
  /** The CLI's `--format` value; stable, scripts rely on it. */
  id: string;
  label: string;
  description: string;
  /** File extension of the package, without the dot. */
  extension: string;
  /** The format's own options. */
  options: FormatOption[];
  build(input: ExportInput, options: ExportOptions): Promise<BuiltPackage>;
}
