import { allLessons, findLesson } from '../../../core/model/course';
import type { Course } from '../../../core/model/types';
import type { OpenedProject, SavedProject } from '../../../shared/ipc';

/**
 * The open project as the window sees it. Plain data, replaced (never mutated) on each
 * change, so "is it dirty?" is a reference comparison with the course last written to disk.
 */
export interface ProjectState {
  course: Course;
  /** The course as it was opened or last saved; the document is dirty when `course` differs. */
  savedCourse: Course;
  filePath: string | null;
  fileName: string;
  /** The lesson shown in the editor, or null when the course has none. */
  selectedLessonId: string | null;
  /**
   * A number new to each opened project. Views key on it, so reopening the same file (same
   * lesson ids) still rebuilds the editors from what was read.
   */
  session: number;
}

let sessions = 0;

/** The state right after a project was opened, with its first lesson selected. */
export function openedState(project: OpenedProject): ProjectState {
  return {
    course: project.course,
    // Recovered work is not what is on disk: another object makes it dirty until saved.
    savedCourse: project.dirty ? { ...project.course } : project.course,
    filePath: project.filePath,
    fileName: project.fileName,
    selectedLessonId: allLessons(project.course)[0]?.lesson.id ?? null,
    session: ++sessions,
  };
}

/** True when there are changes that are not on disk. */
export function isDirty(state: ProjectState): boolean {
  return state.course !== state.savedCourse;
}

/**
 * Replaces the course. If the selected lesson is gone (deleted), selects the lesson that took
 * its place in reading order, so the editor never points at nothing while lessons remain.
 */
export function withCourse(state: ProjectState, course: Course): ProjectState {
  if (course === state.course) return state;
  let selectedLessonId = state.selectedLessonId;
  if (selectedLessonId && !findLesson(course, selectedLessonId)) {
    const before = allLessons(state.course).findIndex((e) => e.lesson.id === selectedLessonId);
    const after = allLessons(course);
    selectedLessonId = (after[Math.min(before, after.length - 1)] ?? after[0])?.lesson.id ?? null;
  }
  return { ...state, course, selectedLessonId };
}

/**
 * Records a save of `course` (the snapshot that was sent to disk). Edits made while the save
 * was under way keep the document dirty, because `state.course` is then a newer object.
 */
export function savedState(state: ProjectState, course: Course, saved: SavedProject): ProjectState {
  return { ...state, savedCourse: course, filePath: saved.filePath, fileName: saved.fileName };
}
