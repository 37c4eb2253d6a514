import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESOURCES, TEST_APP, exportInput, stressCourse } from '../../test-support/exportFixtures';
import { exportFormats } from '../core/export';
import { parseCourseDocument } from '../core/model/courseDocument';
import { isLessonInFile } from '../core/project/projectFile';
import type { Course } from '../core/model/types';
import { writePackageFile } from './exportIo';
import { loadPlayerKit } from './playerKit';
import { AssetStore, backupPath, openProjectFile, writeProjectFile } from './projectIo';
import { openZip } from './zipReader';

/**
 * Format version 2 (one entry per lesson) on disk: the frozen fixtures of both versions, lazy
 * outlines, byte-for-byte copies on save, the atomic save's backup, and damaged files.
 */
const APP = { name: 'OER Studio', version: 'test' };
const fixtures = new URL('../core/model/__fixtures__/', import.meta.url);
const v1 = () =>
  parseCourseDocument(JSON.parse(readFileSync(new URL('course.v1.json', fixtures), 'utf8'))).course;
const png = new TextEncoder().encode('test'); // the fixtures' asset: SHA-256 of "test"

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-format-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function saved(course: Course, name = 'c.oercourse', bytes = png): Promise<string> {
  const path = join(dir, name);
  const store = new AssetStore();
  for (const asset of course.assets) store.add(asset.hash, bytes);
  await writeProjectFile(path, course, store, APP);
  return path;
}

/** Rewrites a project file through JSZip with `edit` applied to its entries. */
async function tamper(path: string, edit: (zip: JSZip) => void | Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  await edit(zip);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function entryBytes(path: string, name: string): Promise<Buffer> {
  const zip = await openZip(path);
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of await zip.rawStream(zip.entries.get(name)!)) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  } finally {
    zip.close();
  }
}

describe('the frozen fixtures', () => {
  it('a version-2 file opens as the same course as the version-1 document', async () => {
    const opened = await openProjectFile(new URL('course.v2.oercourse', fixtures).pathname);
    try {
      expect(opened.document.course).toEqual(v1());
      expect(opened.warnings).toEqual([]);
    } finally {
      opened.assets.close();
    }
  });

  it('a version-1 file (every lesson inside course.json) still opens, and saves as version 2', async () => {
    const zip = new JSZip()
      .file('mimetype', 'application/vnd.oer-studio.course+zip')
      .file('course.json', readFileSync(new URL('course.v1.json', fixtures)))
      .file(`assets/${v1().assets[0]!.hash}`, png);
    const path = join(dir, 'old.oercourse');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const opened = await openProjectFile(path, { lessons: 'outline' });
    expect(opened.document.course).toEqual(v1());
    // An older file has no lesson entries: its lessons were read in full, not left in the file.
    expect(opened.document.course.modules[0]!.lessons.some(isLessonInFile)).toBe(false);
    const again = join(dir, 'new.oercourse');
    await writeProjectFile(again, opened.document.course, opened.assets, APP);
    opened.assets.close();
    const names = [...(await openZip(again)).entries.keys()];
    expect(names).toEqual(expect.arrayContaining(['lessons/lOne.json', 'lessons/lTwo.json', 'course.json']));
    const reopened = await openProjectFile(again);
    expect(reopened.document.course).toEqual(v1());
    reopened.assets.close();
  });

  it('a file from a newer version is refused before any lesson is read', async () => {
    const path = await saved(v1());
    await tamper(path, async (zip) => {
      const doc = JSON.parse(await zip.file('course.json')!.async('string'));
      zip.file('course.json', JSON.stringify({ ...doc, schemaVersion: 3 }));
      zip.remove('lessons/lOne.json');
    });
    await expect(openProjectFile(path)).rejects.toMatchObject({
      code: 'newer-version',
      message: expect.stringContaining('Update OER Studio'),
    });
  });
});

