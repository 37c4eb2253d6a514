/**
 * XLIFF exchange with translators' CAT tools (OmegaT, Trados, memoQ…): export a course's
 * language pair as XLIFF 1.2 or 2.0, and import the translated file back as one change.
 * See docs/xliff.md.
 */
export { exportXliff, xliffDocumentOf, type XliffExport, type XliffExportOptions } from './exportXliff';
export {
  importXliff,
  readXliff,
  type XliffImport,
  type XliffImportReport,
  type XliffPlace,
  type XliffUnitRef,
} from './importXliff';
export { summarizeXliffExport, summarizeXliffImport } from './summary';
export type { UnitState, XliffDocument, XliffFile, XliffUnit, XliffVersion } from './types';
