/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** The id of the element that names the task. */
  labelledBy: string;
  /** How far the task has got, when it has said so; null shows a bar that only moves. */
  progress: { done: number; total: number } | null;
  /** What a screen reader says for the value, e.g. "3 of 40 files". */
  valueText?: string;
}

/** A progress bar for a long task (an export, an import), announced with its value. */
export function ProgressBar({ labelledBy, progress, valueText }: ProgressBarProps) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  return (
    <div
      role="progressbar"
      className={progress ? 'progress' : 'progress indeterminate'}
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={progress ? total : undefined}
      aria-valuenow={progress ? done : undefined}
      aria-valuetext={progress ? valueText : undefined}
    >
      <div
        className="progress-fill"
        style={{ transform: `scaleX(${total > 0 ? Math.min(done / total, 1) : 0})` }}
      />
    </div>
  );
}
