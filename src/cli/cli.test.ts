import JSZip from 'jszip';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validatePackage, validatorAvailable } from '../../test-support/validatePackage';
import { main } from './index';

let dir: string;
let out: string[];
let err: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-cli-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('oer-studio CLI', () => {
  it('writes the sample and exports it as a valid SCORM 1.2 package', async () => {
    const project = join(dir, 'course.oercourse');
    const pkg = join(dir, 'out.zip');
    expect(await main(['new', '--sample', project])).toBe(0);
    expect(await main(['export', project, '--format', 'scorm12', '-o', pkg])).toBe(0);
    expect(out.at(-1)).toMatch(/^Wrote .*out\.zip \(scorm12, \d+ bytes\)$/);
    const zip = await JSZip.loadAsync(await readFile(pkg));
    expect(zip.file('imsmanifest.xml')).not.toBeNull();
    expect(await main(['validate', pkg])).toBe(0);
    expect(out.at(-1)).toMatch(/^OK: .*out\.zip \(scorm12 package, 0 errors/);
    if (validatorAvailable) expect((await validatePackage(pkg)).ok).toBe(true);
  });

  it('salvages a course file cut short into a new file that exports', async () => {
    const project = join(dir, 'course.oercourse');
    await main(['new', '--sample', project]);
    const whole = await readFile(project);
    const cut = join(dir, 'cut.oercourse');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.8)));
    // Any command on the damaged file says so, and how to recover it.
    expect(await main(['export', cut, '--format', 'scorm12', '-o', join(dir, 'x.zip')])).toBe(1);
    expect(err.join('\n')).toMatch(/cut short[\s\S]*oer-studio salvage <file> -o <new\.oercourse>/);
    expect(await main(['salvage', cut, '-o', cut])).toBe(2);

    const recovered = join(dir, 'recovered.oercourse');
    expect(await main(['salvage', cut, '-o', recovered])).toBe(0);
    expect(out.some((line) => /^lost: .*cut short/.test(line))).toBe(true);
    expect(out.at(-1)).toBe(`Wrote ${recovered}`);
    expect(await main(['validate', recovered])).toBe(0);
    expect(await main(['export', recovered, '--format', 'cc11', '-o', join(dir, 'r.imscc')])).toBe(0);
  });

  it('cancels an export on Ctrl-C, leaving nothing behind, and exits 130', async () => {
    const project = join(dir, 'course.oercourse');
    await main(['new', '--sample', project]);
    const pkg = join(dir, 'out.zip');
    const listening = process.listenerCount('SIGINT');
    // Ctrl-C as soon as the export listens for it (the terminal sends SIGINT to the process).
    const pressCtrlC = (event: string | symbol) => {
      if (event === 'SIGINT') queueMicrotask(() => process.emit('SIGINT'));
    };
    process.once('newListener', pressCtrlC);
    expect(await main(['export', project, '--format', 'scorm12', '-o', pkg])).toBe(130);
    expect(err.at(-1)).toBe(`oer-studio: the export was cancelled; nothing was written to ${pkg}.`);
    expect(await readdir(dir)).toEqual(['course.oercourse']);
    // It stops listening: a later Ctrl-C is the shell's again.
    expect(process.listenerCount('SIGINT')).toBe(listening);
    expect(await main(['export', project, '--format', 'scorm12', '-o', pkg])).toBe(0);
  });

  it('imports its own export back into a course', async () => {
    const project = join(dir, 'course.oercourse');
    await main(['new', '--sample', project]);
    await main(['export', project, '--format', 'cc11', '-o', join(dir, 'c.imscc')]);
    expect(await main(['import', join(dir, 'c.imscc'), '-o', join(dir, 'back.oercourse')])).toBe(0);
    expect(out.at(-1)).toMatch(/^Wrote .*back\.oercourse \(3 modules, 0 media files\)$/);
    expect(await main(['validate', join(dir, 'back.oercourse')])).toBe(0);
  });

  it('exports one language with --lang', async () => {
    const project = join(dir, 'c.oercourse');
    await main(['new', '--sample', project]);
    expect(
      await main(['export', project, '--format', 'scorm12', '--lang', 'ru', '-o', join(dir, 'ru.zip')]),
    ).toBe(0);
    const names = Object.keys((await JSZip.loadAsync(await readFile(join(dir, 'ru.zip')))).files);
    expect(names.some((n) => n.endsWith('.en.html'))).toBe(false);
  });

  it('creates a new empty course in the given languages', async () => {
    const project = join(dir, 'new.oercourse');
    expect(await main(['new', project, '--title', 'Желілер', '--source', 'kk', '--target', 'ru'])).toBe(0);
    expect(await main(['validate', project, '--json'])).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toEqual({ kind: 'project', errors: [], warnings: [] });
  });

  it('lists formats, as text and as JSON', async () => {
    expect(await main(['formats', '--json'])).toBe(0);
    expect(JSON.parse(out.at(-1)!).map((f: { id: string }) => f.id)).toContain('scorm12');
    expect(await main(['formats'])).toBe(0);
    expect(out.some((line) => /^scorm12 +SCORM 1\.2: /.test(line))).toBe(true);
  });

  it('prints help and the version', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(out.join('\n')).toContain('oer-studio export <course.oercourse> --format <id> -o <package.zip>');
    expect(await main(['--version'])).toBe(0);
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate" (see oer-studio --help).'],
    [
      ['export', 'x.oercourse', '-o', 'y.zip'],
      '--format is required: one of scorm12, scorm2004, cc11, cc13, web.',
    ],
    [
      ['export', 'x.oercourse', '--format', 'pdf', '-o', 'y.zip'],
      'Unknown format "pdf": use one of scorm12, scorm2004, cc11, cc13, web.',
    ],
    [['export', 'x.oercourse', '--format', 'scorm12'], '-o <package.zip> is required.'],
    [
      ['export', 'x.oercourse', '--format', 'scorm12', '-o', 'y.zip', '--lang', 'ru', '--bilingual'],
      'Use either --lang <tag> or --bilingual, not both.',
    ],
    [
      ['new', 'x.oercourse', '--source', 'english!'],
      '"english!" is not a BCP-47 language tag (for example en, ru, kk, uz-Latn).',
    ],
  ])('exits 2 with one line for wrong usage: %j', async (args, message) => {
    expect(await main(args)).toBe(2);
    expect(err).toEqual([`oer-studio: ${message}`]);
  });

  it('exits 2 for an unknown flag', async () => {
    expect(await main(['formats', '--colour'])).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^oer-studio: Unknown option '--colour'.*\(see oer-studio --help\)$/);
  });

  it('exits 1 with one clear line for a file that is not a course', async () => {
    const bad = join(dir, 'bad.oercourse');
    await writeFile(bad, 'not a zip');
    expect(await main(['export', bad, '--format', 'scorm12', '-o', join(dir, 'o.zip')])).toBe(1);
    expect(err).toEqual([
      `oer-studio: "bad.oercourse" is not an OER Studio course: it is not a zip archive. Open a .oercourse file, or use Import for other formats.`,
    ]);
    expect(await main(['validate', bad])).toBe(1);
    expect(out.at(-1)).toMatch(/^INVALID: .*bad\.oercourse \(unknown, 1 errors/);
    expect(
      await main(['export', join(dir, 'missing.oercourse'), '--format', 'scorm12', '-o', join(dir, 'o.zip')]),
    ).toBe(1);
    expect(err.at(-1)).toBe(
      'oer-studio: "missing.oercourse" could not be read: the file or its folder does not exist.',
    );
  });
});
