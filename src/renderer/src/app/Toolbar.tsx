import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const NEXT_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * A `role="toolbar"` group that is one tab stop; the arrow keys, Home and End move between its
 * enabled buttons (the WAI-ARIA toolbar pattern). Without it, two formatting toolbars would
 * put twenty tab stops between the title fields and the text.
 */
export function Toolbar({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);

  // The button that last had focus: if it disables itself (Move up at the top of the list),
  // focus goes to its nearest enabled neighbour instead of falling out to the page.
  const lastFocused = useRef<HTMLButtonElement | null>(null);

  const buttons = (): HTMLButtonElement[] =>
    Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []);

  // Buttons get enabled and disabled as the selection moves: keep exactly one in the tab order.
  useLayoutEffect(() => {
    const list = buttons();
    const lost = lastFocused.current;
    let current = list.find((b) => b.tabIndex === 0) ?? list[0];
    if (lost?.disabled && (document.activeElement === document.body || document.activeElement === lost)) {
      const all = Array.from(ref.current?.querySelectorAll('button') ?? []);
      const at = all.indexOf(lost);
      current = list.find((b) => all.indexOf(b) > at) ?? list.at(-1) ?? current;
      current?.focus();
    }
    for (const b of list) b.tabIndex = b === current ? 0 : -1;
  });

  const rove = (target: HTMLButtonElement) => {
    for (const b of buttons()) b.tabIndex = b === target ? 0 : -1;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = NEXT_KEYS[e.key];
    const list = buttons();
    const index = list.indexOf(e.target as HTMLButtonElement);
    if (!next || index < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const target = list[next(index, list.length)];
    if (target) {
      rove(target);
      target.focus();
    }
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      className={className ? `toolbar ${className}` : 'toolbar'}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (!(e.target instanceof HTMLButtonElement)) return;
        lastFocused.current = e.target;
        rove(e.target);
      }}
      onBlur={(e) => {
        const to = e.relatedTarget;
        if (to instanceof Node && !ref.current?.contains(to)) lastFocused.current = null;
      }}
    >
      {children}
    </div>
  );
}
