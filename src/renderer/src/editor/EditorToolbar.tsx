import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { Toolbar } from '../app/Toolbar';
import { ToolButton } from '../app/ToolButton';
import { MOD } from '../app/shortcuts';
import { LinkDialog } from '../dialogs/LinkDialog';

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: Editor;
  /** The toolbar's accessible name, e.g. "Formatting, English (en)". */
  label: string;
}

/** Bold, italic, code, headings, lists, code block and link for one editor. */
export function EditorToolbar({ editor, label }: EditorToolbarProps) {
  const { t } = useTranslation();
  const [linkHref, setLinkHref] = useState<string | null>(null);
  // Re-render only when what the buttons show changes, not on every keystroke.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      editable: e.isEditable,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      code: e.isActive('code'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      codeBlock: e.isActive('codeBlock'),
      link: e.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  const off = !state.editable;

  const applyLink = (href: string | null) => {
    setLinkHref(null);
    if (href === null) chain().extendMarkRange('link').unsetLink().run();
    else if (editor.state.selection.empty && !state.link) {
      // Nothing selected: insert the address itself as the link text.
      chain()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else chain().extendMarkRange('link').setLink({ href }).run();
  };

  return (
    <>
      <Toolbar label={label} className="format-toolbar">
        <ToolButton
          glyph={<b>B</b>}
          label={t('format.bold')}
          shortcut={`${MOD}+B`}
          pressed={state.bold}
          disabled={off}
          onClick={() => chain().toggleBold().run()}
        />
        <ToolButton
          glyph={<i>I</i>}
          label={t('format.italic')}
          shortcut={`${MOD}+I`}
          pressed={state.italic}
          disabled={off}
          onClick={() => chain().toggleItalic().run()}
        />
        <ToolButton
          icon="code"
          label={t('format.code')}
          shortcut={`${MOD}+E`}
          pressed={state.code}
          disabled={off}
          onClick={() => chain().toggleCode().run()}
        />
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton
          icon="heading2"
          label={t('format.heading2')}
          shortcut={`${MOD}+Alt+2`}
          pressed={state.h2}
          disabled={off}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <ToolButton
          icon="heading3"
          label={t('format.heading3')}
          shortcut={`${MOD}+Alt+3`}
          pressed={state.h3}
          disabled={off}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        />
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton
          icon="bulletList"
          label={t('format.bulletList')}
          shortcut={`${MOD}+Shift+8`}
          pressed={state.bulletList}
          disabled={off}
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolButton
          icon="orderedList"
          label={t('format.orderedList')}
          shortcut={`${MOD}+Shift+7`}
          pressed={state.orderedList}
          disabled={off}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolButton
          icon="codeBlock"
          label={t('format.codeBlock')}
          shortcut={`${MOD}+Alt+C`}
          pressed={state.codeBlock}
          disabled={off}
          onClick={() => chain().toggleCodeBlock().run()}
        />
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton
          icon="link"
          label={t('format.link')}
          pressed={state.link}
          disabled={off}
          onClick={() => setLinkHref((editor.getAttributes('link')['href'] as string | undefined) ?? '')}
        />
      </Toolbar>
      {linkHref !== null ? (
        <LinkDialog
          initialHref={linkHref}
          onSubmit={applyLink}
          onClose={() => {
            setLinkHref(null);
            editor.commands.focus();
          }}
        />
      ) : null}
    </>
  );
}
