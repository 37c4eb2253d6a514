/**
 * The baseline of the keystroke benchmark: a bare TipTap StarterKit editor, nothing else, that
 * the benchmark fills with the same text as the app's lesson.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    loadBare(doc: JSONContent): void;
  }
}

window.loadBare = (doc) => {
  new Editor({
    element: document.getElementById('editor') as HTMLElement,
    extensions: [StarterKit],
    content: doc,
    editorProps: { attributes: { class: 'bare', 'aria-label': 'bare' } },
  });
};
