import { useId, type Ref } from 'react';
import { Modal } from './Modal';

/** How far a task has got, when it has said so; null shows a bar that only moves. */
type Progress = { done: number; total: number } | null;

/** A progress bar for a long task, announced with its value (`valueText`, e.g. "3 of 40 files"). */
function ProgressBar({
  labelledBy,
  progress,
  valueText,
}: {
  labelledBy: string;
  progress: Progress;
  valueText: string;
}) {
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

/** Props of {@link ProgressModal}. */
export interface ProgressModalProps {
  title: string;
  /** What runs ("Exporting SCORM 1.2…"), or that it is being cancelled. */
  heading: string;
  progress: Progress;
  /** What a screen reader says for the bar's value. */
  valueText: string;
  /** The line under the bar, for sighted users (the bar's value is already announced). */
  note: string;
  cancelLabel: string;
  cancelling: boolean;
  onCancel: () => void;
  /** The Cancel button, for a dialog that moves focus to it when its task starts. */
  cancelRef?: Ref<HTMLButtonElement>;
}

/** A long task under way (an export, an import): its progress, and Cancel as the only way out. */
export function ProgressModal({
  title,
  heading,
  progress,
  valueText,
  note,
  cancelLabel,
  cancelling,
  onCancel,
  cancelRef,
}: ProgressModalProps) {
  const id = useId();
  return (
    <Modal
      title={title}
      onClose={() => undefined}
      onSubmit={() => undefined}
      submitLabel=""
      busy
      actions={
        <button
          type="button"
          ref={cancelRef}
          className="button"
          data-autofocus
          onClick={onCancel}
          disabled={cancelling}
        >
          {cancelLabel}
        </button>
      }
    >
      <div className="export-progress">
        <p className="export-progress-title" id={`${id}-progress`}>
          {heading}
        </p>
        <ProgressBar labelledBy={`${id}-progress`} progress={progress} valueText={valueText} />
        <p className="modal-note" aria-hidden="true">
          {note}
        </p>
      </div>
    </Modal>
  );
}
