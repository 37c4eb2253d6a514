/**
 * The baseline of the keystroke benchmark: a bare TipTap StarterKit editor, nothing else, that
 * the benchmark fills with the same text as one side of the app's lesson.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    loadBare(doc: JSONContent, lang: string): void;
  }
}

window.loadBare = (doc, lang) => {
  new Editor({
    element: document.getElementById('editor') as HTMLElement,
    extensions: [StarterKit],
    content: doc,
    // The language, as the app's editors have it: Chromium's spellchecker works by it.
    editorProps: { attributes: { class: 'bare', 'aria-label': 'bare', lang } },
  });
};
