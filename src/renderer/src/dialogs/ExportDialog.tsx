import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../core/model/types';
import type { ExportedPackage, ExportProgress, ExportRequest, FormatInfo } from '../../../shared/ipc';
import { NoticeView } from '../app/NoticeView';
import { formatBytes } from '../app/formatBytes';
import { languageLabel } from '../app/languages';
import type { Notice } from '../app/useNotices';
import { warningTexts } from '../i18n/messageText';
import {
  initialFormat,
  rememberExportChoices,
  rememberedExportChoices,
  type ExportChoices,
  type LanguageChoice,
} from '../state/exportChoices';
import { request } from '../state/request';
import { CheckField } from './CheckField';
import { Modal } from './Modal';
import { ProgressModal } from './ProgressModal';

/** Where the dialog is: choosing, exporting (with progress), or done. */
type Phase =
  | { kind: 'choose'; notice: Omit<Notice, 'id'> | null }
  | { kind: 'running'; format: FormatInfo; progress: ExportProgress | null; cancelling: boolean }
  | { kind: 'done'; format: FormatInfo; pkg: ExportedPackage };

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  course: Course;
  onClose: () => void;
}

/**
 * Exports a package: a format from the registry with its own options, the languages to
 * include, then a progress bar with Cancel, and the result (the file and what to check in it).
 * The choices are remembered while the app runs.
 */
