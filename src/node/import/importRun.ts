/**
 * One import's progress and cancellation, shared by the importers so they report and stop
 * the same way.
 */
import type { ImportOptions } from './types';

/** Counts an import's units of work, reports them, and stops when the signal is aborted. */
export class ImportRun {
  private done = 0;
  private total = 0;

  constructor(private readonly options: ImportOptions) {}

  /** Adds `units` to the work still to do. */
  plan(units: number): void {
    this.total += units;
    this.emit();
  }

  /** Marks `units` as done, after checking for a cancel. */
  step(units = 1): void {
    this.check();
    this.done = Math.min(this.total, this.done + units);
    this.emit();
  }

  /** Throws the signal's reason once the import is cancelled. */
  check(): void {
    this.options.signal?.throwIfAborted();
  }

  /** Reports the import as complete. */
  finish(): void {
    this.total = Math.max(this.total, 1);
    this.done = this.total;
    this.emit();
  }

  private emit(): void {
    this.options.onProgress?.({ done: this.done, total: this.total });
  }
}
