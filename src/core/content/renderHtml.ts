import { renderToHTMLString } from '@tiptap/static-renderer';
import type { DocJson } from '../model/types';
import { contentExtensions } from './extensions';

/** Renders lesson documents to HTML fragments. */
export type LessonRenderer = (doc: DocJson) => string;

/**
 * Makes a renderer of lesson documents to HTML fragments, without a DOM. This is the only
 * place lesson HTML is made: the app's preview and every exporter use it. `assetSrc` says where
 * each image asset is, as seen from the page the HTML goes into.
 */
export function lessonRenderer(assetSrc?: (assetId: string) => string | null): LessonRenderer {
  const extensions = contentExtensions({ editing: false, assetSrc });
  return (doc) => renderToHTMLString({ extensions, content: doc });
}

/** Renders a lesson document with images that have no known asset (no `src`). */
export const renderLessonHtml: LessonRenderer = lessonRenderer();
