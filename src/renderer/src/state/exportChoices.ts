import type { FormatInfo, FormatOptionInfo } from '../../../shared/ipc';

/** Which languages a package holds: both with a learner switch, or one of the course's two. */
export type LanguageChoice = 'both' | 'source' | 'target';

/** What the author chose in the Export dialog. */
export interface ExportChoices {
  /** A format id of the registry; null until the first export. */
  format: string | null;
  languages: LanguageChoice;
  /** Each format's own options, by format id and option id. */
  options: Record<string, Partial<Record<FormatOptionInfo['id'], boolean>>>;
}

let remembered: ExportChoices = { format: null, languages: 'both', options: {} };

/** The choices of the last export in this window (a fresh start after a restart). */
export function rememberedExportChoices(): ExportChoices {
  return remembered;
}

/** Keeps the choices for the next time the Export dialog opens while the app runs. */
export function rememberExportChoices(choices: ExportChoices): void {
  remembered = choices;
}

/**
 * The format to start on: the one chosen last, else SCORM 1.2 (what every Moodle plays fully),
 * else the registry's first.
 */
export function initialFormat(formats: FormatInfo[], last: string | null): string {
  if (last && formats.some((f) => f.id === last)) return last;
  return (formats.find((f) => /scorm[\s_-]*1\.?2/i.test(`${f.id} ${f.label}`)) ?? formats[0])?.id ?? '';
}
