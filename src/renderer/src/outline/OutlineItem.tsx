import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
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
  /** What the item asks of the tree, by item id; the same object on every render. */
  actions: OutlineItemActions;
}

/** What an item asks of its tree. */
export interface OutlineItemActions {
  click(id: string, kind: OutlineRow['kind']): void;
  toggle(id: string): void;
  startRename(id: string): void;
  /** The new title, or null when renaming was cancelled. */
  renamed(id: string, title: string | null): void;
}

/**
 * One module or lesson of the outline tree, with an inline rename field (F2, double-click).
 * The tree is flat (level, position and set size say where an item sits) so that a module's
 * name is its own title, not its title followed by every lesson in it. Memoised: rows that did
 * not change are the same objects, so typing in a lesson re-renders only that lesson's item.
 */
export const OutlineItem = memo(function OutlineItem({
  row,
  active,
  selected,
  renaming,
  lang,
  actions,
}: OutlineItemProps) {
  const { t } = useTranslation();
  const title = row.title || t('outline.untitled');
  const badgeId = useId();
  const work = row.work ? row.work.missing + row.work.outdated : 0;
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
      // The lesson's name stays its title; how much needs translating is its description.
      aria-describedby={work ? badgeId : undefined}
      onClick={() => actions.click(row.id, row.kind)}
      onDoubleClick={() => actions.startRename(row.id)}
    >
      {row.kind === 'module' ? (
        <span
          className={row.expanded ? 'twisty open' : 'twisty'}
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            actions.toggle(row.id);
          }}
        >
          <Icon name="chevron" size={14} />
        </span>
      ) : null}
      <Icon name={row.kind === 'module' ? 'folder' : 'lesson'} size={16} />
      {renaming ? (
        <RenameField
          initial={row.title}
          lang={lang}
          label={t('outline.renameLabel')}
          onDone={(title) => actions.renamed(row.id, title)}
        />
      ) : (
        <span className={row.title ? 'tree-title' : 'tree-title untitled'}>{title}</span>
      )}
      {work ? (
        <span
          className={row.work?.missing ? 'tree-badge missing' : 'tree-badge outdated'}
          title={t('translate.needsWork', { count: work })}
          aria-hidden="true"
        >
          {work}
          <span id={badgeId} hidden>
            {t('translate.needsWork', { count: work })}
          </span>
        </span>
      ) : null}
    </li>
  );
});

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
