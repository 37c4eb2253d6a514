import { OerError } from '../errors';
import { msg } from '../messages/message';
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
        msg('export.noSuchLanguage', { lang, source: available[0] ?? '', target: available[1] ?? '' }),
      );
    }
  }
  return unique;
}
