import { packageLanguages } from '../languages';
import { AS_FOLDER, type ExportFormat } from '../types';
import { buildWebContent } from '../webContent';

/**
 * An offline website: the same player and pages as the SCORM packages, with no LMS. It opens
 * from `index.html` with no server (`file://`), and keeps the learner's progress in the browser.
 */
export const webFormat: ExportFormat = {
  id: 'web',
  label: 'Offline website',
  description: 'A folder or zip that opens from index.html in any browser, with no server and no network.',
  extension: 'zip',
  options: [AS_FOLDER],
  async build(input, options) {
    const web = buildWebContent(input, packageLanguages(input.course, options.languages), 'none');
    return { entries: web.entries, warnings: web.warnings, warningTexts: web.warningTexts };
  },
};
