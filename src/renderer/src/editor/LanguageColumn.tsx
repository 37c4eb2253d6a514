import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, getSchema, useEditor } from '@tiptap/react';
import { emptyDoc } from '../../../core/model/course';
import type { Asset, DocJson } from '../../../core/model/types';
import type { ApiError } from '../../../shared/ipc';
import { languageLabel, textDirection } from '../app/languages';
import { TextField } from '../dialogs/TextField';
import { EditorToolbar } from './EditorToolbar';
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

/** Props of {@link LanguageColumn}. */
export interface LanguageColumnProps {
  lang: string;
  role: 'source' | 'target';
  title: string;
  /** The lesson's document in `lang`; read once, so key the column by lesson and language. */
  doc: DocJson | undefined;
  onTitleChange: (title: string) => void;
  onDocChange: (doc: DocJson) => void;
  /** Adds a media file to the course; answers the asset that image blocks name. */
  onAddAsset: (asset: Asset) => Asset;
  onError: (error: ApiError) => void;
}

/**
 * One language of a lesson: its title and its rich-text editor, labelled with the language's
 * own name, with `lang`, `dir` and `spellcheck` set so the spellchecker and screen readers use
 * the right language.
 */
export function LanguageColumn({
  lang,
  role,
  title,
  doc,
  onTitleChange,
  onDocChange,
  onAddAsset,
  onError,
}: LanguageColumnProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const dir = textDirection(lang);
  const language = languageLabel(lang);
  const [initial] = useState(() => ({
    content: doc ?? emptyDoc(),
    editable: doc ? canEdit(doc) : true,
    editorProps: {
      attributes: {
        lang,
        dir,
        spellcheck: 'true',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': headingId,
        class: 'rich-text',
      },
    },
  }));

  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content: initial.editable ? initial.content : emptyDoc(),
    editable: initial.editable,
    editorProps: initial.editorProps,
    // TipTap's own CSS arrives as a <style> tag, which the CSP refuses; styles/editor.css has it.
    injectCSS: false,
    onUpdate: ({ editor: e }) => {
      if (e.isEditable) onDocChange(e.getJSON() as DocJson);
    },
  });

  return (
    <section className={`language-column ${role}`} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId} className="column-title">
          <span id={`${headingId}-language`} lang={lang} dir={dir}>
            {language}
          </span>
          <span className="visually-hidden"> — </span>
          <span className="column-role">{t(role === 'source' ? 'editor.source' : 'editor.target')}</span>
        </h2>
      </header>
      <TextField
        className="title-field"
        label={t('editor.lessonTitle')}
        nameSuffixId={`${headingId}-language`}
        value={title}
        onChange={onTitleChange}
        lang={lang}
        dir={dir}
        spellCheck
        placeholder={t('editor.titlePlaceholder')}
      />
      {initial.editable ? null : (
        <p className="column-warning" role="alert">
          {t('editor.unreadable')}
        </p>
      )}
      <EditorToolbar
        editor={editor}
        label={t('editor.formatting', { language })}
        lang={lang}
        onAddAsset={onAddAsset}
        onError={onError}
      />
      <div className="editor-scroll">
        <EditorContent editor={editor} className="editor-content" />
      </div>
    </section>
  );
}
