import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageTag } from '../../../core/model/schema';
import type { ApiError } from '../../../shared/ipc';
import { NoticeView } from '../app/NoticeView';
import { knownName, nameIn } from '../app/languages';
import type { NewCourseRequest } from '../state/useProjectCommands';
import { Modal } from './Modal';
import { TextField } from './TextField';

/** Tags offered as suggestions; any valid BCP-47 tag may be typed. */
const SUGGESTED_TAGS = [
  'en',
  'ru',
  'kk',
  'uz-Latn',
  'uz-Cyrl',
  'ky',
  'tg',
  'de',
  'fr',
  'es',
  'tr',
  'zh',
  'ar',
];

function canonical(tag: string): string {
  return isLanguageTag(tag) ? (Intl.getCanonicalLocales(tag)[0] ?? tag) : tag;
}

/** Props of {@link NewCourseDialog}. */
export interface NewCourseDialogProps {
  /** Creates the course; answers an error to show, or null when the course is open. */
  onCreate: (req: NewCourseRequest) => Promise<ApiError | null>;
  onClose: () => void;
}

/** Asks for a new course's title and its source and target languages (BCP-47 tags). */
export function NewCourseDialog({ onCreate, onClose }: NewCourseDialogProps) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('en');
  const [target, setTarget] = useState('ru');
  // Errors appear after the first attempt, then follow the typing.
  const [attempted, setAttempted] = useState(false);
  // Counts refused attempts: each one takes the keyboard to the first field to fix.
  const [refusals, setRefusals] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const tagError = (tag: string) =>
    isLanguageTag(tag.trim()) ? null : t('newCourse.invalidTag', { tag: tag.trim() });
  const errors = {
    title: title.trim() ? null : t('newCourse.titleRequired'),
    source: tagError(source),
    target:
      tagError(target) ??
      (canonical(source.trim()).toLowerCase() === canonical(target.trim()).toLowerCase()
        ? t('newCourse.sameLanguages')
        : null),
  };
  // A well-formed tag that names no known language ("english") is allowed, but said.
  const hint = (tag: string) =>
    isLanguageTag(tag.trim())
      ? (knownName(tag.trim(), i18n.language) ?? t('newCourse.unknownLanguage'))
      : undefined;

  useEffect(() => {
    if (refusals > 0) document.querySelector<HTMLElement>('dialog[open] [aria-invalid="true"]')?.focus();
  }, [refusals]);

  const submit = async () => {
    setAttempted(true);
    if (errors.title || errors.source || errors.target) {
      setRefusals((n) => n + 1);
      return;
    }
    setBusy(true);
    const error = await onCreate({
      title: title.trim(),
      languages: { source: canonical(source.trim()), target: canonical(target.trim()) },
    });
    setBusy(false);
    if (error) setFailure(error);
    else onClose();
  };

  return (
    <Modal
      title={t('newCourse.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={t('newCourse.create')}
      busy={busy}
    >
      <TextField
        label={t('newCourse.courseTitle')}
        value={title}
        onChange={setTitle}
        error={attempted ? errors.title : null}
        placeholder={t('newCourse.courseTitlePlaceholder')}
        autoFocus
        required
      />
      <div className="field-row">
        <TextField
          label={t('newCourse.source')}
          value={source}
          onChange={setSource}
          hint={hint(source)}
          error={attempted ? errors.source : null}
          list="language-tags"
          spellCheck={false}
          autoCapitalize="off"
          required
        />
        <TextField
          label={t('newCourse.target')}
          value={target}
          onChange={setTarget}
          hint={hint(target)}
          error={attempted ? errors.target : null}
          list="language-tags"
          spellCheck={false}
          autoCapitalize="off"
          required
        />
      </div>
      <datalist id="language-tags">
        {SUGGESTED_TAGS.map((tag) => (
          <option key={tag} value={tag}>
            {nameIn(tag, i18n.language)}
          </option>
        ))}
      </datalist>
      <p className="modal-note">{t('newCourse.tagHelp')}</p>
      {failure ? (
        <NoticeView notice={{ kind: 'error', ...failure }} onDismiss={() => setFailure(null)} />
      ) : null}
    </Modal>
  );
}
