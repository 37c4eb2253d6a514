import { OerError } from '../errors';
import { msg } from '../messages/message';
import { cc11Format, cc13Format } from './cc';
import { scorm12Format } from './scorm12';
import { scorm2004Format } from './scorm2004';
import { webFormat } from './web';
import type { ExportFormat } from './types';

/**
 * Every export format, in menu order. The CLI's `--format` help, `oer-studio formats` and the
 * app's export dialog all read this list.
 */
export const exportFormats: readonly ExportFormat[] = [
  scorm12Format,
  scorm2004Format,
  cc11Format,
  cc13Format,
  webFormat,
];

/** Finds a format by id, or throws an error that lists the known ids. */
export function getFormat(id: string): ExportFormat {
  const format = exportFormats.find((f) => f.id === id);
  if (!format) {
    throw new OerError(
      'unknown-format',
      msg('export.unknownFormat', { id, known: exportFormats.map((f) => f.id).join(', ') }),
    );
  }
  return format;
}
