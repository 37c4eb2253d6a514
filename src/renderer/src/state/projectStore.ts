import { useSyncExternalStore } from 'react';
import type { ProjectState } from './projectState';

/** The longest that typed text waits before the rest of the window shows it. */
export const DEFER_MS = 200;

/** An edit of the project state. */
export type StateEdit = (state: ProjectState) => ProjectState;

/**
 * Holds the open project outside React, so async commands (save, close, menu clicks) always
 * read the latest state instead of the one captured when a callback was created.
 *
 * Text typed in the editors arrives through {@link ProjectStore.defer}: the edits are applied
 * together when the window is idle (at the latest {@link DEFER_MS} later), so a keystroke costs
 * the editor's own work, and the outline, status bar and margins follow in the pauses of the
 * typing, however long the lesson. Those edits re-render the window only when something it
 * shows changed ({@link ProjectStore.setDigest}): a React commit while a 20,000-word editor has
 * the focus walks the whole editor (React's selection bookkeeping) and slowed the next
 * keystroke by half. Reading
 * the state with {@link ProjectStore.get} applies what is pending first, so a save or an export
 * never misses the last keystroke.
 */
export class ProjectStore {
  private state: ProjectState | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly watchers = new Set<() => void>();
  /** What React last rendered. */
  private visible: ProjectState | null = null;
  private digest: ((state: ProjectState) => string) | null = null;
  private shownDigest = '';
  private pending: StateEdit[] = [];
  private idle = 0;

  /**
   * The current state, with pending editor edits applied and shown; null until a project is
   * open. Commands read it, so a save, an export or a dialog always has the last keystroke.
   */
  readonly get = (): ProjectState | null => {
    this.flush();
    if (this.visible !== this.state) this.show();
    return this.state;
  };

  /** The latest state, without applying pending edits (for listeners). */
  readonly snapshotNow = (): ProjectState | null => this.state;

  /** The state as React last saw it (no side effects, as `useSyncExternalStore` requires). */
  readonly snapshot = (): ProjectState | null => this.visible;

  /**
   * Sets what the window shows of a state, as a string: deferred text edits that leave it
   * unchanged do not re-render the window (the editors show the text already).
   */
  setDigest(digest: (state: ProjectState) => string): void {
    this.digest = digest;
  }

  /** Calls `listener` after every change, shown or not (autosave); returns the unsubscribe function. */
  readonly watch = (listener: () => void): (() => void) => {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  };

  /** Replaces the state and notifies subscribers; pending edits of the old state are dropped. */
  set(next: ProjectState | null): void {
    this.pending = [];
    this.replace(next);
  }

  /** Applies `fn` to the current state (after pending edits) when a project is open. */
  update(fn: StateEdit): void {
    this.flush();
    if (this.state) this.replace(fn(this.state));
  }

  /** Queues `fn` until the window is idle (editor text); see the class comment. */
  defer(fn: StateEdit): void {
    this.pending.push(fn);
    if (!this.idle) this.idle = requestIdleCallback(() => this.flush(), { timeout: DEFER_MS });
  }

  /** Applies the pending edits now. */
  flush(): void {
    if (this.idle) cancelIdleCallback(this.idle);
    this.idle = 0;
    if (!this.pending.length) return;
    const edits = this.pending;
    this.pending = [];
    let next = this.state;
    for (const edit of edits) if (next) next = edit(next);
    this.replace(next, true);
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private replace(next: ProjectState | null, quiet = false): void {
    if (next === this.state) return;
    this.state = next;
    for (const watcher of this.watchers) watcher();
    if (quiet && this.digest && next && this.visible && this.digest(next) === this.shownDigest) return;
    this.show();
  }

  private show(): void {
    this.shownDigest = this.state && this.digest ? this.digest(this.state) : '';
    this.visible = this.state;
    for (const listener of this.listeners) listener();
  }
}

/** The current project state of `store`, re-rendering on each change. */
export function useProjectState(store: ProjectStore): ProjectState | null {
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
