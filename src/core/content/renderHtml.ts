import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer';
import type { DocJson } from '../model/types';
import { contentExtensions } from './extensions';

/** Renders lesson documents to HTML fragments. */
export type LessonRenderer = (doc: DocJson) => string;

/**
 * Makes a renderer of lesson documents to HTML fragments, without a DOM. This is the only
 * place lesson HTML is made: the app's preview and every exporter use it. `assetSrc` says where
 * each image asset is, as seen from the page the HTML goes into.
 *
 * The schema is built once per renderer: given JSON, the static renderer builds it again for
 * every document, which was most of the CPU of exporting a 400-lesson course.
 */
export function lessonRenderer(assetSrc?: (assetId: string) => string | null): LessonRenderer {
  const extensions = contentExtensions({ editing: false, assetSrc });
  const schema = getSchema(extensions);
  return (doc) => {
    let content: DocJson | PmNode = doc;
    try {
      content = PmNode.fromJSON(schema, doc);
    } catch {
      // A node this version does not know: the renderer's own fallback handles the JSON.
    }
    return renderToHTMLString({ extensions, content });
  };
}

/** Renders a lesson document with images that have no known asset (no `src`). */
export const renderLessonHtml: LessonRenderer = lessonRenderer();
