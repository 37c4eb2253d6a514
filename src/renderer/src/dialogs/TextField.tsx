import { useId, type InputHTMLAttributes } from 'react';

/** Props of {@link TextField}: an input's own props plus its label, hint and error. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A line under the field, e.g. the name of the language typed. */
  hint?: string;
  /** Shown instead of the hint, and marks the field invalid. */
  error?: string | null;
  autoFocus?: boolean;
  /**
   * An element whose text completes the accessible name, e.g. the language heading of an
   * editor column, so two "Lesson title" fields are told apart without repeating the language.
   */
  nameSuffixId?: string;
}

/** A labelled text input whose hint or error is tied to it with `aria-describedby`. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  autoFocus,
  nameSuffixId,
  className,
  ...input
}: TextFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error || hint;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-labelledby={nameSuffixId ? `${id}-label ${nameSuffixId}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={note ? noteId : undefined}
        data-autofocus={autoFocus ? '' : undefined}
      />
      {note ? (
        <p id={noteId} className={error ? 'field-note field-error' : 'field-note'}>
          {note}
        </p>
      ) : null}
    </div>
  );
}
