import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** Props of {@link ToolButton}. */
export interface ToolButtonProps {
  label: string;
  /** Drawn instead of the label; the label stays the accessible name and the tooltip. */
  icon?: IconName;
  /** A text glyph drawn instead of an icon ("B", "H2"). */
  glyph?: ReactNode;
  /** Shown with the label, e.g. "Save" next to its icon. */
  showLabel?: boolean;
  /** With `showLabel`: the label is the first to give way (to the tooltip) in a narrow window. */
  compact?: boolean;
  /** Shown in the tooltip and announced, in the `aria-keyshortcuts` syntax ("Control+S"). */
  shortcut?: string;
  /** For toggles (bold, preview): whether it is on. */
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

/** A toolbar button: an icon or glyph, a tooltip with its shortcut, and an accessible name. */
export function ToolButton({
  label,
  icon,
  glyph,
  showLabel,
  compact,
  shortcut,
  pressed,
  disabled,
  onClick,
}: ToolButtonProps) {
  return (
    <button
      type="button"
      className={['tool-button', showLabel && 'with-label', compact && 'compact'].filter(Boolean).join(' ')}
      aria-label={showLabel ? undefined : label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl').replace('Meta', '⌘')})` : label}
      disabled={disabled}
      // Keep the editor's selection: a mouse click on the toolbar must not take focus from the text.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {icon ? <Icon name={icon} /> : null}
      {glyph ? (
        <span className="glyph" aria-hidden="true">
          {glyph}
        </span>
      ) : null}
      {showLabel ? <span className="tool-label">{label}</span> : null}
    </button>
  );
}
