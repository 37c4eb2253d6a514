import { OerError } from '../errors';
import type { Course } from '../model/types';

/**
 * The languages of a package, default first. Refuses languages the course does not have, so a
 * typo in `--lang` is a clear error rather than an empty package.
 */
export function packageLanguages(course: Course, requested?: string[]): string[] {
  const available = [course.languages.source, course.languages.target];
  if (!requested || requested.length === 0) return available;
  const unique = [...new Set(requested)];
  for (const lang of unique) {
    if (!available.includes(lang)) {
      throw new OerError(
        'export-failed',
        `The course has no language "${lang}": its languages are ${available.join(' and ')}.`,
      );
    }
  }
  return unique;
}
