import { renderToHTMLString } from '@tiptap/static-renderer';
import type { DocJson } from '../model/types';
import { contentExtensions } from './extensions';

const extensions = contentExtensions({ editing: false });

/**
 * Renders one language's lesson document to an HTML fragment, without a DOM. This is the only
 * place lesson HTML is made: the app's preview and every exporter call it.
 */
export function renderLessonHtml(doc: DocJson): string {
  return renderToHTMLString({ extensions, content: doc });
}
