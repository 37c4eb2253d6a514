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
import { loadPlayerKit } from '../src/node/playerKit';
import { writePackageFile, writePackageFolder } from '../src/node/exportIo';
import { openProjectFile, writeProjectFile } from '../src/node/projectIo';
import { loadSampleCourse } from '../src/node/sample';
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

/** Runs one operation of this script in a child process and returns its time and peak RSS. */
function child(...args: string[]): Measured {
  const result = spawnSync(process.execPath, [SELF, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`bench step ${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as Measured;
}

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Best of `n` runs, to soften noise from other processes on the machine. */
function best(n: number, fn: () => Measured): Measured {
  const runs = Array.from({ length: n }, fn);
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
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
      const project = await openProjectFile(a as string);
      const input = {
        course: project.document.course,
        openAsset: project.assets.open,
        player: await loadPlayerKit(RESOURCES),
        app: APP,
      };
      await write(c as string, input, b as string);
      project.assets.close();
    });
  } else if (op === 'open') {
    await report(async () => {
      const project = await openProjectFile(a as string);
      if (project.document.course.modules.length === 0) throw new Error('no outline');
      project.assets.close();
    });
  } else if (op === 'save') {
    await report(async () => {
      const project = await openProjectFile(a as string);
      const course = project.document.course;
      const lesson = course.modules[0]!.lessons[0]!;
      lesson.title = { ...lesson.title, en: `${lesson.title['en']} (edited)` };
      await writeProjectFile(b as string, course, project.assets, APP);
      project.assets.close();
    });
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
  if (existsSync(project)) return project;
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

async function main(): Promise<void> {
  if (process.argv[2]) return step(process.argv.slice(2));
  if (!existsSync('/usr/bin/zip') && spawnSync('zip', ['-v']).status !== 0) {
    console.error('The export benchmark compares with Info-ZIP zip: install it (apt-get install -y zip).');
    process.exit(1);
  }
  console.log('OER Studio benchmarks (best of 3; peak RSS of the process doing the work)\n');
  const sizes = [
    { name: 'large', lessons: 400, media: 700 * 2 ** 20 },
    { name: 'medium', lessons: 100, media: 150 * 2 ** 20 },
  ];
  console.log(
    'Export: time, ratio to Info-ZIP zip -r on the same files (deflate text, store media), peak RSS',
  );
  for (const size of sizes) {
    const project = await prepare(size.name, size.lessons, size.media);
    const projectBytes = (await stat(project)).size;
    for (const format of ['scorm12', 'cc11']) {
      const out = join(OUT, size.name, `${format}.zip`);
      const ours = best(3, () => child('export', project, format, out));
      const folder = join(OUT, size.name, `${format}-files`);
      await rm(folder, { recursive: true, force: true });
      child('folder', project, format, folder);
      const zipOut = join(OUT, size.name, `${format}-infozip.zip`);
      const zipMs = Math.min(
        ...[1, 2, 3].map(() => {
          execFileSync('rm', ['-f', zipOut]);
          return timed(() =>
            execFileSync('zip', ['-r', '-q', '-n', '.mp4:.png:.woff2', zipOut, '.'], { cwd: folder }),
          );
        }),
      );
      await rm(folder, { recursive: true, force: true });
      console.log(
        `  ${size.name.padEnd(6)} ${format.padEnd(8)} ${size.lessons} lessons, project ${mb(projectBytes)}: ` +
          `${s(ours.ms)} vs zip ${s(zipMs)} = ${(ours.ms / zipMs).toFixed(2)}x, peak RSS ${ours.rssMB.toFixed(0)} MB`,
      );
    }
  }
  const sample = best(3, () => child('sample20', '', 'scorm12', join(OUT, 'sample20.zip')));
  console.log(
    `  20-lesson sample, SCORM 1.2: ${((sample.ms * 1000) / 1000).toFixed(0)} ms (in a warm process), peak RSS ${sample.rssMB.toFixed(0)} MB`,
  );

  console.log(
    '\nProject files: open to the outline, and save after a one-word edit (ratio to cp of the same file)',
  );
  for (const size of sizes) {
    const project = join(OUT, size.name, 'course.oercourse');
    const bytes = (await stat(project)).size;
    const opened = best(3, () => child('open', project));
    const copy = join(OUT, size.name, 'copy.oercourse');
    const saved = best(3, () => child('save', project, copy));
    const cpMs = Math.min(...[1, 2, 3].map(() => timed(() => execFileSync('cp', [project, copy]))));
    console.log(
      `  ${size.name.padEnd(6)} ${mb(bytes)}: open ${s(opened.ms)} (peak RSS ${opened.rssMB.toFixed(0)} MB); ` +
        `save ${s(saved.ms)} vs cp ${s(cpMs)} = ${(saved.ms / cpMs).toFixed(2)}x (peak RSS ${saved.rssMB.toFixed(0)} MB)`,
    );
  }
  console.log(`\nGenerated files stay in ${OUT} (git-ignored) for the next run; delete it to regenerate.`);
}

await main();
