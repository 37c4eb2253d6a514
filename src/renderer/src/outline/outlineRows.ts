import { pickText } from '../../../core/model/course';
import type { Course } from '../../../core/model/types';

/** One visible line of the outline tree: a module, or a lesson of an expanded module. */
export interface OutlineRow {
  id: string;
  kind: 'module' | 'lesson';
  /** The module itself, or the lesson's module. */
  moduleId: string;
  /** The title in the source language, else the target; "" when neither is written. */
  title: string;
  /** Whether it can move up / down: a lesson at a module's edge moves into the neighbour. */
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** For modules: whether its lessons are shown. */
  expanded?: boolean;
  /** 1-based place among its siblings, and their number (`aria-posinset`, `aria-setsize`). */
  position: number;
  siblings: number;
}

/** The rows of the outline in reading order, leaving out the lessons of collapsed modules. */
export function outlineRows(course: Course, collapsed: ReadonlySet<string>): OutlineRow[] {
  const { source, target } = course.languages;
  const lastModule = course.modules.length - 1;
  return course.modules.flatMap((module, mi) => {
    const expanded = !collapsed.has(module.id);
    const moduleRow: OutlineRow = {
      id: module.id,
      kind: 'module',
      moduleId: module.id,
      title: pickText(module.title, source, target),
      canMoveUp: mi > 0,
      canMoveDown: mi < lastModule,
      expanded,
      position: mi + 1,
      siblings: course.modules.length,
    };
    if (!expanded) return [moduleRow];
    const lastLesson = module.lessons.length - 1;
    return [
      moduleRow,
      ...module.lessons.map<OutlineRow>((lesson, li) => ({
        id: lesson.id,
        kind: 'lesson',
        moduleId: module.id,
        title: pickText(lesson.title, source, target),
        canMoveUp: mi > 0 || li > 0,
        canMoveDown: mi < lastModule || li < lastLesson,
        position: li + 1,
        siblings: module.lessons.length,
      })),
    ];
  });
}