describe('outlines and byte-for-byte saves', () => {
  it('opens to the outline, reads a lesson on demand, and saves an edit copying the other lessons', async () => {
    const path = await saved(v1());
    const opened = await openProjectFile(path, { lessons: 'outline' });
    const course = opened.document.course;
    const [one, two] = course.modules[0]!.lessons;
    expect(isLessonInFile(one!) && isLessonInFile(two!)).toBe(true);
    expect(one!.content).toEqual({});
    const full = await opened.assets.loadLesson(one!);
    expect(full).toEqual(v1().modules[0]!.lessons[0]);
    full.content['en']!.content![0]!.content![0]!.text = 'Packets, edited';
    course.modules[0]!.lessons[0] = full;
    // An outline edit keeps the other lesson in the file: the marker survives the spread.
    course.modules[0]!.lessons[1] = { ...two!, title: { ...two!.title, en: 'Renamed' } };
    const copy = join(dir, 'copy.oercourse');
    await writeProjectFile(copy, course, opened.assets, APP);
    opened.assets.close();
    expect(
      (await entryBytes(copy, 'lessons/lTwo.json')).equals(await entryBytes(path, 'lessons/lTwo.json')),
    ).toBe(true);
    const reopened = await openProjectFile(copy);
    const expected = v1();
    expected.modules[0]!.lessons[0]!.content['en']!.content![0]!.content![0]!.text = 'Packets, edited';
    expected.modules[0]!.lessons[1]!.title['en'] = 'Renamed';
    expect(reopened.document.course).toEqual(expected);
    reopened.assets.close();
  });

  it('a save after an edit copies the assets and lessons before it in one stretch, and reads back exactly', async () => {
    const course = v1();
    const big = Buffer.alloc(6 * 1024 * 1024, 7); // over the size where the stretch is copied first
    const hash = (await import('node:crypto')).createHash('sha256').update(big).digest('hex');
    course.assets = [{ id: 'aBig', hash, name: 'lecture.mp4', mime: 'video/mp4', size: big.length }];
    const path = await saved(course, 'big.oercourse', big);
    for (let round = 0; round < 2; round++) {
      const opened = await openProjectFile(path, { lessons: 'outline' });
      const lessons = opened.document.course.modules[0]!.lessons;
      lessons[1] = { ...(await opened.assets.loadLesson(lessons[1]!)), title: { en: `Round ${round}` } };
      await writeProjectFile(path, opened.document.course, opened.assets, APP);
      opened.assets.close();
    }
    const reopened = await openProjectFile(path);
    expect(reopened.document.course.modules[0]!.lessons[1]!.title).toEqual({ en: 'Round 1' });
    expect(reopened.document.course.modules[0]!.lessons[0]).toEqual(v1().modules[0]!.lessons[0]);
    const chunks: Uint8Array[] = [];
    for await (const c of reopened.assets.open(hash) as AsyncIterable<Uint8Array>) chunks.push(c);
    expect(Buffer.concat(chunks).equals(big)).toBe(true);
    reopened.assets.close();
  });

  it('keeps the previous version as the one .bak beside the file, and no temp files', async () => {
    const course = v1();
    const path = await saved(course);
    const first = await readFile(path);
    for (const title of ['Second', 'Third']) {
      const opened = await openProjectFile(path);
      await writeProjectFile(path, { ...opened.document.course, title: { en: title } }, opened.assets, APP);
      opened.assets.close();
    }
    // The backup that the third save replaced is deleted after that save, without it waiting.
    await vi.waitFor(async () =>
      expect((await readdir(dir)).sort()).toEqual(['c.oercourse', 'c.oercourse.bak']),
    );
    const backup = await openProjectFile(backupPath(path));
    expect(backup.document.course.title).toEqual({ en: 'Second' });
    backup.assets.close();
    expect(first.length).toBeGreaterThan(0);
  });

  it('a failed save leaves the file, its backup and the caller’s course as they were', async () => {
    const course = v1();
    const path = await saved(course);
    const before = await readFile(path);
    const snapshot = structuredClone(course);
    await expect(writeProjectFile(path, course, new AssetStore(), APP)).rejects.toMatchObject({
      code: 'missing-asset',
    });
    await expect(
      writeProjectFile(join(dir, 'gone', 'x.oercourse'), course, new AssetStore(), APP),
    ).rejects.toMatchObject({
      code: 'io',
      message: '"x.oercourse" could not be saved: the file or its folder does not exist.',
    });
    expect(course).toEqual(snapshot);
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual(['c.oercourse']);
  });
});

