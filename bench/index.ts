/**
 * `npm run bench`: export and project-file benchmarks. Prints figures and ratios; asserts
 * nothing about time (timed assertions are flaky on shared machines).
 *
 * Each measured operation runs in a fresh child process, so its peak RSS
 * (`process.resourceUsage().maxRSS`) is its own. Baselines run on the same files in the same run:
 * Info-ZIP `zip -r` (deflate text, store media with `-n`) for exports, `cp` for saves.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from '../bin/node-flags.js';
import { loadPlayerKit } from '../src/node/playerKit';
import { projectExportInput, writePackageFile, writePackageFolder } from '../src/node/exportIo';
import { openProjectFile, writeProjectFile } from '../src/node/projectIo';
import { loadSampleCourse } from '../src/node/sample';
import { openZip } from '../src/node/zipReader';
import { generateCourse, mediaSizes } from './generate';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RESOURCES = join(ROOT, 'resources');
const OUT = join(ROOT, 'bench-output');
const APP = { name: 'OER Studio', version: 'bench' };
const SELF = fileURLToPath(import.meta.url);

interface Measured {
  ms: number;
  rssMB: number;
}

/**
 * Runs one operation of this script in a child process and returns its time and peak RSS.
 * Exports run with the V8 flags of the `oer-studio` command, as they do from the CLI.
 */
