import { allLessons, findLesson } from '../../../core/model/course';
import { courseSummary, lessonStates } from '../../../core/translate/state';
import { isDirty, type ProjectState } from './projectState';

/**
 * What the window shows of a state that typing in an editor can change, as a string: the
 * unsaved mark, the course's translation counts, and the state of each block of the lesson
 * being edited. Deferred text edits that leave it as it was need no re-render (see
 * ProjectStore); the per-lesson caches make it a sum and one pass over one lesson's blocks.
 */
export function viewDigest(state: ProjectState): string {
  const { source, target } = state.course.languages;
  const total = courseSummary(
    allLessons(state.course).map((entry) => entry.lesson),
    source,
    target,
  );
  const lesson = state.selectedLessonId
    ? findLesson(state.course, state.selectedLessonId)?.lesson
    : undefined;
  let blocks = '';
  if (lesson) for (const blockState of lessonStates(lesson, source, target).values()) blocks += blockState[0];
  return `${isDirty(state)}|${state.selectedLessonId}|${total.missing},${total.outdated},${total.done}|${blocks}`;
}
