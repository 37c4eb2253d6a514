import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../core/model/types';
import { changeTargetLanguage, swapLanguages } from '../../../core/translate/languages';
import type { XliffUnitRef } from '../../../core/translate/xliff';
import { nextNeedingWork, type CoursePlace } from '../../../core/translate/nextNeedingWork';
import { languageLabel } from '../app/languages';
import type { Notify } from '../app/useNotices';
import { messageText, warningTexts } from '../i18n/messageText';
import type { FocusRequest } from '../editor/LessonEditor';
import { withCourse } from '../state/projectState';
import { request } from '../state/request';
import type { ProjectStore } from '../state/projectStore';

/** A course-wide change that one click takes back, while nothing else has changed since. */
export interface UndoableChange {
  /** What was done, in the interface language ("Languages swapped."). */
  label: string;
  before: Course;
  after: Course;
}

/**
 * The translator's commands that act on the whole course: go to the next block needing work,
 * swap the languages, change the target language, and apply a course-wide change (an XLIFF
 * import) so that it can be undone in one step.
 */
export function useTranslationCommands(store: ProjectStore, notify: Notify) {
  const { t } = useTranslation();
  const cursor = useRef<CoursePlace | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [undoable, setUndoable] = useState<UndoableChange | null>(null);
  // Bumped by each course-wide change, so the editors reload the text it replaced.
  const [revision, setRevision] = useState(0);

  const onCursor = useCallback(
    (blockId: string | null) => {
      // Not get(): the cursor moves with every keystroke, and get() shows pending edits.
      const lessonId = store.snapshotNow()?.selectedLessonId;
      if (lessonId) cursor.current = { lessonId, blockId };
    },
    [store],
  );

  const next = useCallback(() => {
    const state = store.get();
    if (!state) return;
    const from = cursor.current?.lessonId === state.selectedLessonId ? cursor.current : null;
    const place = nextNeedingWork(state.course, from);
    if (!place) {
      notify.success(t('translate.allDone'));
      return;
    }
    cursor.current = place;
    store.update((s) => ({ ...s, selectedLessonId: place.lessonId }));
    setFocus({ ...place, seq: Date.now() });
  }, [store, notify, t]);

  /** Replaces the course with `change(course)`, offering to undo it. */
  const apply = useCallback(
    (label: string, change: (course: Course) => Course) => {
      const state = store.get();
      if (!state) return;
      const after = change(state.course);
      if (after === state.course) return;
      store.update((s) => withCourse(s, after));
      setRevision((r) => r + 1);
      setUndoable({ label, before: state.course, after });
    },
    [store],
  );

  const undo = useCallback(() => {
    const state = store.get();
    // Only while the course is exactly what the change left: undoing later would lose edits.
    if (!state || !undoable || state.course !== undoable.after) return;
    store.update((s) => withCourse(s, undoable.before));
    setRevision((r) => r + 1);
    setUndoable(null);
  }, [store, undoable]);

  const swap = useCallback(() => apply(t('translate.swapped'), swapLanguages), [apply, t]);
  const changeTarget = useCallback(
    (lang: string, keep: boolean) =>
      apply(t('translate.targetChanged', { language: languageLabel(lang) }), (c) =>
        changeTargetLanguage(c, lang, keep),
      ),
    [apply, t],
  );

  const exportXliff = useCallback(
    async (version: '1.2' | '2.0') => {
      const state = store.get();
      if (!state) return;
      const result = await request(() => window.api.exportXliff({ course: state.course, version }));
      if (!result.ok) notify.error(result.error);
      else if (result.value)
        notify.success(
          t('xliff.exported', {
            units: result.value.units,
            toTranslate: result.value.toTranslate,
            file: result.value.filePath,
          }),
        );
    },
    [store, notify, t],
  );

  const importXliff = useCallback(async () => {
    const state = store.get();
    if (!state) return;
    const result = await request(() => window.api.importXliff({ course: state.course }));
    if (!result.ok) return notify.error(result.error);
    if (!result.value) return;
    const { course, report } = result.value;
    if (store.get()?.course !== state.course) {
      // Applying it now would drop what was typed while the file was read.
      notify.error({ code: 'changed', message: t('errors.changedWhileBusy'), details: [] });
      return;
    }
    // Places come from core: "Course" and "Module …" are worded in the interface language.
    const places = (refs: XliffUnitRef[]) => refs.map((u) => messageText(u.whereText, u.where)).join('; ');
    const details = [
      ...(report.outdated.length
        ? [`${t('xliff.outdated', { count: report.outdated.length })} ${places(report.outdated)}`]
        : []),
      ...(report.conflicts.length ? [t('xliff.conflicts', { where: places(report.conflicts) })] : []),
      ...(report.unknownIds.length
        ? [t('xliff.unknown', { ids: warningTexts(report.unknownIds, report.unknownIdTexts).join(', ') })]
        : []),
      ...(report.brokenUnits.length ? [t('xliff.broken', { where: places(report.brokenUnits) })] : []),
    ];
    if (!report.changedLessons.length && !report.updated) {
      notify.success(t('xliff.nothing'), details);
      return;
    }
    apply(t('xliff.importedLabel'), () => course);
    const message = t('xliff.imported', { count: report.updated });
    if (details.length) notify.warning(message, details);
    else notify.success(message);
  }, [store, notify, t, apply]);

  return useMemo(
    () => ({
      focus,
      revision,
      onCursor,
      next,
      swap,
      changeTarget,
      apply,
      exportXliff,
      importXliff,
      /** The last course-wide change: it can be undone while the course is still `after`. */
      undoable,
      undo,
      dismissUndo: () => setUndoable(null),
    }),
    [focus, revision, onCursor, next, swap, changeTarget, apply, exportXliff, importXliff, undoable, undo],
  );
}
