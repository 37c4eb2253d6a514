import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import type { Asset } from '../../../core/model/types';
import type { BlockState } from '../../../core/translate/state';
import type { ApiError } from '../../../shared/ipc';
import { languageLabel, textDirection } from '../app/languages';
import { TextField } from '../dialogs/TextField';
import { EditorToolbar } from './EditorToolbar';

/** Props of {@link ColumnHead}. */
export interface ColumnHeadProps {
  editor: Editor;
  /** The id of the heading, which also names the editor below. */
  headingId: string;
  lang: string;
  role: 'source' | 'target';
  title: string;
  /** The translation state of the title (target only). */
  titleState?: BlockState;
  editable: boolean;
  onTitleChange: (title: string) => void;
  onAddAsset: (asset: Asset) => Asset;
  onError: (error: ApiError) => void;
  /** Extra controls after the formatting toolbar (the translation actions). */
  children?: ReactNode;
}

/**
 * The head of one language's column: its name, the lesson title in that language, and the
 * formatting toolbar. The two heads sit side by side above the editors, which scroll together.
 * Memoised: typing in the text below changes none of its props, so it does not re-render.
 */
export const ColumnHead = memo(function ColumnHead({
  editor,
  headingId,
  lang,
  role,
  title,
  titleState,
  editable,
  onTitleChange,
  onAddAsset,
  onError,
  children,
}: ColumnHeadProps) {
  const { t } = useTranslation();
  const dir = textDirection(lang);
  const language = languageLabel(lang);
  return (
    <div className={`column-head ${role}`}>
      <header className="column-header">
        <h2 id={headingId} className="column-title">
          <span id={`${headingId}-language`} lang={lang} dir={dir}>
            {language}
          </span>
          <span className="visually-hidden"> — </span>
          <span className="column-role">{t(role === 'source' ? 'editor.source' : 'editor.target')}</span>
        </h2>
      </header>
      <div className={titleState ? `title-state state-${titleState}` : undefined} data-state={titleState}>
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
      </div>
      {editable ? null : (
        <p className="column-warning" role="alert">
          {t('editor.unreadable')}
        </p>
      )}
      <div className="column-tools">
        <EditorToolbar
          editor={editor}
          label={t('editor.formatting', { language })}
          lang={lang}
          onAddAsset={onAddAsset}
          onError={onError}
        />
        {children}
      </div>
    </div>
  );
});
