import { useEffect, useRef } from 'react';
import type { ApiError } from '../../../shared/ipc';
import { i18n } from '../i18n';
import { errorTexts } from '../i18n/messageText';
import { isDirty } from '../state/projectState';
import type { ProjectStore } from '../state/projectStore';
import type { Notify } from './useNotices';

/**
 * How long after the last edit a copy is kept: long enough not to write on every keystroke,
 * short enough that a crash loses a sentence at most.
 */
export const AUTOSAVE_DELAY_MS = 3000;

/**
 * Has main keep a copy of the unsaved course in its recovery area a few seconds after each
 * edit (`autosave` never touches the author's file). A failure is shown once, not every few
 * seconds, and again only after a copy has succeeded in between.
 */
export function useAutosave(
  store: ProjectStore,
  autosave: () => Promise<ApiError | null>,
  notify: Notify,
): void {
  const failing = useRef(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Every change restarts the wait, typed text included (it changes the course without
    // re-rendering the window: see ProjectStore).
    const unwatch = store.watch(() => {
      clearTimeout(timer);
      const state = store.snapshotNow();
      if (!state || !isDirty(state)) return;
      timer = setTimeout(() => {
        void autosave().then((error) => {
          if (error && !failing.current)
            notify.warning(i18n.t('recovery.autosaveFailed'), [errorTexts(error).message]);
          failing.current = error !== null;
        });
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      unwatch();
      clearTimeout(timer);
    };
  }, [store, autosave, notify]);
}