function child(...args: string[]): Measured {
  settle();
  const flags = args[0] === 'open' || args[0] === 'save' ? [] : NODE_FLAGS;
  const result = spawnSync(process.execPath, [...flags, SELF, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`bench step ${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as Measured;
}

/**
 * Writes out what earlier steps left in the page cache, before a measured step (ours or a
 * baseline) starts: on ext4 an fsync also waits for other files' dirty data, so a save measured
 * right after the export benchmark paid for the gigabytes the exports had written.
 */
function settle(): void {
  spawnSync('sync');
}

function timed(fn: () => void): number {
  settle();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Best and median of `n` runs, to soften noise from other processes on the machine. */
function repeat(n: number, fn: () => Measured): { best: Measured; median: Measured } {
  const runs = Array.from({ length: n }, fn).sort((a, b) => a.ms - b.ms);
  return { best: runs[0] as Measured, median: runs[Math.floor((runs.length - 1) / 2)] as Measured };
}

async function report(op: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await op();
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024 }));
}

/** Child-process operations. */
async function step(args: string[]): Promise<void> {
  const [op, a, b, c] = args;
  if (op === 'export' || op === 'folder') {
    const write = op === 'export' ? writePackageFile : writePackageFolder;
    await report(async () => {
      // As the CLI exports: the outline only, each lesson read when its pages are written.
      const project = await openProjectFile(a as string, { lessons: 'outline' });
      await write(c as string, projectExportInput(project, await loadPlayerKit(RESOURCES), APP), b as string);
      project.assets.close();
    });
  } else if (op === 'open') {
    await report(async () => {
      const project = await openProjectFile(a as string, { lessons: 'outline' });
      if (project.document.course.modules.length === 0) throw new Error('no outline');
      project.assets.close();
    });
  } else if (op === 'save') {
    // The project is open in the app, and one word of one lesson's text changed: that lesson is
    // written again, the rest copied. The time is the save's (opening is measured on its own);
    // the peak RSS is the whole process's.
    const project = await openProjectFile(a as string, { lessons: 'outline' });
    const course = project.document.course;
    const module = course.modules[0]!;
    const lesson = await project.assets.loadLesson(module.lessons[0]!);
    const block = lesson.content['en']!.content![1]!.content![0]!;
    block.text = `edited ${block.text ?? ''}`;
    module.lessons[0] = lesson;
    await report(() => writeProjectFile(b as string, course, project.assets, APP));
    project.assets.close();
  } else if (op === 'sample20') {
    const sample = await loadSampleCourse(RESOURCES);
    // 20 lessons: the sample's five lessons four times over, with fresh ids.
    sample.modules = [0, 1, 2, 3].flatMap((copy) =>
      sample.modules.map((m) => ({
        ...m,
        id: `${m.id}c${copy}`,
        lessons: m.lessons.map((l) => ({ ...l, id: `${l.id}c${copy}` })),
      })),
    );
    const player = await loadPlayerKit(RESOURCES);
    const input = { course: sample, openAsset: () => Promise.reject(new Error('none')), player, app: APP };
    await writePackageFile(c as string, input, b as string); // warm up the JIT once, as the app would be
    await report(() => writePackageFile(c as string, input, b as string).then(() => undefined));
  } else {
    throw new Error(`unknown bench step ${op}`);
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function prepare(name: string, lessons: number, mediaBytes: number): Promise<string> {
  const dir = join(OUT, name);
  const project = join(dir, 'course.oercourse');
  if (existsSync(project)) {
    // A file of an older format version (no lessons/ entries) is brought up to date once.
    const zip = await openZip(project);
    const current = [...zip.entries.keys()].some((n) => n.startsWith('lessons/'));
    zip.close();
    if (current) return project;
    const old = await openProjectFile(project);
    await writeProjectFile(project, old.document.course, old.assets, APP, { backup: false });
    old.assets.close();
    return project;
  }
  await mkdir(join(dir, 'media'), { recursive: true });
  const { course, assets } = await generateCourse({
    lessons,
    media: mediaSizes(mediaBytes),
    dir: join(dir, 'media'),
  });
  await writeProjectFile(project, course, assets, APP);
  await rm(join(dir, 'media'), { recursive: true, force: true });
  return project;
}

/** `--sizes=large,huge` and `--parts=export,project,typing` pick cases; `--runs=N` sets the repeats (for typing, the browser sessions pooled). */
function flag(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  if (process.argv[2] && !process.argv[2].startsWith('--')) return step(process.argv.slice(2));
  const runs = Number(flag('runs') ?? 3);
  const wanted = flag('sizes')?.split(',');
  const parts = flag('parts')?.split(',') ?? ['export', 'project', 'typing'];
  if (!existsSync('/usr/bin/zip') && spawnSync('zip', ['-v']).status !== 0) {
    console.error('The export benchmark compares with Info-ZIP zip: install it (apt-get install -y zip).');
    process.exit(1);
  }
  console.log(`OER Studio benchmarks (best of ${runs}; peak RSS of the process doing the work)\n`);
  const allSizes = [
    { name: 'large', lessons: 400, media: 700 * 2 ** 20, export: true },
    { name: 'medium', lessons: 100, media: 150 * 2 ** 20, export: true },
    // Issue 5: a 1 GB project, for opening and saving only.
    { name: 'huge', lessons: 800, media: 1000 * 2 ** 20, export: false },
  ];
  const sizes = allSizes.filter((size) => !wanted || wanted.includes(size.name));
  if (parts.includes('export')) {
    console.log(
      'Export: time, ratio to Info-ZIP zip -r on the same files (deflate text, store media), peak RSS',
    );
    for (const size of sizes.filter((z) => z.export)) {
      const project = await prepare(size.name, size.lessons, size.media);
      const projectBytes = (await stat(project)).size;
      for (const format of ['scorm12', 'cc11']) {
        const out = join(OUT, size.name, `${format}.zip`);
        const ours = repeat(runs, () => child('export', project, format, out));
        const folder = join(OUT, size.name, `${format}-files`);
        await rm(folder, { recursive: true, force: true });
        child('folder', project, format, folder);
        const zipOut = join(OUT, size.name, `${format}-infozip.zip`);
        const zipMs = Math.min(
          ...Array.from({ length: runs }, () => {
            execFileSync('rm', ['-f', zipOut]);
            return timed(() =>
              execFileSync('zip', ['-r', '-q', '-n', '.mp4:.png:.woff2', zipOut, '.'], { cwd: folder }),
            );
          }),
        );
        await rm(folder, { recursive: true, force: true });
        console.log(
          `  ${size.name.padEnd(6)} ${format.padEnd(8)} ${size.lessons} lessons, project ${mb(projectBytes)}: ` +
            `${s(ours.best.ms)} (median ${s(ours.median.ms)}) vs zip ${s(zipMs)} = ${(ours.best.ms / zipMs).toFixed(2)}x, ` +
            `peak RSS ${ours.best.rssMB.toFixed(0)} MB`,
        );
      }
    }
    const sample = repeat(runs, () => child('sample20', '', 'scorm12', join(OUT, 'sample20.zip'))).best;
    console.log(
      `  20-lesson sample, SCORM 1.2: ${sample.ms.toFixed(0)} ms (in a warm process), peak RSS ${sample.rssMB.toFixed(0)} MB`,
    );
  }

  if (parts.includes('project')) {
    console.log(
      '\nProject files: open to the outline, and save after a one-word edit (ratio to cp of the same file)',
    );
    for (const size of sizes) {
      const project = await prepare(size.name, size.lessons, size.media);
      const bytes = (await stat(project)).size;
      const opened = repeat(runs, () => child('open', project));
      const copy = join(OUT, size.name, 'copy.oercourse');
      const saved = repeat(runs, () => child('save', project, copy));
      const cpMs = Math.min(
        ...Array.from({ length: runs }, () => timed(() => execFileSync('cp', [project, copy]))),
      );
      // cp leaves the copy in the page cache; a save also flushes it to disk, so show that too.
      const cpSyncMs = Math.min(
        ...Array.from({ length: runs }, () =>
          timed(() => execFileSync('sh', ['-c', 'cp "$0" "$1" && sync "$1"', project, copy])),
        ),
      );
      console.log(
        `  ${size.name.padEnd(6)} ${mb(bytes)}: open ${s(opened.best.ms)} (median ${s(opened.median.ms)}, peak RSS ${opened.best.rssMB.toFixed(0)} MB); ` +
          `save ${s(saved.best.ms)} (median ${s(saved.median.ms)}) vs cp ${s(cpMs)} = ${(saved.best.ms / cpMs).toFixed(2)}x, ` +
          `vs cp+sync ${s(cpSyncMs)} = ${(saved.best.ms / cpSyncMs).toFixed(2)}x (peak RSS ${saved.best.rssMB.toFixed(0)} MB)`,
      );
    }
  }
  // Issue 4: the cost of a keystroke in the bilingual editor, beside a bare TipTap editor.
  // Loaded only here: Vite and Playwright would add tens of megabytes to every measured child.
  if (parts.includes('typing')) await (await import('./keystroke')).keystrokeBench(ROOT, runs);
  console.log(`\nGenerated files stay in ${OUT} (git-ignored) for the next run; delete it to regenerate.`);
}

await main();
