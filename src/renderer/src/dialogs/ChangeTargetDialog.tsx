import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageTag } from '../../../core/model/schema';
import type { Course } from '../../../core/model/types';
import { hasTextIn } from '../../../core/translate/languages';
import { CheckField } from './CheckField';
import { Modal } from './Modal';
import { TextField } from './TextField';
import { knownName, languageLabel } from '../app/languages';

/** Props of {@link ChangeTargetDialog}. */
export interface ChangeTargetDialogProps {
  course: Course;
  /** Changes the target to `lang`, keeping or dropping the old target's text. */
  onChange: (lang: string, keep: boolean) => void;
  onClose: () => void;
}

/**
 * Asks for the new translation language, and whether to keep the old translation's text in
 * the file (kept by default: nothing is thrown away unless the author says so).
 */
export function ChangeTargetDialog({ course, onChange, onClose }: ChangeTargetDialogProps) {
  const { t, i18n } = useTranslation();
  const [tag, setTag] = useState('');
  const [keep, setKeep] = useState(true);
  const [attempted, setAttempted] = useState(false);
  const old = course.languages.target;
  const value = tag.trim();
  const canonical = isLanguageTag(value) ? (Intl.getCanonicalLocales(value)[0] ?? value) : value;
  const invalid =
    !isLanguageTag(value) ||
    canonical.toLowerCase() === course.languages.source.toLowerCase() ||
    canonical.toLowerCase() === old.toLowerCase();
  const oldName = languageLabel(old);

  return (
    <Modal
      title={t('translate.changeTargetTitle')}
      onClose={onClose}
      submitLabel={t('translate.changeTargetConfirm')}
      danger={!keep && hasTextIn(course, old)}
      onSubmit={() => {
        setAttempted(true);
        if (invalid) return;
        onChange(canonical, keep);
        onClose();
      }}
    >
      <TextField
        label={t('translate.changeTargetLabel')}
        value={tag}
        onChange={setTag}
        hint={isLanguageTag(value) ? (knownName(value, i18n.language) ?? undefined) : undefined}
        error={attempted && invalid ? t('translate.changeTargetInvalid') : null}
        spellCheck={false}
        autoCapitalize="off"
        autoFocus
        required
      />
      <CheckField
        label={t('translate.changeTargetKeep', { language: oldName })}
        checked={keep}
        onChange={setKeep}
      />
      {!keep ? <p className="modal-note">{t('translate.changeTargetDrop', { language: oldName })}</p> : null}
    </Modal>
  );
}
