import { useId } from 'react';

/** Props of {@link CheckField}. */
export interface CheckFieldProps {
  label: string;
  /** A line under the label, read after the name rather than as part of it. */
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A checkbox with its label and an optional description line. */
export function CheckField({ label, description, checked, onChange, disabled }: CheckFieldProps) {
  const id = useId();
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
      />
      <span className="check-text">
        <span className="check-label" id={`${id}-label`}>
          {label}
        </span>
        {description ? (
          <span className="check-description" id={`${id}-description`}>
            {description}
          </span>
        ) : null}
      </span>
    </label>
  );
}
