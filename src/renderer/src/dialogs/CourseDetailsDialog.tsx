import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../core/model/types';
import { Icon } from '../app/Icon';
import { languageLabel, textDirection } from '../app/languages';
import { applyDetails, detailsDraft, type CourseDetailsDraft } from '../state/courseDetails';
import { LicenceChooser } from './LicenceChooser';
import { Modal } from './Modal';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';

/** Props of {@link CourseDetailsDialog}. */
export interface CourseDetailsDialogProps {
  course: Course;
  /** Called with the course with its new details (only when something changed). */
  onApply: (course: Course) => void;
  onClose: () => void;
}

/**
 * The course's metadata: title, description, institution and keywords in both languages, the
 * authors, and the licence. Packages carry all of it (LOM metadata, the licence page), and
 * Moodle takes the title and description as the course name and summary.
 */
export function CourseDetailsDialog({ course, onApply, onClose }: CourseDetailsDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const { source, target } = course.languages;
  const [draft, setDraft] = useState<CourseDetailsDraft>(() => detailsDraft(course));
  const [attempted, setAttempted] = useState(false);
  const [refusals, setRefusals] = useState(0);
  // Where the keyboard goes after an author row is added, removed or moved.
  const focusAuthor = useRef<number | null>(null);

  const titleError = draft.title[source]?.trim() ? null : t('details.titleRequired');

  useEffect(() => {
    if (refusals > 0) document.querySelector<HTMLElement>('dialog[open] [aria-invalid="true"]')?.focus();
  }, [refusals]);
  useEffect(() => {
    if (focusAuthor.current === null) return;
    const index = focusAuthor.current;
    focusAuthor.current = null;
    document.querySelector<HTMLElement>(`dialog[open] [data-author-index="${index}"] input`)?.focus();
  });

  const setText = (field: 'title' | 'description' | 'institution', lang: string, value: string) =>
    setDraft((d) => ({ ...d, [field]: { ...d[field], [lang]: value } }));
  const setAuthors = (authors: string[]) => setDraft((d) => ({ ...d, authors }));
  const setFocus = (index: number) => {
    focusAuthor.current = index;
  };
  const moveAuthor = (from: number, to: number) => {
    const authors = [...draft.authors];
    const [moved] = authors.splice(from, 1);
    authors.splice(to, 0, moved ?? '');
    setAuthors(authors);
    setFocus(to);
  };

  const submit = () => {
    setAttempted(true);
    if (titleError) {
      setRefusals((n) => n + 1);
      return;
    }
    const next = applyDetails(course, draft);
    if (next !== course) onApply(next);
    onClose();
  };

  const column = (lang: string, role: 'source' | 'target') => {
    const dir = textDirection(lang);
    const languageId = `${id}-${role}-language`;
    const common = { nameSuffixId: languageId, lang, dir, spellCheck: true };
    return (
      <section className="details-column" aria-labelledby={`${id}-${role}`}>
        <h3 id={`${id}-${role}`} className="details-heading">
          <span id={languageId} lang={lang} dir={dir}>
            {languageLabel(lang)}
          </span>
          <span className="visually-hidden"> — </span>
          <span className={`column-role ${role}`}>
            {t(role === 'source' ? 'editor.source' : 'editor.target')}
          </span>
        </h3>
        <TextField
          {...common}
          label={t('details.courseTitle')}
          value={draft.title[lang] ?? ''}
          onChange={(v) => setText('title', lang, v)}
          error={role === 'source' && attempted ? titleError : null}
          required={role === 'source'}
          autoFocus={role === 'source'}
        />
        <TextAreaField
          {...common}
          label={t('details.description')}
          value={draft.description[lang] ?? ''}
          onChange={(v) => setText('description', lang, v)}
          rows={4}
        />
        <TextField
          {...common}
          label={t('details.institution')}
          value={draft.institution[lang] ?? ''}
          onChange={(v) => setText('institution', lang, v)}
        />
        <TextField
          {...common}
          label={t('details.keywords')}
          value={draft.keywords[lang] ?? ''}
          onChange={(v) => setDraft((d) => ({ ...d, keywords: { ...d.keywords, [lang]: v } }))}
          hint={t('details.keywordsHint')}
        />
      </section>
    );
  };

  return (
    <Modal
      title={t('details.title')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('details.apply')}
      wide
    >
      <div className="details-columns">
        {column(source, 'source')}
        {column(target, 'target')}
      </div>

      <fieldset className="choice-group">
        <legend>{t('details.authors')}</legend>
        <ol className="author-list">
          {draft.authors.map((author, i) => {
            const n = i + 1;
            return (
              <li key={i} className="author-row" data-author-index={i}>
                <div className="field">
                  <input
                    type="text"
                    value={author}
                    aria-label={t('details.author', { n })}
                    placeholder={t('details.authorPlaceholder')}
                    spellCheck={false}
                    onChange={(e) => setAuthors(draft.authors.map((a, j) => (j === i ? e.target.value : a)))}
                  />
                </div>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('details.moveAuthorUp', { n })}
                  title={t('details.moveAuthorUp', { n })}
                  disabled={i === 0}
                  onClick={() => moveAuthor(i, i - 1)}
                >
                  <Icon name="up" size={16} />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('details.moveAuthorDown', { n })}
                  title={t('details.moveAuthorDown', { n })}
                  disabled={i === draft.authors.length - 1}
                  onClick={() => moveAuthor(i, i + 1)}
                >
                  <Icon name="down" size={16} />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('details.removeAuthor', { n })}
                  title={t('details.removeAuthor', { n })}
                  onClick={() => {
                    const authors = draft.authors.filter((_, j) => j !== i);
                    setAuthors(authors.length > 0 ? authors : ['']);
                    setFocus(authors.length > 0 ? Math.max(0, i - 1) : 0);
                  }}
                >
                  <Icon name="trash" size={16} />
                </button>
              </li>
            );
          })}
        </ol>
        <div>
          <button
            type="button"
            className="button"
            onClick={() => {
              setAuthors([...draft.authors, '']);
              setFocus(draft.authors.length);
            }}
          >
            <Icon name="plus" size={16} /> {t('details.addAuthor')}
          </button>
        </div>
      </fieldset>

      <LicenceChooser value={draft.licence} onChange={(licence) => setDraft((d) => ({ ...d, licence }))} />
    </Modal>
  );
}
