import { useSyncExternalStore } from 'react';
import type { ProjectState } from './projectState';

/**
 * Holds the open project outside React, so async commands (save, close, menu clicks) always
 * read the latest state instead of the one captured when a callback was created.
 */
export class ProjectStore {
  private state: ProjectState | null = null;
  private readonly listeners = new Set<() => void>();

  /** The current state; null until a project has been opened. */
  readonly get = (): ProjectState | null => this.state;

  /** Replaces the state and notifies subscribers (no-op when nothing changed). */
  set(next: ProjectState | null): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Applies `fn` to the current state when a project is open. */
  update(fn: (state: ProjectState) => ProjectState): void {
    if (this.state) this.set(fn(this.state));
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The current project state of `store`, re-rendering on each change. */
export function useProjectState(store: ProjectStore): ProjectState | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
