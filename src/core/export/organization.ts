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

/**
 * The organization's items. One SCO (the default): a single item launching the player, which
 * navigates between lessons itself. One SCO per lesson: module items holding one item per
 * lesson, each launching the same player with `?lesson=<id>`, so the LMS tracks each lesson.
 */
export function scoItems(
  course: Course,
  lang: string,
  scoPerLesson: boolean,
  lessonItem: (title: string, lessonId: string | null) => XmlNode,
): XmlNode[] {
  const source = course.languages.source;
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
