import { OerError, isOerError } from '../errors';
import { msg } from '../messages/message';
import { getFormat } from './registry';
import type { BuiltPackage, ExportInput, ExportOptions } from './types';

export { exportFormats, getFormat } from './registry';
export type {
  BuiltPackage,
  ExportFormat,
  ExportInput,
  ExportOptions,
  PackageEntry,
  PlayerKit,
} from './types';

/**
 * Builds a package of the given format: its entries in order (data read lazily) and warnings.
 * Zipping is the edge's job (src/node/zipWriter.ts streams it to disk).
 */
export async function buildPackage(
  input: ExportInput,
  formatId: string,
  options: ExportOptions = {},
): Promise<BuiltPackage> {
  const format = getFormat(formatId);
  try {
    return await format.build(input, options);
  } catch (e) {
    if (isOerError(e)) throw e;
    throw new OerError(
      'export-failed',
      msg('export.failed', { format: format.label, reason: (e as Error)?.message ?? String(e) }),
    );
  }
}
