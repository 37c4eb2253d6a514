import { Extension, type Extensions } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { newId } from '../model/ids';

/** The node types that are top-level blocks and so carry a stable id. */
export const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'codeBlock',
  'blockquote',
  'horizontalRule',
] as const;

/** Options of {@link BlockId}. */
export interface BlockIdOptions {
  /**
   * Node types that get an `id` attribute.
   * @default BLOCK_TYPES
   */
  types: readonly string[];
  /**
   * Whether a plugin fills in missing and duplicated ids as the document changes. The static
   * renderer has no editor state, so it turns this off.
   * @default true
   */
  assignIds: boolean;
}

const blockIdKey = new PluginKey('blockId');

/**
 * Keeps a stable `id` on every top-level block. The id is saved in the JSON and never
 * rendered into lesson HTML. When a block is split or pasted, the copy gets a fresh id so
 * each id stays unique within its document.
 */
export const BlockId = Extension.create<BlockIdOptions>({
  name: 'blockId',
  addOptions() {
    return { types: BLOCK_TYPES, assignIds: true };
  },
  addGlobalAttributes() {
    return [
      {
        types: [...this.options.types],
        attributes: {
          id: {
            default: null,
            keepOnSplit: false,
            // Core compiles without the DOM library, where HTMLElement is an empty interface.
            parseHTML: (element) =>
              (element as unknown as { getAttribute(name: string): string | null }).getAttribute(
                'data-block-id',
              ),
            renderHTML: () => ({}),
          },
        },
      },
    ];
  },
  addProseMirrorPlugins() {
    if (!this.options.assignIds) return [];
    const types = new Set(this.options.types);
    return [
      new Plugin({
        key: blockIdKey,
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((t) => t.docChanged)) return null;
          const seen = new Set<string>();
          const tr = state.tr;
          state.doc.forEach((node, offset) => {
            if (!types.has(node.type.name)) return;
            const id = node.attrs['id'] as string | null;
            if (id && !seen.has(id)) {
              seen.add(id);
              return;
            }
            tr.setNodeAttribute(offset, 'id', newId('b'));
          });
          return tr.steps.length ? tr.setMeta('addToHistory', false) : null;
        },
      }),
    ];
  },
});

/** Options that differ between the editor and the static renderer. */
export interface ContentExtensionOptions {
  /** Whether ids are assigned as the document changes (the editor) or left as they are (rendering). */
  editing: boolean;
}

/**
 * The one list of extensions that defines lesson content. The editor, the preview and every
 * exporter use it, so what the author writes is exactly what the learner gets.
 */
export function contentExtensions({ editing }: ContentExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: editing,
        protocols: ['http', 'https', 'mailto'],
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
      undoRedo: editing ? undefined : false,
      dropcursor: editing ? undefined : false,
      gapcursor: editing ? undefined : false,
      trailingNode: false,
    }),
    BlockId.configure({ assignIds: editing }),
  ];
}
