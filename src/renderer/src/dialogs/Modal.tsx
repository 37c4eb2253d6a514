import { useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link Modal}. */
export interface ModalProps {
  title: string;
  /** Called on Escape and Cancel. */
  onClose: () => void;
  /** Called when the form is submitted (Enter or the primary button). */
  onSubmit: () => void;
  submitLabel: string;
  /** Disables both buttons and Escape, e.g. while a request runs. */
  busy?: boolean;
  /** Disables only the primary button, e.g. until there is something to submit. */
  submitDisabled?: boolean;
  /** Styles the primary button as destructive (Delete). */
  danger?: boolean;
  /** A wider dialog, for forms in two columns (course details, media). */
  wide?: boolean;
  /**
   * Buttons that replace Cancel and the primary button, for dialogs with steps (an export in
   * progress has only "Cancel export"). A submit button among them still calls `onSubmit`.
   */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A modal form on the native `<dialog>`: the browser traps focus, makes the rest of the window
 * inert, and restores focus when it closes. Mount it to open it and unmount it to close it.
 * The element marked `data-autofocus` gets focus, else the first field.
 */
export function Modal({
  title,
  onClose,
  onSubmit,
  submitLabel,
  busy,
  submitDisabled,
  danger,
  wide,
  actions,
  children,
}: ModalProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog.close();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && !submitDisabled) onSubmit();
  };

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Escape: let React decide (and unmount), so the dialog and the state never disagree.
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form className="modal-form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">
          {actions ?? (
            <>
              {/* Before a destructive action, focus starts on the safe choice. */}
              <button
                type="button"
                className="button"
                onClick={onClose}
                disabled={busy}
                data-autofocus={danger ? '' : undefined}
              >
                {t('common.cancel')}
              </button>
              <button
                type="submit"
                className={danger ? 'button danger' : 'button primary'}
                disabled={busy || submitDisabled}
              >
                {submitLabel}
              </button>
            </>
          )}
        </div>
      </form>
    </dialog>
  );
}
