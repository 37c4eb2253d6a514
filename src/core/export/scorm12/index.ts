import { packageLanguages } from '../languages';
import {
  SCO_PER_LESSON,
  type BuiltPackage,
  type ExportFormat,
  type ExportInput,
  type ExportOptions,
} from '../types';
import { buildWebContent } from '../webContent';
import type { Standard } from '../player/pages';
import type { ScormManifestInput } from '../organization';
import { scorm12Manifest } from './manifest';

/** Builds a SCORM package of either version: the shared web content plus the version's manifest. */
export async function buildScorm(
  input: ExportInput,
  options: ExportOptions,
  standard: Standard,
  manifest: (m: ScormManifestInput) => string,
): Promise<BuiltPackage> {
  const languages = packageLanguages(input.course, options.languages);
  const web = buildWebContent(input, languages, standard);
  const xml = manifest({
    course: input.course,
    languages,
    files: web.entries.map((e) => e.path),
    launch: web.launch,
    scoPerLesson: Boolean(options.scoPerLesson),
  });
  return {
    entries: [{ path: 'imsmanifest.xml', data: xml, deflate: true }, ...web.entries],
    warnings: web.warnings,
    warningTexts: web.warningTexts,
  };
}

/**
 * SCORM 1.2: the format Moodle plays most fully, so the default. One SCO whose player
 * navigates between lessons, switches language, and reports completion and resume state; or
 * one SCO per lesson.
 */
export const scorm12Format: ExportFormat = {
  id: 'scorm12',
  label: 'SCORM 1.2',
  description: 'One SCO with lesson navigation and a language switch. The safest choice for Moodle.',
  extension: 'zip',
  options: [SCO_PER_LESSON],
  build: (input, options) => buildScorm(input, options, 'scorm12', scorm12Manifest),
};
