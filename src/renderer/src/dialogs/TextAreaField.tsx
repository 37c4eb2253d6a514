import { useId, type TextareaHTMLAttributes } from 'react';

/** Props of {@link TextAreaField}: a textarea's own props plus its label and hint. */
export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A line under the field. */
  hint?: string;
  /** An element whose text completes the accessible name (see `TextField`). */
  nameSuffixId?: string;
}

/** A labelled multi-line text field, for a course description and the like. */
export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  nameSuffixId,
  className,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-labelledby={nameSuffixId ? `${id}-label ${nameSuffixId}` : undefined}
        aria-describedby={hint ? noteId : undefined}
      />
      {hint ? (
        <p id={noteId} className="field-note">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