describe('damaged files: a clear message, or with salvage what is valid and a list of what was lost', () => {
  it('a truncated file: refused, or with salvage its lessons rebuilt into a course (see projectIo.salvage.test.ts)', async () => {
    const path = await saved(v1());
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.indexOf('course.json') + 40)); // inside course.json
    await expect(openProjectFile(path)).rejects.toMatchObject({
      code: 'damaged-course',
      message: expect.stringContaining('"c.oercourse" is damaged: it was cut short'),
    });
    const salvaged = await openProjectFile(path, { salvage: true });
    expect(salvaged.lost![0]).toMatch(/^The file was cut short/);
    const lessons = salvaged.document.course.modules.flatMap((m) => m.lessons);
    expect(lessons.map((l) => l.content)).toEqual(v1().modules[0]!.lessons.map((l) => l.content));
    expect(salvaged.document.course.assets.map((a) => a.hash)).toEqual([v1().assets[0]!.hash]);
    salvaged.assets.close();
  });

  it('a corrupt lesson entry loses only that lesson', async () => {
    const path = await saved(v1());
    const bytes = await readFile(path);
    const at = bytes.indexOf('lessons/lOne.json') + 'lessons/lOne.json'.length + 4; // inside its data
    bytes[at] = bytes[at]! ^ 0xff;
    await writeFile(path, bytes);
    await expect(openProjectFile(path)).rejects.toMatchObject({
      code: 'damaged-course',
      message: expect.stringContaining('lesson "What is a packet?"'),
    });
    const salvaged = await openProjectFile(path, { salvage: true });
    expect(salvaged.salvaged).toBe(true);
    expect(salvaged.lost).toEqual([
      'Lesson "What is a packet?": its text could not be read, so the lesson is now empty.',
    ]);
    const [one, two] = salvaged.document.course.modules[0]!.lessons;
    expect(one!.title).toEqual(v1().modules[0]!.lessons[0]!.title);
    expect(one!.content['en']!.content).toHaveLength(1); // one empty paragraph per language
    expect(two).toEqual(v1().modules[0]!.lessons[1]);
    // It can be saved under a new name, and opens cleanly from there.
    const rescued = join(dir, 'rescued.oercourse');
    await writeProjectFile(rescued, salvaged.document.course, salvaged.assets, APP);
    salvaged.assets.close();
    const reopened = await openProjectFile(rescued);
    expect(reopened.warnings).toEqual([]);
    reopened.assets.close();
  });

  it('invalid JSON, a schema violation and a missing entry of a lesson', async () => {
    for (const [damage, expected] of [
      [
        (zip: JSZip) => void zip.file('lessons/lTwo.json', '{ "id": "lTwo", '),
        /the text of lesson "Routing" is not valid JSON/,
      ],
      [
        (zip: JSZip) =>
          void zip.file('lessons/lTwo.json', JSON.stringify({ id: 'lTwo', content: { en: { type: 'p' } } })),
        /does not match the format/,
      ],
      [(zip: JSZip) => void zip.remove('lessons/lTwo.json'), /lesson "Routing" is missing from it/],
    ] as const) {
      const path = await saved(v1());
      await tamper(path, damage);
      await expect(openProjectFile(path)).rejects.toMatchObject({
        code: 'damaged-course',
        message: expect.stringMatching(expected),
      });
      const salvaged = await openProjectFile(path, { salvage: true });
      expect(salvaged.lost).toHaveLength(1);
      expect(salvaged.lost![0]).toMatch(/^Lesson "Routing": its text (could not be read|was damaged)/);
      expect(salvaged.document.course.modules[0]!.lessons[0]).toEqual(v1().modules[0]!.lessons[0]);
      salvaged.assets.close();
    }
  });

  it('invalid JSON in course.json cannot be salvaged, and says so', async () => {
    const path = await saved(v1());
    await tamper(path, (zip) => void zip.file('course.json', '{ "format": '));
    await expect(openProjectFile(path, { salvage: true })).rejects.toMatchObject({
      code: 'damaged-course',
      message: expect.stringContaining('its course.json is not valid JSON'),
    });
  });

  it('a damaged asset record and a missing asset', async () => {
    const course = v1();
    const path = await saved(course);
    await tamper(path, async (zip) => {
      const doc = JSON.parse(await zip.file('course.json')!.async('string'));
      doc.course.assets.push({
        id: 'aBad',
        hash: 'not-a-hash',
        name: 'broken.png',
        mime: 'image/png',
        size: 1,
      });
      zip.file('course.json', JSON.stringify(doc));
      zip.remove(`assets/${course.assets[0]!.hash}`);
    });
    await expect(openProjectFile(path)).rejects.toMatchObject({ code: 'damaged-course' });
    const salvaged = await openProjectFile(path, { salvage: true });
    expect(salvaged.lost).toEqual([
      'The record of the file "broken.png" was damaged and was left out.',
      'The file "Логотип курса.png" is missing from the project.',
    ]);
    expect(salvaged.document.course.assets.map((a) => a.id)).toEqual([course.assets[0]!.id]);
    salvaged.assets.close();
  });
});

describe('exporting from a course opened as an outline', () => {
  it('gives the very package an export of the course in memory gives, for every format', async () => {
    const { course, assets } = await stressCourse();
    const path = join(dir, 'stress.oercourse');
    const store = new AssetStore();
    for (const [hash, bytes] of assets) store.add(hash, bytes);
    await writeProjectFile(path, course, store, TEST_APP);
    const player = await loadPlayerKit(RESOURCES);
    for (const format of exportFormats) {
      const inMemory = join(dir, `${format.id}-memory.zip`);
      const fromFile = join(dir, `${format.id}-file.zip`);
      const memory = await writePackageFile(inMemory, await exportInput(course, assets), format.id);
      const project = await openProjectFile(path, { lessons: 'outline' });
      const lazy = await writePackageFile(
        fromFile,
        {
          course: project.document.course,
          openAsset: project.assets.open,
          loadLesson: project.assets.loadLesson,
          rawEntry: project.assets.rawEntry,
          player,
          app: TEST_APP,
        },
        format.id,
      );
      project.assets.close();
      expect((await readFile(fromFile)).equals(await readFile(inMemory)), format.id).toBe(true);
      expect([...lazy.warnings].sort(), format.id).toEqual([...memory.warnings].sort());
    }
  }, 120_000);
});
