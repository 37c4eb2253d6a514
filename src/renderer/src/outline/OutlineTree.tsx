import { useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../core/model/types';
import { OutlineItem, type OutlineItemActions } from './OutlineItem';
import type { OutlineRow } from './outlineRows';

/** What the tree asks its owner to do; the owner changes the course and the focus. */
export interface OutlineTreeActions {
  /** Makes `id` the active (focused) item. */
  focus(id: string): void;
  select(lessonId: string): void;
  toggle(moduleId: string): void;
  move(id: string, delta: -1 | 1): void;
  startRename(id: string): void;
  renamed(id: string, title: string | null): void;
  remove(id: string): void;
}

/** Props of {@link OutlineTree}. */
export interface OutlineTreeProps {
  course: Course;
  rows: OutlineRow[];
  activeId: string | null;
  selectedLessonId: string | null;
  renamingId: string | null;
  actions: OutlineTreeActions;
}

/**
 * The course as a WAI-ARIA tree: modules hold lessons. One item is in the tab order; arrows
 * move, Right/Left expand and collapse, Enter opens a lesson, Alt+↑/↓ reorder, F2 renames and
 * Delete removes.
 */
export function OutlineTree({
  course,
  rows,
  activeId,
  selectedLessonId,
  renamingId,
  actions,
}: OutlineTreeProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const lang = course.languages.source;
  // The items' actions are one object for good, calling the latest actions of the tree.
  const live = useRef(actions);
  useLayoutEffect(() => {
    live.current = actions;
  });
  const itemActions = useMemo<OutlineItemActions>(
    () => ({
      click: (id, kind) => {
        live.current.focus(id);
        if (kind === 'lesson') live.current.select(id);
      },
      toggle: (id) => live.current.toggle(id),
      startRename: (id) => live.current.startRename(id),
      renamed: (id, title) => live.current.renamed(id, title),
    }),
    [],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const index = rows.findIndex((r) => r.id === activeId);
    const row = rows[index];
    if (!row || e.ctrlKey || e.metaKey) return;
    const focusAt = (i: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (target) actions.focus(target.id);
    };
    const handled = () => e.preventDefault();
    if (e.altKey) {
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        handled();
        actions.move(row.id, e.key === 'ArrowUp' ? -1 : 1);
      }
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        handled();
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        handled();
        focusAt(index - 1);
        break;
      case 'Home':
        handled();
        focusAt(0);
        break;
      case 'End':
        handled();
        focusAt(rows.length - 1);
        break;
      case 'ArrowRight':
        handled();
        if (row.kind === 'module' && !row.expanded) actions.toggle(row.id);
        else if (row.kind === 'module' && rows[index + 1]?.kind === 'lesson') focusAt(index + 1);
        break;
      case 'ArrowLeft':
        handled();
        if (row.kind === 'module' && row.expanded) actions.toggle(row.id);
        else if (row.kind === 'lesson') actions.focus(row.moduleId);
        break;
      case 'Enter':
      case ' ':
        handled();
        if (row.kind === 'lesson') actions.select(row.id);
        else actions.toggle(row.id);
        break;
      case 'F2':
        handled();
        actions.startRename(row.id);
        break;
      case 'Delete':
        handled();
        actions.remove(row.id);
        break;
    }
  };

  return (
    <>
      <ul
        role="tree"
        className="tree"
        aria-label={t('outline.tree')}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => (
          <OutlineItem
            key={row.id}
            row={row}
            active={row.id === activeId}
            selected={row.id === selectedLessonId}
            renaming={row.id === renamingId}
            lang={lang}
            actions={itemActions}
          />
        ))}
      </ul>
      <p id={helpId} className="tree-help">
        {t('outline.keyboardHelp')}
      </p>
    </>
  );
}
