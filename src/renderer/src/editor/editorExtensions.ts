import type { Extensions, Mark, Node, NodeViewRendererProps } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { contentExtensions } from '../../../core/content/extensions';
import { assetLibrary } from '../media/assetLibrary';
import { i18n } from '../i18n';
import { BlockLooks } from './blockDecorations';

/**
 * The image block as the editor shows it: a figure whose picture comes from the
 * {@link assetLibrary} (a data: URL fetched from main), filled in when it arrives. A DOM node
 * view, so one extension list serves every editor and a picture that loads late needs no
 * rebuild of the editor (which would lose the undo history and the selection).
 */
function imageNodeView({ node }: NodeViewRendererProps): NodeView {
  let current: PmNode = node;
  const dom = document.createElement('figure');
  dom.className = 'image-block';
  const img = document.createElement('img');
  img.draggable = false;
  const placeholder = document.createElement('span');
  placeholder.className = 'image-placeholder';
  const caption = document.createElement('figcaption');
  dom.append(img, placeholder, caption);

  const render = () => {
    const id = current.attrs['asset'] as string | null;
    const url = id ? assetLibrary.urlForAsset(id) : null;
    const alt = String(current.attrs['alt'] ?? '');
    if (url) {
      if (img.getAttribute('src') !== url) img.src = url;
    } else img.removeAttribute('src');
    img.alt = alt;
    img.hidden = !url;
    placeholder.hidden = Boolean(url);
    const missing = !id || !assetLibrary.asset(id);
    placeholder.textContent = missing ? i18n.t('image.missing') : i18n.t('image.loading');
    const title = (current.attrs['title'] as string | null) ?? '';
    caption.textContent = title;
    caption.hidden = !title;
  };
  const unsubscribe = assetLibrary.subscribe(render);
  render();

  return {
    dom,
    update(next) {
      if (next.type !== current.type) return false;
      current = next;
      render();
      return true;
    },
    destroy: unsubscribe,
    // The view draws itself; ProseMirror must not try to read text out of it.
    ignoreMutation: () => true,
  };
}

/**
 * The content image plus what only the editor needs: the node view above, and `data-asset` in
 * copied HTML so that copying an image within the course and pasting it keeps its asset (the
 * package renderer never writes the attribute). Pasted `<img>` from elsewhere names no asset of
 * the course, so it is not taken as an image block.
 */
function editorImage(image: Node): Node {
  return image.extend({
    addAttributes() {
      const parent = (this.parent?.() ?? {}) as Record<string, object>;
      return {
        ...parent,
        asset: {
          ...parent['asset'],
          parseHTML: (el: HTMLElement) => el.getAttribute('data-asset'),
          renderHTML: (attrs: Record<string, unknown>) =>
            attrs['asset'] ? { 'data-asset': String(attrs['asset']) } : {},
        },
      };
    },
    parseHTML() {
      return [{ tag: 'img[data-asset]' }];
    },
    renderHTML({ node }) {
      const asset = node.attrs['asset'] as string | null;
      const src = asset ? assetLibrary.urlForAsset(asset) : null;
      const title = node.attrs['title'] as string | null;
      return [
        'img',
        {
          ...(src ? { src } : {}),
          alt: String(node.attrs['alt'] ?? ''),
          ...(title ? { title } : {}),
          ...(asset ? { 'data-asset': asset } : {}),
        },
      ];
    },
    addNodeView() {
      return imageNodeView;
    },
  });
}

/**
 * The content link plus `data-listed` in the editor's HTML, so a link listed as a course
 * resource is marked on screen and survives copy and paste. Packages never carry it.
 */
function editorLink(link: Mark): Mark {
  return link.extend({
    addAttributes() {
      const parent = (this.parent?.() ?? {}) as Record<string, object>;
      return {
        ...parent,
        listed: {
          ...parent['listed'],
          parseHTML: (el: HTMLElement) => el.hasAttribute('data-listed'),
          renderHTML: (attrs: Record<string, unknown>) => (attrs['listed'] ? { 'data-listed': '' } : {}),
        },
      };
    },
  });
}

/**
 * The one extension list of every lesson editor: the content extensions, with images and
 * links as above, and the decorations that align blocks and show their translation state. TipTap reconfigures an editor whose list changes identity, so it is built
 * once.
 */
export const EDITOR_EXTENSIONS: Extensions = [
  ...contentExtensions({ editing: true, assetSrc: assetLibrary.urlForAsset }).map((extension) => {
    if (extension.name === 'image') return editorImage(extension as Node);
    if (extension.name === 'link') return editorLink(extension as Mark);
    return extension;
  }),
  BlockLooks,
];
