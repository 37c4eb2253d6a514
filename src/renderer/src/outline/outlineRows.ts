import { pickText } from '../../../core/model/course';
import type { Course } from '../../../core/model/types';
import { lessonSummary, needsWork } from '../../../core/translate/state';

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
  /** For lessons: how many blocks (and the title) are missing or out of date in the target. */
  work?: { missing: number; outdated: number };
  /** 1-based place among its siblings, and their number (`aria-posinset`, `aria-setsize`). */
  position: number;
  siblings: number;
}

/** The rows last handed out, by id: an unchanged row is the same object (see {@link outlineRows}). */
const previous = new Map<string, OutlineRow>();

function sameRow(a: OutlineRow, b: OutlineRow): boolean {
  return (
    (Object.keys(a) as (keyof OutlineRow)[]).every((key) =>
      key === 'work'
        ? a.work?.missing === b.work?.missing && a.work?.outdated === b.work?.outdated
        : a[key] === b[key],
    ) && Object.keys(a).length === Object.keys(b).length
  );
}

/** `row`, or the equal row handed out before, so memoised items skip re-rendering. */
function stable(row: OutlineRow): OutlineRow {
  const before = previous.get(row.id);
  if (before && sameRow(before, row)) return before;
  previous.set(row.id, row);
  return row;
}

/**
 * The rows of the outline in reading order, leaving out the lessons of collapsed modules and,
 * with `onlyWork`, the lessons whose translation is complete (and modules left empty by that).
 * Each lesson's state comes from a per-lesson cache, so an edit recounts one lesson, and rows
 * that did not change are the objects returned last time, so only changed items re-render.
 */
export function outlineRows(course: Course, collapsed: ReadonlySet<string>, onlyWork = false): OutlineRow[] {
  const { source, target } = course.languages;
  const lastModule = course.modules.length - 1;
  return course.modules.flatMap((module, mi) => {
    const expanded = !collapsed.has(module.id);
    const moduleRow: OutlineRow = stable({
      id: module.id,
      kind: 'module',
      moduleId: module.id,
      title: pickText(module.title, source, target),
      canMoveUp: mi > 0,
      canMoveDown: mi < lastModule,
      expanded,
      position: mi + 1,
      siblings: course.modules.length,
    });
    const lastLesson = module.lessons.length - 1;
    const lessons = module.lessons.map((lesson) => ({
      lesson,
      counts: lessonSummary(lesson, source, target),
    }));
    if (onlyWork && !lessons.some(({ counts }) => needsWork(counts))) return [];
    if (!expanded) return [moduleRow];
    return [
      moduleRow,
      ...lessons.flatMap<OutlineRow>(({ lesson, counts }, li) =>
        onlyWork && !needsWork(counts)
          ? []
          : [
              stable({
                id: lesson.id,
                kind: 'lesson',
                moduleId: module.id,
                title: pickText(lesson.title, source, target),
                canMoveUp: mi > 0 || li > 0,
                canMoveDown: mi < lastModule || li < lastLesson,
                work: { missing: counts.missing, outdated: counts.outdated },
                position: li + 1,
                siblings: module.lessons.length,
              }),
            ],
      ),
    ];
  });
}
