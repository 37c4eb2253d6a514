import { describe, expect, it } from 'vitest';
import { createCourse } from '../../../core/model/course';
import { sequentialIds } from '../../../core/model/ids';
import { addLesson, addModule } from '../../../core/model/outline';
import type { Course } from '../../../core/model/types';
import { outlineRows } from './outlineRows';

function course(): Course {
  const ids = sequentialIds();
  let c = createCourse({ title: 'T', ids });
  c = addModule(c, 'Second module', undefined, ids);
  c = addLesson(c, c.modules[0]!.id, 'Two', undefined, ids).course;
  return c;
}

describe('outlineRows', () => {
  it('lists modules and their lessons in reading order, with positions', () => {
    const rows = outlineRows(course(), new Set());
    expect(rows.map((r) => [r.kind, r.title, r.position, r.siblings])).toEqual([
      ['module', 'Module 1', 1, 2],
      ['lesson', 'Lesson 1', 1, 2],
      ['lesson', 'Two', 2, 2],
      ['module', 'Second module', 2, 2],
      ['lesson', 'Lesson 1', 1, 1],
    ]);
  });

  it('leaves out the lessons of collapsed modules', () => {
    const c = course();
    const rows = outlineRows(c, new Set([c.modules[0]!.id]));
    expect(rows.map((r) => r.title)).toEqual(['Module 1', 'Second module', 'Lesson 1']);
    expect(rows[0]!.expanded).toBe(false);
  });

  it('lets a lesson at a module edge move into the neighbouring module, but not past the ends', () => {
    const rows = outlineRows(course(), new Set());
    const moves = rows.map((r) => [r.title, r.canMoveUp, r.canMoveDown]);
    expect(moves).toEqual([
      ['Module 1', false, true],
      ['Lesson 1', false, true],
      ['Two', true, true],
      ['Second module', true, false],
      ['Lesson 1', true, false],
    ]);
  });

  it('falls back to the target-language title', () => {
    const c = course();
    c.modules[0]!.title = { ru: 'Модуль' };
    expect(outlineRows(c, new Set())[0]!.title).toBe('Модуль');
  });
});
