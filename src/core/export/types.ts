import type { AppInfo } from '../model/courseDocument';
import type { Course } from '../model/types';
import type { AssetOpener } from '../project/projectFile';

/** One file of a package. `data` may be lazy so large media are read only when zipped. */
export interface PackageEntry {
  /** ASCII-safe path inside the package, with forward slashes. */
  path: string;
  data: Uint8Array | string | (() => Promise<Uint8Array> | AsyncIterable<Uint8Array>);
  /** False for media that are compressed already: they are stored, not deflated again. */
  deflate: boolean;
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

/** What an exporter builds: the package files in order, and warnings for the author. */
export interface BuiltPackage {
  entries: PackageEntry[];
  warnings: string[];
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
