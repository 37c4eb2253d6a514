import type { Course } from '../model/types';
import { allLessons } from '../model/course';
import { lessonStates, titleState } from './state';

/** A place in the course: a lesson, and a block of it by id (null for the lesson's title). */
export interface CoursePlace {
  lessonId: string;
  blockId: string | null;
}

/**
 * The next title or block, after `from` in reading order and wrapping round to the start,
 * whose translation is missing or out of date; null when the whole course is done. Only
 * called on the author's command, so walking the course here is fine.
 */
export function nextNeedingWork(course: Course, from: CoursePlace | null): CoursePlace | null {
  const { source, target } = course.languages;
  const places: CoursePlace[] = [];
  let start = 0;
  for (const { lesson } of allLessons(course)) {
    if (titleState(lesson, source, target) !== 'done') places.push({ lessonId: lesson.id, blockId: null });
    if (from?.lessonId === lesson.id && from.blockId === null) start = places.length;
    for (const [id, state] of lessonStates(lesson, source, target)) {
      const here = from?.lessonId === lesson.id && from.blockId === id;
      if (state !== 'done') places.push({ lessonId: lesson.id, blockId: id });
      if (here) start = places.length;
    }
  }
  return places.length ? (places[start % places.length] as CoursePlace) : null;
}
