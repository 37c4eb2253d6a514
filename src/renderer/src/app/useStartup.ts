import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecentFileEntry, RecoveryEntry } from '../../../shared/ipc';
import { request } from '../state/request';
import type { ProjectCommands } from '../state/useProjectCommands';
import type { Notify } from './useNotices';

/** What the window starts with, and what the recovery dialog and the start screen do. */
export interface Startup {
  /** False until the first document (or the start screen) is decided. */
  started: boolean;
  /** Work left by a crash, still to recover or discard; the dialog shows while there is some. */
  recoveries: RecoveryEntry[];
  recentFiles: RecentFileEntry[];
  recover(id: string): Promise<void>;
  discard(id: string): Promise<void>;
  /** Closes the recovery dialog; its entries stay for the next start. */
  closeRecoveries(): void;
  openRecent(filePath: string): Promise<void>;
  clearRecent(): Promise<void>;
}

/**
 * Decides what the window shows first. A file the system asked to open (command line,
 * double-click) comes first; work left by a crash is offered over the start screen; an author
 * with recent courses sees them on the start screen; a first start opens the sample.
 */
export function useStartup(commands: ProjectCommands, notify: Notify): Startup {
  const [started, setStarted] = useState(false);
  const [recoveries, setRecoveries] = useState<RecoveryEntry[]>([]);
  const [recentFiles, setRecentFiles] = useState<RecentFileEntry[]>([]);

  // StrictMode runs effects twice in development; the start must happen once.
  const once = useRef(false);
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    void (async () => {
      const info = await request(() => window.api.startupInfo());
      if (!info.ok) notify.error(info.error);
      const start = info.ok ? info.value : { recoveries: [], recentFiles: [], fileRequested: false };
      setRecoveries(start.recoveries);
      setRecentFiles(start.recentFiles);
      if (start.fileRequested && (await commands.openRequested())) return;
      if (start.recoveries.length > 0 || start.recentFiles.length > 0) return;
      await commands.openSample();
    })().finally(() => setStarted(true));
  }, [commands, notify]);

  const recover = useCallback(
    async (id: string) => {
      // One document per window: the others stay in the recovery area for the next start.
      if (await commands.recover(id)) setRecoveries([]);
    },
    [commands],
  );
  const discard = useCallback(
    async (id: string) => {
      const result = await request(() => window.api.discardRecovery({ id }));
      if (!result.ok) notify.error(result.error);
      else setRecoveries((list) => list.filter((entry) => entry.id !== id));
    },
    [notify],
  );
  const closeRecoveries = useCallback(() => setRecoveries([]), []);
  const openRecent = useCallback((filePath: string) => commands.openRecent(filePath), [commands]);
  const clearRecent = useCallback(async () => {
    const result = await request(() => window.api.clearRecentFiles());
    if (!result.ok) notify.error(result.error);
    else setRecentFiles([]);
  }, [notify]);

  return { started, recoveries, recentFiles, recover, discard, closeRecoveries, openRecent, clearRecent };
}
