import { describe, expect, it } from 'vitest';
import { createCourse } from '../../../core/model/course';
import { sequentialIds } from '../../../core/model/ids';
import { addLesson, deleteItem, renameItem } from '../../../core/model/outline';
import { isDirty, openedState, savedState, withCourse } from './projectState';

function opened() {
  const ids = sequentialIds();
  let course = createCourse({ title: 'T', ids });
  const moduleId = course.modules[0]!.id;
  course = addLesson(course, moduleId, 'Second', undefined, ids).course;
  return openedState({ course, filePath: null, fileName: 'Untitled', warnings: [] });
}

describe('projectState', () => {
  it('opens with the first lesson selected and nothing to save', () => {
    const state = opened();
    expect(state.selectedLessonId).toBe(state.course.modules[0]!.lessons[0]!.id);
    expect(isDirty(state)).toBe(false);
  });

  it('opens recovered work with unsaved changes, clean once saved', () => {
    const { course } = opened();
    const state = openedState({
      course,
      filePath: '/a.oercourse',
      fileName: 'a.oercourse',
      warnings: [],
      dirty: true,
    });
    expect(isDirty(state)).toBe(true);
    expect(state.course).toBe(course);
    expect(isDirty(savedState(state, course, { filePath: '/a.oercourse', fileName: 'a.oercourse' }))).toBe(
      false,
    );
  });

  it('gives each opened project a new session, so reopening a file rebuilds the editors', () => {
    expect(opened().session).not.toBe(opened().session);
  });

  it('is dirty after an edit and clean after saving that course', () => {
    const state = opened();
    const edited = withCourse(state, renameItem(state.course, state.course.modules[0]!.id, 'en', 'Renamed'));
    expect(isDirty(edited)).toBe(true);
    const saved = savedState(edited, edited.course, { filePath: '/a/b.oercourse', fileName: 'b.oercourse' });
    expect(isDirty(saved)).toBe(false);
    expect(saved.fileName).toBe('b.oercourse');
  });

  it('stays dirty when the course changed while it was being saved', () => {
    const state = opened();
    const sent = state.course;
    const later = withCourse(state, renameItem(sent, sent.modules[0]!.id, 'en', 'Later'));
    const saved = savedState(later, sent, { filePath: '/a.oercourse', fileName: 'a.oercourse' });
    expect(isDirty(saved)).toBe(true);
  });

  it('selects the lesson that took the place of a deleted selected lesson', () => {
    const state = opened();
    const [first, second] = state.course.modules[0]!.lessons;
    const next = withCourse(state, deleteItem(state.course, first!.id));
    expect(next.selectedLessonId).toBe(second!.id);
    const empty = withCourse(next, deleteItem(next.course, second!.id));
    expect(empty.selectedLessonId).toBeNull();
  });

  it('returns the same state for the same course', () => {
    const state = opened();
    expect(withCourse(state, state.course)).toBe(state);
  });
});
