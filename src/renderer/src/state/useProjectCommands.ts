import { useMemo, useRef } from 'react';
import type { ApiError, OerApi, OpenedProject, Result } from '../../../shared/ipc';
import { i18n } from '../i18n';
import { warningTexts } from '../i18n/messageText';
import type { Notify } from '../app/useNotices';
import { isDirty, openedState, savedState } from './projectState';
import type { ProjectStore } from './projectStore';
import { request } from './request';

/** What the New Course dialog asks for. */
export type NewCourseRequest = Parameters<OerApi['newCourse']>[0];

/** The file commands of the window, each safe to call from a button, a shortcut or the menu. */
export interface ProjectCommands {
  /** Asks about unsaved changes (saving if asked); true when it is fine to replace the document. */
  confirmDiscard(): Promise<boolean>;
  /** Saves to the current file (or asks where, with `saveAs`); true when it was written. */
  save(saveAs: boolean): Promise<boolean>;
  /** Creates a course; answers the error to show in the New dialog, or null on success. */
  create(req: NewCourseRequest): Promise<ApiError | null>;
  open(): Promise<void>;
  /** Reopens a package that OER Studio exported, as an untitled course. */
  importPackage(): Promise<void>;
  openSample(): Promise<void>;
  /** Deals with unsaved changes, then closes the window. */
  close(): Promise<void>;
  /** Opens work left by a crash (with unsaved changes); true when it opened. */
  recover(id: string): Promise<boolean>;
  /** Opens a course from the recent list. */
  openRecent(filePath: string): Promise<void>;
  /** Opens the file main was asked to open (command line, double-click, Open Recent); true when one opened. */
  openRequested(): Promise<boolean>;
  /** Has main keep a copy of unsaved changes in its recovery area; quiet, answers an error or null. */
  autosave(): Promise<ApiError | null>;
}

/**
 * The file commands over a {@link ProjectStore}. A command that is still running (a save
 * dialog is open) makes the next one wait its turn rather than run alongside it, so two
 * saves never race and a menu click cannot replace a document mid-save.
 */
export function useProjectCommands(store: ProjectStore, notify: Notify): ProjectCommands {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useMemo(() => {
    const serial = <T>(fn: () => Promise<T>): Promise<T> => {
      const run = queue.current.then(fn, fn);
      queue.current = run.catch(() => undefined);
      return run;
    };

    const show = (project: OpenedProject) => {
      store.set(openedState(project));
      if (project.warnings.length > 0) {
        notify.warning(
          // An import or a salvaged file opens untitled: main's "Untitled" is no name to show.
          project.filePath
            ? i18n.t('notices.openedWithWarnings', { name: project.fileName })
            : i18n.t('notices.courseWithWarnings'),
          warningTexts(project.warnings, project.warningTexts),
        );
      }
    };

    const save = async (saveAs: boolean): Promise<boolean> => {
      const state = store.get();
      if (!state) return false;
      const course = state.course;
      const result = await request(() => window.api.saveProject({ course, saveAs }));
      if (!result.ok) {
        notify.error(result.error);
        return false;
      }
      if (!result.value) return false;
      const saved = result.value;
      store.update((s) => savedState(s, course, saved));
      return true;
    };

    const confirmDiscard = async (): Promise<boolean> => {
      const state = store.get();
      if (!state || !isDirty(state)) return true;
      const answer = await request(() => window.api.askUnsavedChanges());
      if (!answer.ok) {
        notify.error(answer.error);
        return false;
      }
      if (answer.value === 'save') return save(false);
      return answer.value === 'discard';
    };

    const replaceWith = async (load: () => Promise<Result<OpenedProject | null>>): Promise<boolean> => {
      if (!(await confirmDiscard())) return false;
      const result = await request(load);
      if (!result.ok) notify.error(result.error);
      else if (result.value) show(result.value);
      return result.ok && Boolean(result.value);
    };

    return {
      confirmDiscard: () => serial(confirmDiscard),
      save: (saveAs) => serial(() => save(saveAs)),
      create: (req) =>
        serial(async () => {
          const result = await request(() => window.api.newCourse(req));
          if (!result.ok) return result.error;
          show(result.value);
          return null;
        }),
      open: () => serial(async () => void (await replaceWith(() => window.api.openProject()))),
      importPackage: () => serial(async () => void (await replaceWith(() => window.api.importPackage()))),
      openSample: () => serial(async () => void (await replaceWith(() => window.api.openSample()))),
      recover: (id) => serial(() => replaceWith(() => window.api.recoverDocument({ id }))),
      openRecent: (filePath) =>
        serial(async () => void (await replaceWith(() => window.api.openRecent({ filePath })))),
      openRequested: () => serial(() => replaceWith(() => window.api.openRequestedFile())),
      // In the same queue as saves and opens, so a copy never pairs one document's course with
      // another's file in main.
      autosave: () =>
        serial(async () => {
          const state = store.get();
          if (!state || !isDirty(state)) return null;
          const result = await request(() => window.api.autosave({ course: state.course }));
          return result.ok ? null : result.error;
        }),
      close: () =>
        serial(async () => {
          if (!(await confirmDiscard())) return;
          const result = await request(() => window.api.closeWindow());
          if (!result.ok) notify.error(result.error);
        }),
    };
  }, [store, notify]);
}
