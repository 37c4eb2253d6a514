import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLesson, addModule, deleteItem, moveItem, renameItem } from '../../../core/model/outline';
import type { Course } from '../../../core/model/types';
import { Toolbar } from '../app/Toolbar';
import { ToolButton } from '../app/ToolButton';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { OutlineTree, type OutlineTreeActions } from './OutlineTree';
import { outlineRows, type OutlineRow } from './outlineRows';

/** Props of {@link Outline}. */
export interface OutlineProps {
  course: Course;
  selectedLessonId: string | null;
  onSelectLesson: (lessonId: string) => void;
  /** A new course; `select` opens that lesson in the editor too. */
  onChange: (course: Course, select?: string) => void;
}

/**
 * The left pane: the course's modules and lessons, with a toolbar that acts on the focused
 * item (add, rename, move, delete). Everything the mouse does, the keyboard does too.
 */
export const Outline = memo(function Outline({
  course,
  selectedLessonId,
  onSelectLesson,
  onChange,
}: OutlineProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<OutlineRow | null>(null);
  const [onlyWork, setOnlyWork] = useState(false);
  const treeRef = useRef<HTMLDivElement>(null);
  // Set by keyboard and toolbar actions: the item to focus once React has drawn it.
  const pendingFocus = useRef<string | null>(null);

  const rows = useMemo(() => outlineRows(course, collapsed, onlyWork), [course, collapsed, onlyWork]);
  const active = effectiveActive(course, rows, activeId, selectedLessonId);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id || renamingId) return;
    pendingFocus.current = null;
    treeRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  });

  const focusItem = (id: string) => {
    setActiveId(id);
    pendingFocus.current = id;
  };
  const expand = (moduleId: string) =>
    setCollapsed((set) => {
      if (!set.has(moduleId)) return set;
      const next = new Set(set);
      next.delete(moduleId);
      return next;
    });

  /** Moves an item; from the tree, focus follows it; from the toolbar, it stays on the button. */
  const moveBy = (id: string, delta: -1 | 1, follow: boolean) => {
    const row = rows.find((r) => r.id === id);
    if (!row || !(delta < 0 ? row.canMoveUp : row.canMoveDown)) return;
    const next = moveItem(course, id, delta);
    // A lesson that crossed into a collapsed module must stay visible.
    const owner = next.modules.find((m) => m.lessons.some((l) => l.id === id));
    if (owner) expand(owner.id);
    onChange(next);
    if (follow) focusItem(id);
    else setActiveId(id);
  };

  const actions: OutlineTreeActions = {
    focus: focusItem,
    select: onSelectLesson,
    toggle: (moduleId) =>
      setCollapsed((set) => {
        const next = new Set(set);
        if (!next.delete(moduleId)) next.add(moduleId);
        return next;
      }),
    move: (id, delta) => moveBy(id, delta, true),
    startRename: (id) => {
      setActiveId(id);
      setRenamingId(id);
    },
    renamed: (id, title) => {
      setRenamingId(null);
      focusItem(id);
      const row = rows.find((r) => r.id === id);
      if (title !== null && title.trim() && title.trim() !== row?.title) {
        onChange(renameItem(course, id, course.languages.source, title.trim()));
      }
    },
    remove: (id) => setDeleting(rows.find((r) => r.id === id) ?? null),
  };

  const addNewModule = () => {
    const before = new Set(course.modules.map((m) => m.id));
    const withModule = addModule(course, t('outline.newModule'), active?.moduleId);
    const module = withModule.modules.find((m) => !before.has(m.id));
    const lesson = module?.lessons[0];
    if (!module || !lesson) return;
    // Core names the first lesson in English; name it in the interface language instead.
    onChange(renameItem(withModule, lesson.id, course.languages.source, t('outline.newLesson')), lesson.id);
    actions.startRename(module.id);
  };

  const addNewLesson = () => {
    const moduleId = active?.moduleId ?? course.modules.at(-1)?.id;
    if (!moduleId) {
      addNewModule();
      return;
    }
    const after = active?.kind === 'lesson' ? active.id : undefined;
    const { course: next, lesson } = addLesson(course, moduleId, t('outline.newLesson'), after);
    expand(moduleId);
    onChange(next, lesson.id);
    actions.startRename(lesson.id);
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const index = rows.findIndex((r) => r.id === deleting.id);
    const remaining = rows.filter(
      (r) => r.id !== deleting.id && r.moduleId !== (deleting.kind === 'module' ? deleting.id : ''),
    );
    const neighbour = remaining[Math.min(index, remaining.length - 1)] ?? remaining.at(-1);
    onChange(deleteItem(course, deleting.id));
    setDeleting(null);
    if (neighbour) focusItem(neighbour.id);
  };

  return (
    <div className="outline" ref={treeRef}>
      <div className="pane-header">
        <h2 className="pane-title">{t('outline.title')}</h2>
        <Toolbar label={t('outline.toolbar')} className="outline-toolbar">
          <ToolButton icon="folderPlus" label={t('outline.addModule')} onClick={addNewModule} />
          <ToolButton icon="plus" label={t('outline.addLesson')} onClick={addNewLesson} />
          <ToolButton
            icon="pencil"
            label={t('outline.rename')}
            shortcut="F2"
            disabled={!active}
            onClick={() => active && actions.startRename(active.id)}
          />
          <ToolButton
            icon="up"
            label={t('outline.moveUp')}
            shortcut="Alt+ArrowUp"
            disabled={!active?.canMoveUp}
            onClick={() => active && moveBy(active.id, -1, false)}
          />
          <ToolButton
            icon="down"
            label={t('outline.moveDown')}
            shortcut="Alt+ArrowDown"
            disabled={!active?.canMoveDown}
            onClick={() => active && moveBy(active.id, 1, false)}
          />
          <ToolButton
            icon="trash"
            label={t('outline.delete')}
            shortcut="Delete"
            disabled={!active}
            onClick={() => active && actions.remove(active.id)}
          />
          <ToolButton
            icon="filter"
            label={t('translate.filter')}
            pressed={onlyWork}
            onClick={() => setOnlyWork((on) => !on)}
          />
        </Toolbar>
      </div>
      {rows.length > 0 ? (
        <OutlineTree
          course={course}
          rows={rows}
          activeId={active?.id ?? null}
          selectedLessonId={selectedLessonId}
          renamingId={renamingId}
          actions={actions}
        />
      ) : (
        <p className="outline-empty">{t(onlyWork ? 'translate.filterEmpty' : 'outline.empty')}</p>
      )}
      {deleting ? (
        <ConfirmDialog
          title={deleting.kind === 'module' ? t('outline.deleteModuleTitle') : t('outline.deleteLessonTitle')}
          message={
            deleting.kind === 'module'
              ? t('outline.deleteModuleMessage', {
                  title: deleting.title || t('outline.untitled'),
                  count: course.modules.find((m) => m.id === deleting.id)?.lessons.length ?? 0,
                })
              : t('outline.deleteLessonMessage', { title: deleting.title || t('outline.untitled') })
          }
          confirmLabel={t('outline.delete')}
          onConfirm={confirmDelete}
          onCancel={() => {
            focusItem(deleting.id);
            setDeleting(null);
          }}
        />
      ) : null}
    </div>
  );
});

/**
 * The item that holds the tree's tab stop: the one last focused if it is still shown, else
 * its module (collapsed), else the lesson in the editor, else the first row.
 */
function effectiveActive(
  course: Course,
  rows: OutlineRow[],
  activeId: string | null,
  selectedId: string | null,
): OutlineRow | undefined {
  const byId = (id: string | null | undefined) => (id ? rows.find((r) => r.id === id) : undefined);
  const moduleOf = (id: string | null) => course.modules.find((m) => m.lessons.some((l) => l.id === id))?.id;
  return (
    byId(activeId) ?? byId(moduleOf(activeId)) ?? byId(selectedId) ?? byId(moduleOf(selectedId)) ?? rows[0]
  );
}
