/**
 * The `oer-studio` command: the same core as the app, headless, for scripts and batch work.
 * Exit codes: 0 success, 1 the operation failed (bad input, invalid package), 2 wrong usage,
 * 130 an export cancelled with Ctrl-C.
 * Errors are one line on stderr that says what to do.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { OerError, isOerError } from '../core/errors';
import { msg } from '../core/messages/message';
import { exportFormats } from '../core/export';
import { createCourse } from '../core/model/course';
import { isLanguageTag } from '../core/model/schema';
import { checkFile } from '../core/validate/checkPackage';
import { loadPlayerKit } from '../node/playerKit';
import { projectExportInput, writePackageFile, writePackageFolder } from '../node/exportIo';
import { importFile } from '../node/import/importFile';
import type { ImportProgress, ImportedCourse } from '../node/import/types';
import { AssetStore, openProjectFile, writeProjectFile } from '../node/projectIo';
import { loadSampleCourse } from '../node/sample';
import { XLIFF_HELP, runXliffCommand } from './xliffCommand';

const VERSION = '0.1.0';
const APP = { name: 'OER Studio', version: VERSION };
const RESOURCES = fileURLToPath(new URL('../../resources', import.meta.url));

/** A wrong command line: exit code 2. */
class UsageError extends Error {}

const HELP = `oer-studio ${VERSION}: bilingual OER courses to LMS packages, headless.

Usage:
  oer-studio new <course.oercourse> [--sample] [--title <text>] [--source <tag>] [--target <tag>]
      Write a new course, or with --sample the bundled English/Russian sample course.
  oer-studio export <course.oercourse> --format <id> -o <package.zip> [--lang <tag> | --bilingual] [--sco-per-lesson] [--folder]
      Export a package. Bilingual (with a learner language switch) by default.
      --sco-per-lesson (SCORM only): one SCO per lesson instead of one for the course.
      --folder: write the package as a folder instead of a zip (for the offline website).
  oer-studio import <file> -o <course.oercourse>
      Import a file as a new course: a package OER Studio exported (exactly), an IMS Common
      Cartridge (.imscc), SCORM 1.2 or 2004 package (.zip), or a Word document (.docx), the
      last ones best effort. Prints what could not be imported; exit 1 if the file is refused.
${XLIFF_HELP}
  oer-studio salvage <damaged.oercourse> -o <new.oercourse>
      Recover what is still readable of a damaged course file (cut short, or with a damaged
      lesson) into a new file, and print what was lost. The damaged file is not changed.
  oer-studio formats [--json]
      List the export formats.
  oer-studio validate <course.oercourse | package.zip> [--json]
      Check a project file or a package; exit 1 if it has errors.
  oer-studio --help | --version

Formats:
${exportFormats.map((f) => `  ${f.id.padEnd(10)} ${f.label}: ${f.description}`).join('\n')}

Example:
  oer-studio new --sample course.oercourse && oer-studio export course.oercourse --format scorm12 -o course.zip
`;

type Values = Record<string, string | boolean | undefined>;

