import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseHref } from '../editor/normaliseHref';
import { Modal } from './Modal';
import { TextField } from './TextField';

/** Props of {@link LinkDialog}. */
export interface LinkDialogProps {
  /** The link under the cursor, when editing one. */
  initialHref: string;
  /** Called with the target to set, or null to remove the link. */
  onSubmit: (href: string | null) => void;
  onClose: () => void;
}

/** Asks for a link target. (Electron has no `window.prompt`.) An empty field removes the link. */
export function LinkDialog({ initialHref, onSubmit, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const [href, setHref] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (!href.trim()) {
      onSubmit(null);
      return;
    }
    const target = normaliseHref(href);
    if (target) onSubmit(target);
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
    </Modal>
  );
}
