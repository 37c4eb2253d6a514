import { useCallback, useMemo, useState } from 'react';
import type { ApiError } from '../../../shared/ipc';
import { errorTexts } from '../i18n/messageText';

/** A message shown above the workspace until the user dismisses it. */
export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'success';
  message: string;
  details: string[];
}

/** Ways to show a notice; stable across renders so commands can keep them. */
export interface Notify {
  error(error: ApiError): void;
  warning(message: string, details?: string[]): void;
  success(message: string, details?: string[]): void;
}

let nextId = 1;

/** The list of notices and the functions that add and dismiss them. */
export function useNotices(): { notices: Notice[]; notify: Notify; dismiss: (id: number) => void } {
  const [notices, setNotices] = useState<Notice[]>([]);
  const push = useCallback((kind: Notice['kind'], message: string, details: string[] = []) => {
    // The same failure twice (a retried save) shows once, as the newest.
    setNotices((list) => [
      ...list.filter((n) => n.kind !== kind || n.message !== message),
      { id: nextId++, kind, message, details },
    ]);
  }, []);
  const notify = useMemo<Notify>(
    () => ({
      error: (e) => {
        // Errors from core carry a descriptor: shown in the interface language, not main's English.
        const { message, details } = errorTexts(e);
        push('error', message, details);
      },
      warning: (message, details) => push('warning', message, details),
      success: (message, details) => push('success', message, details),
    }),
    [push],
  );
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return { notices, notify, dismiss };
}
