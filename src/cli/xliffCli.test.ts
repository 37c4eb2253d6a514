import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import xliff12ToJs from 'xliff/xliff12ToJs';
import xliff2js from 'xliff/xliff2js';
import type { DocJson } from '../core/model/types';
import { lessonStates } from '../core/translate/state';
import { openProjectFile } from '../node/projectIo';
import { main } from './index';

let dir: string;
let out: string[];
let err: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-xliff-cli-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function courseOf(path: string) {
  const project = await openProjectFile(path);
  project.assets.close();
  return project.document.course;
}

describe('oer-studio xliff', () => {
  it('exports the sample as XLIFF 1.2 and 2.0, the whole course or some lessons', async () => {
    const project = join(dir, 'course.oercourse');
    expect(await main(['new', '--sample', project])).toBe(0);
    const xlf = join(dir, 'course.xlf');
    expect(await main(['xliff', 'export', project, '-o', xlf])).toBe(0);
    expect(out.at(-1)).toMatch(
      /^Wrote .*course\.xlf \(XLIFF 1\.2, \d+ units: \d+ to translate, 0 out of date, \d+ translated\)$/,
    );
    const js12 = await xliff12ToJs(await readFile(xlf, 'utf8'));
    expect(js12.targetLanguage).toBe('ru');
    expect(Object.keys(js12.resources)[0]).toMatch(/^course:/);

    const lessonId = (await courseOf(project)).modules[0]?.lessons[0]?.id as string;
    const xlf2 = join(dir, 'lesson.xlf');
    expect(
      await main(['xliff', 'export', project, '--version', '2.0', '--lessons', lessonId, '-o', xlf2]),
    ).toBe(0);
    const js20 = await xliff2js(await readFile(xlf2, 'utf8'));
    expect(Object.keys(js20.resources)).toEqual([`lesson:${lessonId}`]);
  });

  it('imports a translated file back into the project, and leaves it alone when nothing changed', async () => {
    const project = join(dir, 'course.oercourse');
    await main(['new', '--sample', project]);
    const xlf = join(dir, 'course.xlf');
    await main(['xliff', 'export', project, '-o', xlf]);
    const before = await stat(project);

    expect(await main(['xliff', 'import', project, xlf])).toBe(0);
    expect(out.at(-2)).toMatch(/^XLIFF 1\.2: 0 units updated, \d+ unchanged, in 0 lessons\.$/);
    expect(out.at(-1)).toBe(`No changes: ${project} is left as it was.`);
    expect((await stat(project)).mtimeMs).toBe(before.mtimeMs);

    // The translator translates the one unit still in need of translation.
    const course = await courseOf(project);
    const text = await readFile(xlf, 'utf8');
    const missing = [
      ...text.matchAll(
        /<trans-unit id="([^"]+)"[^>]*>\s*<source>([^<]*)<\/source>\s*<target state="needs-translation">/g,
      ),
    ];
    expect(missing.length).toBeGreaterThan(0);
    const [whole, id, source] = missing[0] as RegExpMatchArray as [string, string, string];
    const translated = text.replace(
      whole,
      whole.replace('state="needs-translation"', 'state="translated"') + 'Перевод: ',
    );
    await writeFile(xlf, translated);
    expect(await main(['xliff', 'import', project, xlf, '-o', join(dir, 'out.oercourse')])).toBe(0);
    expect(out.at(-1)).toBe(`Wrote ${join(dir, 'out.oercourse')}`);
    expect(out.at(-2)).toMatch(/^XLIFF 1\.2: 1 unit updated, \d+ unchanged, in 1 lesson\.$/);
    const after = await courseOf(join(dir, 'out.oercourse'));
    const lesson = after.modules
      .flatMap((m) => m.lessons)
      .find((l) =>
        ((l.content[after.languages.source] as DocJson).content ?? []).some((b) => b.attrs?.['id'] === id),
      );
    expect(lesson).toBeDefined();
    const block = (lesson?.content['ru'] as DocJson).content?.find((b) => b.attrs?.['id'] === id);
    expect(JSON.stringify(block)).toContain(`Перевод: ${source.slice(0, 20)}`);
    expect(lessonStates(lesson!, 'en', 'ru').get(id)).toBe('done');
    // Without -o the project itself is written.
    expect(await main(['xliff', 'import', project, xlf])).toBe(0);
    expect(out.at(-1)).toBe(`Wrote ${project}`);
    expect(await courseOf(project)).not.toEqual(course);
    expect(await main(['validate', project])).toBe(0);
  });

  it('prints JSON a script can read with --json', async () => {
    const project = join(dir, 'course.oercourse');
    await main(['new', '--sample', project]);
    const xlf = join(dir, 'course.xlf');
    expect(await main(['xliff', 'export', project, '-o', xlf, '--version', '2.0', '--json'])).toBe(0);
    const exported = JSON.parse(out.at(-1) as string);
    expect(exported).toMatchObject({ output: xlf, version: '2.0', warnings: [] });
    expect(exported.counts.total).toBe(
      exported.counts.initial + exported.counts.review + exported.counts.translated,
    );
    expect(await main(['xliff', 'import', project, xlf, '--json'])).toBe(0);
    const imported = JSON.parse(out.at(-1) as string);
    expect(imported).toMatchObject({
      output: null,
      report: { version: '2.0', updated: 0, brokenUnits: [], unknownIds: [] },
    });
    expect(imported.report.unchanged).toBe(exported.counts.total);
  });

  it('refuses a file that is not XLIFF, or is for another course, with one line and exit 1', async () => {
    const project = join(dir, 'a.oercourse');
    const other = join(dir, 'b.oercourse');
    await main(['new', '--sample', project]);
    await main(['new', other, '--title', 'Other']);
    const bad = join(dir, 'bad.xlf');
    await writeFile(bad, 'hello');
    expect(await main(['xliff', 'import', project, bad])).toBe(1);
    expect(err.at(-1)).toMatch(/^oer-studio: This file is not an XLIFF file\./);
    const xlf = join(dir, 'b.xlf');
    await main(['xliff', 'export', other, '-o', xlf]);
    expect(await main(['xliff', 'import', project, xlf])).toBe(1);
    expect(err.at(-1)).toMatch(/^oer-studio: This XLIFF file was exported from another course/);
  });

  it.each([
    [['xliff'], 'Missing xliff command: use "xliff export" or "xliff import" (see oer-studio --help).'],
    [['xliff', 'export', 'x.oercourse'], '-o <file.xlf> is required.'],
    [
      ['xliff', 'export', 'x.oercourse', '-o', 'x.xlf', '--version', '1.0'],
      '--version must be 1.2 or 2.0, not "1.0".',
    ],
    [['xliff', 'import', 'x.oercourse'], 'Give the course file and the XLIFF file (see oer-studio --help).'],
  ])('exits 2 with one line for wrong usage: %j', async (args, message) => {
    expect(await main(args)).toBe(2);
    expect(err).toEqual([`oer-studio: ${message}`]);
  });

  it('is in the help', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(out.join('\n')).toContain('oer-studio xliff export <course.oercourse> -o <file.xlf>');
  });
});
