import { useTranslation } from 'react-i18next';
import { allLessons } from '../../../core/model/course';
import { courseSummary, needsWork, percentDone } from '../../../core/translate/state';
import type { ProjectState } from '../state/projectState';
import { isDirty } from '../state/projectState';
import { languageLabel } from './languages';

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  state: ProjectState | null;
  /** The file name, or "Untitled" in the interface language. */
  fileLabel: string;
}

/** The bottom line: file name, saved or not, the course's languages and its size. */
export function StatusBar({ state, fileLabel }: StatusBarProps) {
  const { t } = useTranslation();
  if (!state) return <footer className="status-bar" aria-label={t('status.label')} />;
  // A course that was never saved (the sample, a new one) is not "Saved" even when unchanged.
  const saveState = isDirty(state) ? 'unsaved' : state.filePath ? 'saved' : 'notInFile';
  const { source, target } = state.course.languages;
  const lessons = allLessons(state.course);
  // Per-lesson counts are cached, so this adds up numbers rather than walking the course.
  const progress = courseSummary(
    lessons.map((l) => l.lesson),
    source,
    target,
  );
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-item status-file" title={state.filePath ?? undefined}>
        {fileLabel}
      </span>
      <span className={`status-item status-${saveState}`}>
        <span className="status-dot" aria-hidden="true" />
        {t(`status.${saveState}`)}
      </span>
      <span className="status-spacer" />
      <span
        className={needsWork(progress) ? 'status-item status-progress' : 'status-item status-progress done'}
        title={
          needsWork(progress)
            ? t('translate.progressDetail', { missing: progress.missing, outdated: progress.outdated })
            : t('translate.allDone')
        }
      >
        <meter min={0} max={100} value={percentDone(progress)} aria-hidden="true" />
        {t('translate.progress', { percent: percentDone(progress) })}
        {needsWork(progress) ? (
          <span className="visually-hidden">
            {' '}
            {t('translate.progressDetail', { missing: progress.missing, outdated: progress.outdated })}
          </span>
        ) : null}
      </span>
      <span className="status-item">{t('status.lessons', { count: lessons.length })}</span>
      <span className="status-item">
        {t('status.languages', { source: languageLabel(source), target: languageLabel(target) })}
      </span>
    </footer>
  );
}