function parse(
  args: string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see oer-studio --help)`);
  }
}

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`Give exactly one ${what} (see oer-studio --help).`);
  return positionals[0] as string;
}

async function cmdNew(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    sample: { type: 'boolean' },
    title: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
  });
  const out = resolve(one(positionals, 'output file'));
  let course;
  if (values['sample']) {
    course = await loadSampleCourse(RESOURCES);
  } else {
    const source = String(values['source'] ?? 'en');
    const target = String(values['target'] ?? 'ru');
    for (const tag of [source, target]) {
      if (!isLanguageTag(tag))
        throw new UsageError(`"${tag}" is not a BCP-47 language tag (for example en, ru, kk, uz-Latn).`);
    }
    if (source === target) throw new UsageError('--source and --target must differ.');
    course = createCourse({
      title: String(values['title'] ?? 'Untitled course'),
      languages: { source, target },
    });
  }
  await writeProjectFile(out, course, new AssetStore(), APP);
  console.log(`Wrote ${out}`);
}

async function cmdSalvage(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } });
  const input = resolve(one(positionals, 'course file'));
  const output = values['output'];
  if (typeof output !== 'string') throw new UsageError('-o <new.oercourse> is required.');
  if (resolve(output) === input)
    throw new UsageError('Write the recovered course to a new file: -o must not name the damaged one.');
  const project = await openProjectFile(input, { salvage: true });
  try {
    await writeProjectFile(resolve(output), project.document.course, project.assets, APP, { backup: false });
  } finally {
    project.assets.close();
  }
  const lost = project.lost ?? [];
  if (lost.length === 0) console.log('Nothing was lost: the file opens as it is.');
  for (const line of lost) console.log(`lost: ${line}`);
  console.log(`Wrote ${resolve(output)}`);
}

/** A count with its noun, for the CLI's English: "1 module", "3 modules". */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The exit code of a command that Ctrl-C stopped, as shells report it (128 + SIGINT). */
const INTERRUPTED = 130;

async function cmdExport(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    bilingual: { type: 'boolean' },
    'sco-per-lesson': { type: 'boolean' },
    folder: { type: 'boolean' },
  });
  const input = resolve(one(positionals, 'course file'));
  const format = values['format'];
  if (typeof format !== 'string')
    throw new UsageError(`--format is required: one of ${exportFormats.map((f) => f.id).join(', ')}.`);
  if (!exportFormats.some((f) => f.id === format)) {
    throw new UsageError(
      `Unknown format "${format}": use one of ${exportFormats.map((f) => f.id).join(', ')}.`,
    );
  }
  const output = values['output'];
  if (typeof output !== 'string') throw new UsageError('-o <package.zip> is required.');
  if (values['lang'] && values['bilingual'])
    throw new UsageError('Use either --lang <tag> or --bilingual, not both.');
  // The outline only: each lesson is read when its pages are written, and lessons and media
  // are copied from the project file as stored, so a large course never sits in memory.
  const project = await openProjectFile(input, { lessons: 'outline' });
  // Ctrl-C cancels the export the way the app's Cancel does: the package's temp file goes,
  // and nothing is left at the output path. A second Ctrl-C quits at once.
  const interrupt = new AbortController();
  const cancel = () => interrupt.abort();
  process.once('SIGINT', cancel);
  try {
    const write = values['folder'] ? writePackageFolder : writePackageFile;
    const result = await write(
      resolve(output),
      projectExportInput(project, await loadPlayerKit(RESOURCES), APP),
      format,
      {
        languages: typeof values['lang'] === 'string' ? [values['lang']] : undefined,
        scoPerLesson: Boolean(values['sco-per-lesson']),
      },
      { signal: interrupt.signal },
    );
    for (const w of [...project.warnings, ...result.warnings]) console.error(`warning: ${w}`);
    console.log(`Wrote ${resolve(output)} (${format}, ${result.bytes} bytes)`);
    return 0;
  } catch (e) {
    if (!interrupt.signal.aborted) throw e;
    console.error(`oer-studio: the export was cancelled; nothing was written to ${resolve(output)}.`);
    return INTERRUPTED;
  } finally {
    process.off('SIGINT', cancel);
    project.assets.close();
  }
}

async function cmdImport(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } });
  const input = resolve(one(positionals, 'file to import'));
  const output = values['output'];
  if (typeof output !== 'string') throw new UsageError('-o <course.oercourse> is required.');
  // Progress goes to stderr, so stdout stays the report and the result: a live percentage on a
  // terminal, else one short line per 10% for logs.
  const tty = process.stderr.isTTY === true;
  let shown = -1;
  const onProgress = ({ done, total }: ImportProgress) => {
    const percent = total ? Math.floor((done / total) * 100) : 0;
    if (tty) {
      if (percent !== shown) process.stderr.write(`\rImporting… ${percent}%`);
      shown = percent;
    } else if (Math.floor(percent / 10) > Math.floor(shown / 10)) {
      console.error(`Importing: ${Math.floor(percent / 10) * 10}%`);
      shown = percent;
    }
  };
  let imported: ImportedCourse;
  try {
    imported = await importFile(input, { onProgress });
  } finally {
    if (tty && shown >= 0) process.stderr.write('\n');
  }
  await writeProjectFile(resolve(output), imported.course, imported.assets, APP);
  for (const line of imported.report) console.log(`report: ${line}`);
  console.log(
    `Wrote ${resolve(output)} (${counted(imported.course.modules.length, 'module')}, ${counted(imported.course.assets.length, 'media file')})`,
  );
}

function cmdFormats(args: string[]): void {
  const { values } = parse(args, { json: { type: 'boolean' } });
  if (values['json']) {
    console.log(
      JSON.stringify(
        exportFormats.map(({ id, label, description, extension }) => ({ id, label, description, extension })),
      ),
    );
  } else {
    for (const f of exportFormats) console.log(`${f.id.padEnd(10)} ${f.label}: ${f.description}`);
  }
}

async function cmdValidate(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const path = resolve(one(positionals, 'file to validate'));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new OerError('io', msg('cli.cannotRead', { path }));
  }
  const report = await checkFile(bytes, path);
  if (values['json']) {
    console.log(JSON.stringify(report));
  } else {
    for (const e of report.errors) console.log(`error: ${e}`);
    for (const w of report.warnings) console.log(`warning: ${w}`);
    const what = report.kind === 'package' ? `${report.family ?? 'unknown'} package` : report.kind;
    console.log(
      `${report.errors.length ? 'INVALID' : 'OK'}: ${path} (${what}, ${report.errors.length} errors, ${report.warnings.length} warnings)`,
    );
  }
  return report.errors.length ? 1 : 0;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        console.log(HELP);
        return 0;
      case '--version':
      case '-v':
        console.log(VERSION);
        return 0;
      case 'new':
        await cmdNew(rest);
        return 0;
      case 'export':
        return await cmdExport(rest);
      case 'import':
        await cmdImport(rest);
        return 0;
      case 'xliff':
        return await runXliffCommand(rest, APP);
      case 'salvage':
        await cmdSalvage(rest);
        return 0;
      case 'formats':
        cmdFormats(rest);
        return 0;
      case 'validate':
        return await cmdValidate(rest);
      default:
        throw new UsageError(`Unknown command "${command}" (see oer-studio --help).`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`oer-studio: ${e.message}`);
      return 2;
    }
    const message = isOerError(e)
      ? [e.message, ...e.details].join(' ')
      : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
    console.error(`oer-studio: ${message}`);
    if (isOerError(e) && e.code === 'damaged-course' && command !== 'salvage')
      console.error('To recover what is left of it: oer-studio salvage <file> -o <new.oercourse>');
    return 1;
  }
}

const isEntry = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) process.exitCode = await main(process.argv.slice(2));
