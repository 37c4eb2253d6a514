import { buildScorm } from '../scorm12';
import { SCO_PER_LESSON, type ExportFormat } from '../types';
import { scorm2004Manifest } from './manifest';

/** SCORM 2004 4th Edition: completion and success status, scaled score, sequencing. */
export const scorm2004Format: ExportFormat = {
  id: 'scorm2004',
  label: 'SCORM 2004 4th Edition',
  description: 'Completion, success and scaled score, with choice and flow sequencing.',
  extension: 'zip',
  options: [SCO_PER_LESSON],
  build: (input, options) => buildScorm(input, options, 'scorm2004', scorm2004Manifest),
};
