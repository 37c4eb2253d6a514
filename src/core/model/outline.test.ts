import { describe, expect, it } from 'vitest';
import { allLessons, createCourse } from './course';
import { sequentialIds } from './ids';
import { addLesson, addModule, deleteItem, moveItem, renameItem } from './outline';

const setup = () => {
  const ids = sequentialIds();
  let course = createCourse({ title: 'Course', ids }); // m1 > l3 (block b2), course c4
  course = addModule(course, 'Second', undefined, ids); // m5 > l7
  course = addLesson(course, 'm1', 'Extra', undefined, ids).course; // l9
  return { course, ids };
};
const outline = (c: ReturnType<typeof setup>['course']) =>
  c.modules.map((m) => `${m.id}:${m.lessons.map((l) => l.id).join(',')}`);

describe('outline edits', () => {
  it('adds modules and lessons with aligned empty documents in both languages', () => {
    const { course } = setup();
    expect(outline(course)).toEqual(['m1:l3,l9', 'm5:l7']);
    const lesson = allLessons(course)[1]!.lesson;
    expect(lesson.title).toEqual({ en: 'Extra' });
    expect(lesson.content['en']?.content?.[0]?.attrs?.['id']).toBe(
      lesson.content['ru']?.content?.[0]?.attrs?.['id'],
    );
  });

  it('renames in one language and keeps the other', () => {
    const { course } = setup();
    const renamed = renameItem(renameItem(course, 'l3', 'ru', 'Урок'), 'm5', 'en', 'Two');
    expect(renamed.modules[0]?.lessons[0]?.title).toEqual({ en: 'Lesson 1', ru: 'Урок' });
    expect(renamed.modules[1]?.title).toEqual({ en: 'Two' });
    expect(course.modules[0]?.lessons[0]?.title).toEqual({ en: 'Lesson 1' }); // input untouched
  });

  it('moves lessons within and across modules, and modules', () => {
    const { course } = setup();
    expect(outline(moveItem(course, 'l9', -1))).toEqual(['m1:l9,l3', 'm5:l7']);
    expect(outline(moveItem(course, 'l9', 1))).toEqual(['m1:l3', 'm5:l9,l7']);
    expect(outline(moveItem(course, 'l7', -1))).toEqual(['m1:l3,l9,l7', 'm5:']);
    expect(outline(moveItem(course, 'm5', -1))).toEqual(['m5:l7', 'm1:l3,l9']);
    expect(moveItem(course, 'm1', -1)).toBe(course);
    expect(moveItem(course, 'l3', -1)).toBe(course);
  });

  it('deletes lessons and modules', () => {
    const { course } = setup();
    expect(outline(deleteItem(course, 'l3'))).toEqual(['m1:l9', 'm5:l7']);
    expect(outline(deleteItem(course, 'm1'))).toEqual(['m5:l7']);
  });
});
