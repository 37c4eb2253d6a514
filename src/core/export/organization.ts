import { pickText } from '../model/course';
import type { Course } from '../model/types';
import { manifestTitle, type XmlNode } from './xml';

/** Identifiers used by every SCORM manifest, derived from stable ids so re-exports match. */
export const scormIds = (courseId: string) => ({
  manifest: `MANIFEST-${courseId}`,
  organization: `ORG-${courseId}`,
  resource: `RES-${courseId}`,
  course: `ITEM-${courseId}`,
});

/** What both SCORM manifests are made from. */
export interface ScormManifestInput {
  course: Course;
  /** The package's languages, default first: titles in the manifest use the default. */
  languages: string[];
  /** Every file of the package, listed in the SCO resource. */
  files: string[];
  launch: string;
  /** One SCO per lesson instead of one SCO for the course. */
  scoPerLesson: boolean;
}

/**
 * The organization's items. One SCO (the default): a single item launching the player, which
 * navigates between lessons itself. One SCO per lesson: module items holding one item per
 * lesson, each launching the same player with `?lesson=<id>`, so the LMS tracks each lesson.
 * `itemAttributes` are the version's own attributes of a SCO item (SCORM 1.2's `isvisible`).
 */
export function scoItems(
  { course, languages, scoPerLesson }: ScormManifestInput,
  itemAttributes: XmlNode = {},
): XmlNode[] {
  const source = course.languages.source;
  const lang = languages[0] as string;
  const ids = scormIds(course.id);
  const lessonItem = (title: string, lessonId: string | null): XmlNode => ({
    '@_identifier': lessonId ? `ITEM-${lessonId}` : ids.course,
    '@_identifierref': ids.resource,
    ...itemAttributes,
    ...(lessonId ? { '@_parameters': `?lesson=${lessonId}` } : {}),
    title,
  });
  if (!scoPerLesson)
    return [lessonItem(manifestTitle(pickText(course.title, lang, source) || 'Course'), null)];
  return course.modules
    .filter((m) => m.lessons.length > 0)
    .map((m) => ({
      '@_identifier': `ITEM-${m.id}`,
      title: manifestTitle(pickText(m.title, lang, source) || m.id),
      item: m.lessons.map((l) => lessonItem(manifestTitle(pickText(l.title, lang, source) || l.id), l.id)),
    }));
}
