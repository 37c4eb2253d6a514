import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Asset } from '../../../core/model/types';
import { formatBytes } from '../app/formatBytes';
import { assetLibrary, useAssetLibraryVersion } from '../media/assetLibrary';
import { Modal } from './Modal';
import { TextField } from './TextField';

/** What the Image dialog answers. */
export interface ImageText {
  alt: string;
  /** The caption; empty for none. */
  caption: string;
}

/** Props of {@link ImageDialog}. */
export interface ImageDialogProps {
  /** The picture, shown so that the author describes what is really there. */
  asset: Asset | null;
  /** True when editing an image already in the text, false when inserting a new one. */
  editing: boolean;
  initial: ImageText;
  /** The language of the editor the image goes into: the text alternative is written in it. */
  lang: string;
  dir: 'ltr' | 'rtl';
  onSubmit: (text: ImageText) => void;
  onClose: () => void;
}

/**
 * Asks for an image's text alternative (required: a learner who cannot see the picture gets
 * only this) and an optional caption, with the picture in view.
 */
export function ImageDialog({ asset, editing, initial, lang, dir, onSubmit, onClose }: ImageDialogProps) {
  const { t, i18n } = useTranslation();
  useAssetLibraryVersion();
  const [alt, setAlt] = useState(initial.alt);
  const [caption, setCaption] = useState(initial.caption);
  const [error, setError] = useState<string | null>(null);
  // Each refused attempt takes the keyboard back to the text alternative.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) document.querySelector<HTMLElement>('dialog[open] [aria-invalid="true"]')?.focus();
  }, [refusals]);
  const url = asset ? assetLibrary.urlForHash(asset.hash) : null;

  const submit = () => {
    if (!alt.trim()) {
      setError(t('image.altRequired'));
      setRefusals((n) => n + 1);
      return;
    }
    onSubmit({ alt: alt.trim().replace(/\s+/g, ' '), caption: caption.trim() });
  };

  return (
    <Modal
      title={editing ? t('image.editTitle') : t('image.title')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? t('image.apply') : t('image.insert')}
    >
      {asset ? (
        <div className="image-preview">
          {url ? <img src={url} alt="" /> : <span className="image-preview-empty" aria-hidden="true" />}
          <p className="image-preview-name">
            <span className="asset-name">{asset.name}</span>
            <span className="modal-note">{formatBytes(asset.size, i18n.language)}</span>
          </p>
        </div>
      ) : null}
      <TextField
        label={t('image.alt')}
        value={alt}
        onChange={(value) => {
          setAlt(value);
          setError(null);
        }}
        hint={t('image.altHint')}
        error={error}
        lang={lang}
        dir={dir}
        spellCheck
        required
        autoFocus
      />
      <TextField
        label={t('image.caption')}
        value={caption}
        onChange={setCaption}
        hint={t('image.captionHint')}
        lang={lang}
        dir={dir}
        spellCheck
      />
    </Modal>
  );
}
