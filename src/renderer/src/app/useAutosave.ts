import { useEffect, useRef } from 'react';
import type { ApiError } from '../../../shared/ipc';
import { i18n } from '../i18n';
import type { Course } from '../../../core/model/types';
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
  course: Course | undefined,
  dirty: boolean,
  autosave: () => Promise<ApiError | null>,
  notify: Notify,
): void {
  const failing = useRef(false);
  useEffect(() => {
    if (!course || !dirty) return;
    const timer = setTimeout(() => {
      void autosave().then((error) => {
        if (error && !failing.current) notify.warning(i18n.t('recovery.autosaveFailed'), [error.message]);
        failing.current = error !== null;
      });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [course, dirty, autosave, notify]);
}
