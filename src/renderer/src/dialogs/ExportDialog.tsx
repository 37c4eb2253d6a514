import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../core/model/types';
import type { ApiError, ExportedPackage, FormatInfo } from '../../../shared/ipc';
import { NoticeView } from '../app/NoticeView';
import { languageLabel } from '../app/languages';
import { request } from '../state/request';
import { Modal } from './Modal';

/** SCORM 1.2 is what every Moodle plays fully, so it is the default choice. */
function defaultFormat(formats: FormatInfo[]): string {
  return (formats.find((f) => /scorm[\s_-]*1\.?2/i.test(`${f.id} ${f.label}`)) ?? formats[0])?.id ?? '';
}

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  course: Course;
  /** Called with the written package; the dialog then closes. */
  onExported: (pkg: ExportedPackage, format: FormatInfo) => void;
  onClose: () => void;
}

/** Chooses a package format from the export registry and the languages to include, then exports. */
export function ExportDialog({ course, onExported, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const { source, target } = course.languages;
  const [formats, setFormats] = useState<FormatInfo[] | null>(null);
  const [format, setFormat] = useState('');
  const [languages, setLanguages] = useState<'both' | 'source' | 'target'>('both');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void request(() => window.api.listFormats()).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setFailure(result.error);
        setFormats([]);
        return;
      }
      setFormats(result.value);
      setFormat(defaultFormat(result.value));
    });
    return () => {
      live = false;
    };
  }, []);

  // The formats arrive after the dialog opened: then start on the chosen one, as a radio group does.
  const formatGroup = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (formats?.length) formatGroup.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [formats]);

  const chosen = formats?.find((f) => f.id === format);

  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    setFailure(null);
    const langs = languages === 'both' ? [source, target] : [languages === 'source' ? source : target];
    const result = await request(() =>
      window.api.exportPackage({ course, format: chosen.id, languages: langs }),
    );
    setBusy(false);
    if (!result.ok) setFailure(result.error);
    // null: the user cancelled the save dialog and is back here to choose again.
    else if (result.value) onExported(result.value, chosen);
  };

  const languageOptions = [
    {
      value: 'both',
      label: t('export.bilingual', { source: languageLabel(source), target: languageLabel(target) }),
    },
    { value: 'source', label: t('export.only', { language: languageLabel(source) }) },
    { value: 'target', label: t('export.only', { language: languageLabel(target) }) },
  ] as const;

  return (
    <Modal
      title={t('export.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={busy ? t('export.exporting') : t('export.export')}
      busy={busy}
      submitDisabled={!chosen}
    >
      <fieldset className="choice-group" ref={formatGroup}>
        <legend>{t('export.format')}</legend>
        {formats === null ? <p className="modal-note">{t('export.loadingFormats')}</p> : null}
        {formats?.map((f, i) => (
          <label key={f.id} className="choice">
            <input
              type="radio"
              name={`${id}-format`}
              value={f.id}
              checked={format === f.id}
              onChange={() => setFormat(f.id)}
              // The label names the format; the description is read after it, not as part of the name.
              aria-labelledby={`${id}-format-${i}-label`}
              aria-describedby={`${id}-format-${i}`}
            />
            <span className="choice-text">
              <span className="choice-label" id={`${id}-format-${i}-label`}>
                {f.label} <span className="choice-extension">.{f.extension.replace(/^\./, '')}</span>
              </span>
              <span className="choice-description" id={`${id}-format-${i}`}>
                {f.description}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('export.languages')}</legend>
        {languageOptions.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={`${id}-languages`}
              value={o.value}
              checked={languages === o.value}
              onChange={() => setLanguages(o.value)}
            />
            <span className="choice-text">
              <span className="choice-label">{o.label}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {failure ? (
        <NoticeView notice={{ kind: 'error', ...failure }} onDismiss={() => setFailure(null)} />
      ) : null}
    </Modal>
  );
}