export function ExportDialog({ course, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { source, target } = course.languages;
  const [formats, setFormats] = useState<FormatInfo[] | null>(null);
  const [choices, setChoices] = useState<ExportChoices>(rememberedExportChoices);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose', notice: null });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    void request(() => window.api.listFormats()).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setPhase({ kind: 'choose', notice: { kind: 'error', ...result.error } });
        setFormats([]);
        return;
      }
      setFormats(result.value);
      setChoices((c) => ({ ...c, format: initialFormat(result.value, c.format) }));
    });
    return () => {
      current = false;
    };
  }, []);

  // Focus follows the steps: the chosen format when choosing (the formats arrive after the
  // dialog opened), Cancel export while exporting, Close when done.
  const formatGroup = useRef<HTMLFieldSetElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (phase.kind === 'running') cancelButton.current?.focus();
    else if (phase.kind === 'done') closeButton.current?.focus();
    else if (formats?.length) formatGroup.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [phase.kind, formats]);

  const chosen = formats?.find((f) => f.id === choices.format);
  const choose = (next: ExportChoices) => {
    setChoices(next);
    rememberExportChoices(next);
  };
  const formatLabel = (f: FormatInfo) => t(`formats.${f.id}.label`, { defaultValue: f.label });

  const submit = async () => {
    if (!chosen) return;
    rememberExportChoices(choices);
    const languages =
      choices.languages === 'both' ? [source, target] : [choices.languages === 'source' ? source : target];
    const own = choices.options[chosen.id] ?? {};
    const req: ExportRequest = { course, format: chosen.id, languages };
    for (const option of chosen.options) req[option.id] = Boolean(own[option.id]);

    setPhase({ kind: 'running', format: chosen, progress: null, cancelling: false });
    let unsubscribe = () => {};
    try {
      unsubscribe = window.api.onExportProgress((progress) => {
        if (live.current)
          setPhase((p) => (p.kind === 'running' && p.format === chosen ? { ...p, progress } : p));
      });
    } catch {
      // No progress without the bridge's subscription; the export itself still answers.
    }
    const result = await request(() => window.api.exportPackage(req));
    unsubscribe();
    if (!live.current) return;
    setPhase((p) => {
      const cancelled = p.kind === 'running' && p.cancelling;
      if (result.ok && result.value) return { kind: 'done', format: chosen, pkg: result.value };
      // null: the user closed the save dialog, and is back here to choose again.
      if (result.ok) return { kind: 'choose', notice: null };
      if (cancelled)
        return { kind: 'choose', notice: { kind: 'warning', message: t('export.cancelled'), details: [] } };
      return { kind: 'choose', notice: { kind: 'error', ...result.error } };
    });
  };

  const cancel = async () => {
    setPhase((p) => (p.kind === 'running' ? { ...p, cancelling: true } : p));
    const result = await request(() => window.api.cancelExport());
    if (!result.ok && live.current) {
      setPhase((p) => (p.kind === 'running' ? { ...p, cancelling: false } : p));
    }
  };

  const languageOptions: { value: LanguageChoice; label: string }[] = [
    {
      value: 'both',
      label: t('export.bilingual', { source: languageLabel(source), target: languageLabel(target) }),
    },
    { value: 'source', label: t('export.only', { language: languageLabel(source) }) },
    { value: 'target', label: t('export.only', { language: languageLabel(target) }) },
  ];

  if (phase.kind === 'running') {
    const { progress, cancelling } = phase;
    const total = progress?.entriesTotal ?? 0;
    const done = progress?.entriesDone ?? 0;
    return (
      <ProgressModal
        title={t('export.title')}
        heading={
          cancelling ? t('export.cancelling') : t('export.running', { format: formatLabel(phase.format) })
        }
        progress={progress ? { done, total } : null}
        valueText={t('export.progress', { done, total })}
        note={
          progress
            ? t('export.progressDetail', { done, total, size: formatBytes(progress.bytesIn, i18n.language) })
            : t('export.preparing')
        }
        cancelLabel={t('export.cancel')}
        cancelling={cancelling}
        onCancel={() => void cancel()}
        cancelRef={cancelButton}
      />
    );
  }

  if (phase.kind === 'done') {
    const { pkg, format } = phase;
    return (
      <Modal
        title={t('export.title')}
        onClose={onClose}
        onSubmit={onClose}
        submitLabel=""
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => setPhase({ kind: 'choose', notice: null })}
            >
              {t('export.again')}
            </button>
            <button type="submit" ref={closeButton} className="button primary">
              {t('common.close')}
            </button>
          </>
        }
      >
        <NoticeView
          notice={{
            kind: 'success',
            message: t('export.done', {
              format: formatLabel(format),
              size: formatBytes(pkg.bytes, i18n.language),
              path: pkg.filePath,
            }),
            details: [],
          }}
        />
        {pkg.warnings.length > 0 ? (
          <NoticeView
            notice={{
              kind: 'warning',
              message: t('export.warnings', { count: pkg.warnings.length }),
              details: warningTexts(pkg.warnings, pkg.warningTexts),
            }}
          />
        ) : null}
      </Modal>
    );
  }

  return (
    <Modal
      title={t('export.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={t('export.export')}
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
              checked={choices.format === f.id}
              onChange={() => choose({ ...choices, format: f.id })}
              // The label names the format; the description is read after it, not as part of the name.
              aria-labelledby={`${id}-format-${i}-label`}
              aria-describedby={`${id}-format-${i}`}
            />
            <span className="choice-text">
              <span className="choice-label" id={`${id}-format-${i}-label`}>
                {formatLabel(f)} <span className="choice-extension">.{f.extension.replace(/^\./, '')}</span>
              </span>
              <span className="choice-description" id={`${id}-format-${i}`}>
                {t(`formats.${f.id}.description`, { defaultValue: f.description })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen && chosen.options.length > 0 ? (
        <fieldset className="choice-group">
          <legend>{t('export.options', { format: formatLabel(chosen) })}</legend>
          {chosen.options.map((o) => (
            <CheckField
              key={o.id}
              label={t(`formatOptions.${o.id}.label`, { defaultValue: o.label })}
              description={t(`formatOptions.${o.id}.description`, { defaultValue: o.description })}
              checked={Boolean(choices.options[chosen.id]?.[o.id])}
              onChange={(checked) =>
                choose({
                  ...choices,
                  options: {
                    ...choices.options,
                    [chosen.id]: { ...choices.options[chosen.id], [o.id]: checked },
                  },
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
      <fieldset className="choice-group">
        <legend>{t('export.languages')}</legend>
        {languageOptions.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={`${id}-languages`}
              value={o.value}
              checked={choices.languages === o.value}
              onChange={() => choose({ ...choices, languages: o.value })}
            />
            <span className="choice-text">
              <span className="choice-label">{o.label}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {phase.notice ? (
        <NoticeView notice={phase.notice} onDismiss={() => setPhase({ kind: 'choose', notice: null })} />
      ) : null}
    </Modal>
  );
}
