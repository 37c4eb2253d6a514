import type { XliffExport } from './exportXliff';
import type { XliffImportReport, XliffUnitRef } from './importXliff';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function list(refs: XliffUnitRef[], max = 10): string {
  const shown = refs.slice(0, max).map((r) => `${r.id} (${r.where})`);
  return refs.length > max ? `${shown.join(', ')} and ${refs.length - max} more` : shown.join(', ');
}

/**
 * Lines that say what an XLIFF import did, in English, for the CLI and logs. The app words its
 * own message, in the interface language, from the report's fields.
 */
export function summarizeXliffImport(report: XliffImportReport): string[] {
  const lines = [
    `XLIFF ${report.version}: ${plural(report.updated, 'unit')} updated, ${report.unchanged} unchanged, in ${plural(report.changedLessons.length, 'lesson')}.`,
  ];
  if (report.outdated.length)
    lines.push(
      `${plural(report.outdated.length, 'unit')} applied but left out of date, because the source changed after the export: ${list(report.outdated)}. Review them in OER Studio.`,
    );
  if (report.conflicts.length)
    lines.push(
      `${plural(report.conflicts.length, 'translation')} edited in OER Studio after the export replaced by the translator's version: ${list(report.conflicts)}.`,
    );
  if (report.brokenUnits.length)
    lines.push(
      `${plural(report.brokenUnits.length, 'unit')} skipped because of broken tags: ${report.brokenUnits
        .slice(0, 10)
        .map((u) => `${u.id} (${u.where}): ${u.reason}`)
        .join(
          '; ',
        )}${report.brokenUnits.length > 10 ? '; …' : ''}. Fix the tags in the CAT tool and import again.`,
    );
  if (report.unknownIds.length)
    lines.push(
      `${plural(report.unknownIds.length, 'unit')} skipped because the course has no such id (deleted since the export?): ${report.unknownIds.slice(0, 20).join(', ')}${report.unknownIds.length > 20 ? ', …' : ''}.`,
    );
  if (report.copiedBlocks)
    lines.push(
      `${plural(report.copiedBlocks, 'block')} with nothing to translate copied into the translation.`,
    );
  lines.push(...report.warnings);
  return lines;
}

/** One line that says what an XLIFF export holds. */
export function summarizeXliffExport(result: XliffExport): string {
  const { counts } = result;
  return `${plural(counts.total, 'unit')}: ${counts.initial} to translate, ${counts.review} out of date, ${counts.translated} translated`;
}
