import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseHref } from '../editor/normaliseHref';
import { CheckField } from './CheckField';
import { Modal } from './Modal';
import { TextField } from './TextField';

/** What the Link dialog answers: the target, or null to remove the link. */
export interface LinkChoice {
  href: string | null;
  /** List the link as a course resource (Common Cartridge makes it a Moodle URL activity). */
  listed: boolean;
}

/** Props of {@link LinkDialog}. */
export interface LinkDialogProps {
  /** The link under the cursor, when editing one. */
  initialHref: string;
  /** Whether the link under the cursor is listed as a course resource. */
  initialListed: boolean;
  onSubmit: (choice: LinkChoice) => void;
  onClose: () => void;
}

/** Asks for a link target. (Electron has no `window.prompt`.) An empty field removes the link. */
export function LinkDialog({ initialHref, initialListed, onSubmit, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const [href, setHref] = useState(initialHref);
  const [listed, setListed] = useState(initialListed);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (!href.trim()) {
      onSubmit({ href: null, listed: false });
      return;
    }
    const target = normaliseHref(href);
    if (target) onSubmit({ href: target, listed });
    else setError(t('link.invalid'));
  };

  return (
    <Modal
      title={initialHref ? t('link.editTitle') : t('link.title')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('link.apply')}
    >
      <TextField
        label={t('link.address')}
        value={href}
        onChange={(value) => {
          setHref(value);
          setError(null);
        }}
        hint={t('link.hint')}
        error={error}
        inputMode="url"
        spellCheck={false}
        placeholder="https://"
        autoFocus
      />
      <CheckField
        label={t('link.listed')}
        description={t('link.listedHint')}
        checked={listed}
        onChange={setListed}
      />
    </Modal>
  );
}
