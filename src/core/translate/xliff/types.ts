import type { Inline } from './inline';

/** The XLIFF versions OER Studio writes and reads. */
export type XliffVersion = '1.2' | '2.0';

/**
 * A unit's translation state, common to both versions:
 * - `initial`: not translated (1.2 `new`/`needs-translation`, 2.0 `initial`);
 * - `review`: a translation that needs checking, because its source changed (1.2
 *   `needs-review-*`, 2.0 `initial` with `subState="oer:outdated"`);
 * - `translated`: done (1.2 `translated`/`final`/`signed-off`, 2.0 `translated`/`reviewed`/`final`).
 */
export type UnitState = 'initial' | 'review' | 'translated';

/** One translatable unit: a block, a title or a metadata field. */
export interface XliffUnit {
  /** The block id, or `title:<id>` and the like for titles and metadata. */
  id: string;
  source: Inline[];
  target?: Inline[];
  /** Absent when the file does not say (a tool dropped the attribute). */
  state?: UnitState;
  /** The hash of the source when the file was exported ({@link blockHash}). */
  sourceHash?: string;
  /**
   * The hash of the translation when the file was exported ({@link translationHash}), absent
   * when there was none. A target that still has it was not touched by the translator.
   */
  targetHash?: string;
  /** Where the unit is, for the translator: `Module › Lesson`. */
  note?: string;
  /** Set by the readers when the unit's tags cannot be read (unbalanced, unknown elements). */
  error?: string;
}

/** A `<file>`: the course's titles and metadata, or one lesson. */
export interface XliffFile {
  /** `course:<courseId>` or `lesson:<lessonId>` (1.2 `original`, 2.0 `id`). */
  id: string;
  units: XliffUnit[];
}

/** An XLIFF document, whatever its version. */
export interface XliffDocument {
  version: XliffVersion;
  /** The course the file was exported from; absent when a tool dropped it. */
  courseId?: string;
  sourceLanguage: string;
  targetLanguage: string;
  files: XliffFile[];
}

/** The namespace of OER Studio's attributes in XLIFF files (course id, source hashes, tag originals). */
export const OER_NAMESPACE = 'urn:oer-studio:xliff:1';
