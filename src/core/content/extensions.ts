import { Extension, type Extensions } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
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
  'image',
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
 * Whether `tr` left every top-level block in place with the same type and attributes: it only
 * changed text or marks inside textblocks (typing, deleting, bold), as most keystrokes do.
 * Then nothing that hangs on the blocks (ids, their index, where their text starts) changed.
 */
export function keepsBlocks(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
    if (!(step instanceof ReplaceStep)) return false;
    const { slice } = step;
    if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
    let inline = true;
    slice.content.forEach((node) => {
      if (!node.isInline) inline = false;
    });
    if (!inline) return false;
    const doc = tr.docs[i] as PmNode;
    const $from = doc.resolve(step.from);
    const $to = doc.resolve(step.to);
    return $from.parent.isTextblock && $from.depth > 0 && $from.sameParent($to);
  });
}

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
          // Typing inside a block cannot add, split or copy one: no walk over the blocks then.
          if (transactions.every((t) => !t.docChanged || keepsBlocks(t))) return null;
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

/**
 * StarterKit's link, plus `listed`: the author marks a link as a course resource, and Common
 * Cartridge lists it as a web link that the LMS shows as an activity (a Moodle URL). It is
 * kept in the JSON and shown in the editor, never rendered into lesson HTML.
 */
export const CourseLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      listed: {
        default: false,
        parseHTML: (element) =>
          (element as unknown as { hasAttribute(n: string): boolean }).hasAttribute('data-listed'),
        renderHTML: () => ({}),
      },
    };
  },
});

/** Options of {@link CourseImage}. */
export interface CourseImageOptions {
  /**
   * Maps an asset id to the image's URL where the HTML will live (a package path such as
   * `../media/…`, or a data: URL in the editor); null when the asset is unknown.
   * @default () => null
   */
  assetSrc: (assetId: string) => string | null;
}

/**
 * An image block. Its bytes are a course asset: the JSON keeps the asset id (`asset`), never
 * a URL, so a package, the editor and the preview each resolve it their own way. `alt` is the
 * text alternative that accessibility requires; `title` becomes a caption.
 */
export const CourseImage = Image.extend<CourseImageOptions & Record<string, unknown>>({
  addOptions() {
    return { ...this.parent?.(), assetSrc: () => null };
  },
  addAttributes() {
    return {
      asset: {
        default: null,
        renderHTML: () => ({}),
        parseHTML: (el) =>
          (el as unknown as { getAttribute(n: string): string | null }).getAttribute('data-asset'),
      },
      alt: { default: '' },
      title: { default: null },
    };
  },
  renderHTML({ node }) {
    const asset = node.attrs['asset'] as string | null;
    const src = asset ? this.options.assetSrc(asset) : null;
    // No src at all for an unknown asset: an empty src is a request for the page itself in some browsers.
    const img = ['img', { ...(src ? { src } : {}), alt: String(node.attrs['alt'] ?? '') }] as const;
    const caption = node.attrs['title'] as string | null;
    return caption ? ['figure', {}, img, ['figcaption', {}, caption]] : ['figure', {}, img];
  },
});

/** Options that differ between the editor and the static renderer. */
export interface ContentExtensionOptions {
  /** Whether ids are assigned as the document changes (the editor) or left as they are (rendering). */
  editing: boolean;
  /** Where images' assets are, as seen from the HTML being made. */
  assetSrc?: (assetId: string) => string | null;
}

/**
 * The one list of extensions that defines lesson content. The editor, the preview and every
 * exporter use it, so what the author writes is exactly what the learner gets.
 */
export function contentExtensions({ editing, assetSrc = () => null }: ContentExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: false,
      undoRedo: editing ? undefined : false,
      dropcursor: editing ? undefined : false,
      gapcursor: editing ? undefined : false,
      trailingNode: false,
    }),
    CourseLink.configure({
      openOnClick: false,
      autolink: editing,
      protocols: ['http', 'https', 'mailto'],
      // A new tab: in the player's frame, on file:// and in an LMS page, the lesson stays open.
      HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank' },
    }),
    CourseImage.configure({ inline: false, allowBase64: editing, assetSrc }),
    BlockId.configure({ assignIds: editing }),
  ];
}
