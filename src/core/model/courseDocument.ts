import type { z } from 'zod';
import { OerError } from '../errors';
import { msg, type Text } from '../messages/message';
import { migrate } from './migrations';
import { COURSE_FORMAT, SCHEMA_VERSION, courseDocumentSchema, courseSchema } from './schema';
import type { Course, CourseDocument } from './types';

/** Who wrote a document: stored as `app` so a later version knows what it reads. */
export interface AppInfo {
  name: string;
  version: string;
}

/** Wraps a course in the versioned envelope stored as `course.json`. */
export function toCourseDocument(course: Course, app: AppInfo): CourseDocument {
  return { format: COURSE_FORMAT, schemaVersion: SCHEMA_VERSION, app: { ...app }, course };
}

/** Turns zod issues into short lines such as `modules.0.lessons.2.id: duplicate id "l1"`. */
export function describeIssues(error: z.ZodError, max = 5): string[] {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  if (error.issues.length > max) lines.push(`…and ${error.issues.length - max} more problems`);
  return lines;
}

/**
 * Checks the envelope of a loose course document (the marker and the version) without reading
 * the course, and returns its version. Refuses JSON that is not a course, a newer version (asking
 * to update OER Studio) and an unknown one. A project reader calls it before reading any lesson
 * entry, so a file from a newer version is refused before anything else is guessed at.
 */
export function documentVersion(json: unknown, source: Text = msg('file.this')): number {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new OerError('not-a-course', msg('course.noCourseInJson', { source }));
  }
  const loose = json as Record<string, unknown>;
  if (loose['format'] !== COURSE_FORMAT) {
    throw new OerError('not-a-course', msg('course.noMarker', { source, marker: COURSE_FORMAT }));
  }
  const version = loose['schemaVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    throw new OerError(
      'newer-version',
      msg('course.newerVersion', { source, version, latest: SCHEMA_VERSION }),
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new OerError('damaged-course', msg('course.unknownVersion', { source, version: String(version) }));
  }
  return version;
}

/**
 * Reads a course document from loose JSON, each lesson in place: checks the marker, migrates
 * old versions, refuses newer ones, then validates against the current schema. Every failure is
 * an {@link OerError} whose message says what is wrong and what to do.
 */
export function parseCourseDocument(json: unknown, source: Text = msg('file.this')): CourseDocument {
  documentVersion(json, source);
  const migrated = migrate(json as Record<string, unknown>);
  if (!migrated.ok) {
    throw new OerError(
      'damaged-course',
      msg('course.unknownVersion', { source, version: String(migrated.version) }),
    );
  }
  const parsed = courseDocumentSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    throw new OerError(
      'damaged-course',
      msg('course.courseMismatch', { source }),
      describeIssues(parsed.error),
    );
  }
  return parsed.data;
}

/**
 * Validates a course that arrives from an untrusted place (the renderer, a script).
 * Returns the parsed course with defaults filled in.
 */
export function validateCourse(input: unknown): Course {
  const parsed = courseSchema.safeParse(input);
  if (!parsed.success) {
    throw new OerError('invalid-course', msg('course.invalid'), describeIssues(parsed.error));
  }
  return parsed.data;
}
