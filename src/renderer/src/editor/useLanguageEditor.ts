import { useLayoutEffect, useRef, useState } from 'react';
import { getSchema, useEditor, type Editor } from '@tiptap/react';
import type { Transaction } from '@tiptap/pm/state';
import { emptyDoc } from '../../../core/model/course';
import type { DocJson } from '../../../core/model/types';
import { textDirection } from '../app/languages';
import { EDITOR_EXTENSIONS } from './editorExtensions';

const SCHEMA = getSchema(EDITOR_EXTENSIONS);

/**
 * Whether the editor schema can hold `doc`. A file from a newer version may carry blocks this
 * one does not know; TipTap would silently load an empty document, and the next keystroke
 * would save that emptiness over the author's text.
 */
function canEdit(doc: DocJson): boolean {
  try {
    SCHEMA.nodeFromJSON(doc).check();
    return true;
  } catch {
    return false;
  }
}

/** Options of {@link useLanguageEditor}. */
export interface LanguageEditorOptions {
  lang: string;
  /** The lesson's document in `lang`; read once, so key the component by lesson. */
  doc: DocJson | undefined;
  /** The id of the element that names the editor (the column heading). */
  labelledBy: string;
  /** Called after each change of the document, with the transaction that made it. */
  onChange: (editor: Editor, transaction: Transaction) => void;
}

/**
 * One language's TipTap editor, with `lang`, `dir` and `spellcheck` set so the spellchecker
 * and screen readers use the right language. Answers null for `editor` until it exists, and
 * whether the document could be loaded for editing.
 */
export function useLanguageEditor({ lang, doc, labelledBy, onChange }: LanguageEditorOptions) {
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    changed.current = onChange;
  });
  const [initial] = useState(() => {
    const editable = doc ? canEdit(doc) : true;
    return {
      content: editable ? (doc ?? emptyDoc()) : emptyDoc(),
      editable,
      attributes: {
        lang,
        dir: textDirection(lang),
        spellcheck: 'true',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        class: 'rich-text',
      },
    };
  });
  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content: initial.content,
    editable: initial.editable,
    editorProps: { attributes: initial.attributes },
    // TipTap's own CSS arrives as a <style> tag, which the CSP refuses; styles/editor.css has it.
    injectCSS: false,
    // Nothing here listens for TipTap's "delete" events, and working them out took a timer
    // task after every keystroke.
    enableCoreExtensions: { delete: false },
    onUpdate: ({ editor: e, transaction }) => {
      if (e.isEditable) changed.current(e, transaction);
    },
  });
  return { editor, editable: initial.editable };
}
