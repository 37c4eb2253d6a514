/**
 * `oer-studio xliff export|import`: XLIFF exchange with translators' CAT tools, headless.
 * The work is in src/core/translate/xliff; this file only reads and writes files.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OerError } from '../core/errors';
import { msg } from '../core/messages/message';
import type { AppInfo } from '../core/model/courseDocument';
import {
  exportXliff,
  importXliff,
  summarizeXliffExport,
  summarizeXliffImport,
  type XliffVersion,
} from '../core/translate/xliff';
import { openProjectFile, writeFileAtomic, writeProjectFile } from '../node/projectIo';

/** The help lines of the `xliff` command, for the CLI's `--help`. */
export const XLIFF_HELP = `  oer-studio xliff export <course.oercourse> -o <file.xlf> [--version 1.2|2.0] [--lessons <id,id>] [--json]
      Export the course's language pair (or some lessons) as XLIFF for a CAT tool (OmegaT, Trados).
  oer-studio xliff import <course.oercourse> <file.xlf> [-o <out.oercourse>] [--json]
      Read a translated XLIFF file (1.2 or 2.0) into the course: written back to the course file
      unless -o is given. Prints what changed, what is out of date and what was skipped.
      --json: print the counts (export) or the full report (import) as JSON.`;

/** A wrong command line: printed as one line, exit code 2. */
class XliffUsageError extends Error {}

const VERSIONS: readonly XliffVersion[] = ['1.2', '2.0'];

function parse(
  args: string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    throw new XliffUsageError(`${(e as Error).message.split('\n')[0]} (see oer-studio --help)`);
  }
}

async function xliffExport(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    version: { type: 'string' },
    lessons: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1)
    throw new XliffUsageError('Give exactly one course file (see oer-studio --help).');
  const output = values['output'];
  if (typeof output !== 'string') throw new XliffUsageError('-o <file.xlf> is required.');
  const version = (values['version'] ?? '1.2') as XliffVersion;
  if (!VERSIONS.includes(version))
    throw new XliffUsageError(`--version must be 1.2 or 2.0, not "${String(values['version'])}".`);
  const lessons = values['lessons'];
  const lessonIds =
    typeof lessons === 'string'
      ? lessons
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : undefined;
  if (lessonIds && !lessonIds.length)
    throw new XliffUsageError('--lessons needs lesson ids, separated by commas.');
  const project = await openProjectFile(resolve(positionals[0] as string));
  try {
    const result = exportXliff(project.document.course, { version, lessonIds });
    await writeFileAtomic(resolve(output), new TextEncoder().encode(result.xml));
    const warnings = [...project.warnings, ...result.warnings];
    if (values['json']) {
      console.log(JSON.stringify({ output: resolve(output), version, counts: result.counts, warnings }));
      return;
    }
    for (const w of warnings) console.error(`warning: ${w}`);
    console.log(`Wrote ${resolve(output)} (XLIFF ${version}, ${summarizeXliffExport(result)})`);
  } finally {
    project.assets.close();
  }
}

async function xliffImport(args: string[], app: AppInfo): Promise<void> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 2)
    throw new XliffUsageError('Give the course file and the XLIFF file (see oer-studio --help).');
  const [projectPath, xliffPath] = positionals.map((p) => resolve(p)) as [string, string];
  let xmlText: string;
  try {
    xmlText = await readFile(xliffPath, 'utf8');
  } catch {
    throw new OerError('io', msg('cli.cannotRead', { path: `"${basename(xliffPath)}"` }));
  }
  const project = await openProjectFile(projectPath);
  try {
    const { course, report } = importXliff(project.document.course, xmlText);
    const output = typeof values['output'] === 'string' ? resolve(values['output']) : projectPath;
    const unchanged = course === project.document.course && output === projectPath;
    // Written to a temp file and renamed over: the course file is the old one or the new one.
    if (!unchanged) await writeProjectFile(output, course, project.assets, app);
    if (values['json']) {
      console.log(JSON.stringify({ output: unchanged ? null : output, report, warnings: project.warnings }));
      return;
    }
    for (const w of project.warnings) console.error(`warning: ${w}`);
    for (const line of summarizeXliffImport(report)) console.log(line);
    console.log(unchanged ? `No changes: ${projectPath} is left as it was.` : `Wrote ${output}`);
  } finally {
    project.assets.close();
  }
}

/**
 * Runs `oer-studio xliff <export|import> …` and returns the exit code: 0 done, 2 wrong usage
 * (printed here). Other failures are thrown as {@link OerError}s for the CLI to print (exit 1).
 */
export async function runXliffCommand(args: string[], app: AppInfo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'export') await xliffExport(rest);
    else if (sub === 'import') await xliffImport(rest, app);
    else
      throw new XliffUsageError(
        `${sub === undefined ? 'Missing' : `Unknown`} xliff command${sub === undefined ? '' : ` "${sub}"`}: use "xliff export" or "xliff import" (see oer-studio --help).`,
      );
    return 0;
  } catch (e) {
    if (!(e instanceof XliffUsageError)) throw e;
    console.error(`oer-studio: ${e.message}`);
    return 2;
  }
}
