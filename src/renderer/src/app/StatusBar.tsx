import { useTranslation } from 'react-i18next';
import { allLessons } from '../../../core/model/course';
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
      <span className="status-item">{t('status.lessons', { count: allLessons(state.course).length })}</span>
      <span className="status-item">
        {t('status.languages', { source: languageLabel(source), target: languageLabel(target) })}
      </span>
    </footer>
  );
}
