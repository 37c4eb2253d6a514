import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import type { Asset } from '../../../core/model/types';
import type { ApiError } from '../../../shared/ipc';
import { Toolbar } from '../app/Toolbar';
import { ToolButton } from '../app/ToolButton';
import { textDirection } from '../app/languages';
import { MOD } from '../app/shortcuts';
import { ImageDialog, type ImageText } from '../dialogs/ImageDialog';
import { LinkDialog, type LinkChoice } from '../dialogs/LinkDialog';
import { assetLibrary, isImage } from '../media/assetLibrary';
import { request } from '../state/request';

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: Editor;
  /** The toolbar's accessible name, e.g. "Formatting, English (en)". */
  label: string;
  /** The editor's language: an image's text alternative is written in it. */
  lang: string;
  /** Adds a media file to the course; answers the asset to name (the same file added before, if so). */
  onAddAsset: (asset: Asset) => Asset;
  /** Shows an error above the workspace. */
  onError: (error: ApiError) => void;
}

/** The image being described in the Image dialog: a new file, or an image in the text. */
type ImageEdit = { asset: Asset | null; initial: ImageText } & (
  { kind: 'new'; added: Asset } | { kind: 'edit' }
);

/** Bold, italic, code, headings, lists, code block, link and image for one editor. */
export function EditorToolbar({ editor, label, lang, onAddAsset, onError }: EditorToolbarProps) {
  const { t } = useTranslation();
  const [link, setLink] = useState<{ href: string; listed: boolean } | null>(null);
  const [image, setImage] = useState<ImageEdit | null>(null);
  const choosing = useRef(false);
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
      image: e.isActive('image'),
    }),
  });
  const chain = () => editor.chain().focus();
  const off = !state.editable;

  const applyLink = ({ href, listed }: LinkChoice) => {
    setLink(null);
    if (href === null) chain().extendMarkRange('link').unsetLink().run();
    else if (editor.state.selection.empty && !state.link) {
      // Nothing selected: insert the address itself as the link text.
      chain()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href, listed } }] })
        .run();
    } else chain().extendMarkRange('link').setMark('link', { href, listed }).run();
  };

  // The Image button edits the selected image, or asks main for a new file (its Open dialog).
  const onImage = async () => {
    if (state.image) {
      const attrs = editor.getAttributes('image');
      const id = attrs['asset'] as string | null;
      setImage({
        kind: 'edit',
        asset: (id && assetLibrary.asset(id)) || null,
        initial: { alt: String(attrs['alt'] ?? ''), caption: String(attrs['title'] ?? '') },
      });
      return;
    }
    // A second press while main's Open dialog is up would queue a second dialog.
    if (choosing.current) return;
    choosing.current = true;
    const result = await request(() => window.api.addAsset());
    choosing.current = false;
    if (!result.ok) onError(result.error);
    else if (!result.value) editor.commands.focus();
    else if (!isImage(result.value)) {
      onError({
        code: 'not-an-image',
        message: t('image.notAnImage', { name: result.value.name }),
        details: [],
      });
      editor.commands.focus();
    } else {
      const added = result.value;
      setImage({ kind: 'new', added, asset: added, initial: { alt: '', caption: '' } });
    }
  };

  const applyImage = (text: ImageText) => {
    const edit = image;
    setImage(null);
    if (!edit) return;
    const attrs = { alt: text.alt, title: text.caption || null };
    if (edit.kind === 'edit') chain().updateAttributes('image', attrs).run();
    else {
      const asset = onAddAsset(edit.added);
      chain()
        .insertContent({ type: 'image', attrs: { ...attrs, asset: asset.id } })
        .run();
    }
  };

  return (
    <>
      <Toolbar label={label} className="format-toolbar">
        <ToolButton
          glyph={<b>{t('format.boldGlyph')}</b>}
          label={t('format.bold')}
          shortcut={`${MOD}+B`}
          pressed={state.bold}
          disabled={off}
          onClick={() => chain().toggleBold().run()}
        />
        <ToolButton
          glyph={<i>{t('format.italicGlyph')}</i>}
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
          onClick={() => {
            const attrs = editor.getAttributes('link');
            setLink({ href: (attrs['href'] as string | undefined) ?? '', listed: Boolean(attrs['listed']) });
          }}
        />
        <ToolButton
          icon="image"
          label={t('format.image')}
          pressed={state.image}
          disabled={off}
          onClick={() => void onImage()}
        />
      </Toolbar>
      {link !== null ? (
        <LinkDialog
          initialHref={link.href}
          initialListed={link.listed}
          onSubmit={applyLink}
          onClose={() => {
            setLink(null);
            editor.commands.focus();
          }}
        />
      ) : null}
      {image !== null ? (
        <ImageDialog
          asset={image.asset}
          editing={image.kind === 'edit'}
          initial={image.initial}
          lang={lang}
          dir={textDirection(lang)}
          onSubmit={applyImage}
          onClose={() => {
            setImage(null);
            editor.commands.focus();
          }}
        />
      ) : null}
    </>
  );
}
