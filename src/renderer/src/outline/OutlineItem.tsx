import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../app/Icon';
import type { OutlineRow } from './outlineRows';

/** Props of {@link OutlineItem}. */
export interface OutlineItemProps {
  row: OutlineRow;
  /** The one item in the tab order (roving tabindex). */
  active: boolean;
  /** For lessons: the one open in the editor. */
  selected: boolean;
  renaming: boolean;
  /** The language titles are written in, for the rename field's `lang`. */
  lang: string;
  onClick: () => void;
  onToggle: () => void;
  onStartRename: () => void;
  /** The new title, or null when renaming was cancelled. */
  onRenamed: (title: string | null) => void;
}

/**
 * One module or lesson of the outline tree, with an inline rename field (F2, double-click).
 * The tree is flat (level, position and set size say where an item sits) so that a module's
 * name is its own title, not its title followed by every lesson in it.
 */
export function OutlineItem({
  row,
  active,
  selected,
  renaming,
  lang,
  onClick,
  onToggle,
  onStartRename,
  onRenamed,
}: OutlineItemProps) {
  const { t } = useTranslation();
  const title = row.title || t('outline.untitled');
  return (
    <li
      role="treeitem"
      className={selected ? `tree-item ${row.kind} selected` : `tree-item ${row.kind}`}
      data-id={row.id}
      tabIndex={active ? 0 : -1}
      aria-level={row.kind === 'module' ? 1 : 2}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={row.kind === 'module' ? row.expanded : undefined}
      aria-selected={row.kind === 'lesson' ? selected : undefined}
      onClick={onClick}
      onDoubleClick={onStartRename}
    >
      {row.kind === 'module' ? (
        <span
          className={row.expanded ? 'twisty open' : 'twisty'}
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            onToggle();
          }}
        >
          <Icon name="chevron" size={14} />
        </span>
      ) : null}
      <Icon name={row.kind === 'module' ? 'folder' : 'lesson'} size={16} />
      {renaming ? (
        <RenameField initial={row.title} lang={lang} label={t('outline.renameLabel')} onDone={onRenamed} />
      ) : (
        <span className={row.title ? 'tree-title' : 'tree-title untitled'}>{title}</span>
      )}
    </li>
  );
}

function RenameField({
  initial,
  lang,
  label,
  onDone,
}: {
  initial: string;
  lang: string;
  label: string;
  onDone: (title: string | null) => void;
}) {
  const [value, setValue] = useState(initial);
  // Enter or Escape ends renaming, and the blur that follows must not end it a second time.
  const ended = useRef(false);
  const end = (title: string | null) => {
    if (ended.current) return;
    ended.current = true;
    onDone(title);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // The tree's arrow keys and Delete must not act while typing a title.
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      end(value);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      end(null);
    }
  };
  return (
    <input
      className="tree-rename"
      aria-label={label}
      lang={lang}
      value={value}
      autoFocus
      onFocus={(e) => e.target.select()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => end(value)}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
