import { useEffect, useEffectEvent } from 'react';
import type { AppCommand } from '../../../shared/ipc';

/** macOS uses ⌘ where Windows and Linux use Ctrl. */
const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The modifier of command shortcuts, in `aria-keyshortcuts` syntax: "Meta" (⌘) or "Control". */
export const MOD = IS_MAC ? 'Meta' : 'Control';

/** The file commands that have a keyboard shortcut, by letter and Shift. */
const SHORTCUTS: { command: AppCommand; key: string; shift: boolean }[] = [
  { command: 'new', key: 'n', shift: false },
  { command: 'open', key: 'o', shift: false },
  { command: 'save', key: 's', shift: false },
  { command: 'saveAs', key: 's', shift: true },
];

/** A command's shortcut in `aria-keyshortcuts` syntax, e.g. "Control+Shift+S". */
export function shortcutOf(command: AppCommand): string | undefined {
  const s = SHORTCUTS.find((x) => x.command === command);
  if (!s) return undefined;
  return [MOD, s.shift ? 'Shift' : '', s.key.toUpperCase()].filter(Boolean).join('+');
}

/**
 * The command a key press asks for, or null. A Russian keyboard layout gives `e.key === "ы"`
 * for the S key, so a non-Latin key falls back to the physical key (`e.code`).
 */
export function commandForKey(e: KeyboardEvent): AppCommand | null {
  // F8 goes to the next problem in code editors; here, to the next block needing translation.
  if (e.key === 'F8' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) return 'nextToTranslate';
  const mod = IS_MAC ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey) return null;
  const key = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : e.code.replace(/^Key/, '').toLowerCase();
  return SHORTCUTS.find((s) => s.key === key && s.shift === e.shiftKey)?.command ?? null;
}

/**
 * Runs file commands on their shortcuts. Main's menu shows the accelerators without
 * registering them, so the window handles the keys itself. A modal dialog that is open owns
 * the keyboard, so shortcuts wait until it closes.
 */
export function useShortcuts(run: (command: AppCommand) => void): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const command = commandForKey(e);
    if (!command) return;
    e.preventDefault();
    if (e.repeat || document.querySelector('dialog[open]')) return;
    run(command);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
