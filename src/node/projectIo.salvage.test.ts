import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Course, DocJson, Lesson } from '../core/model/types';
import { prng } from '../../test-support/prng';
import { AssetStore, openProjectFile, writeProjectFile, type OpenedProjectFile } from './projectIo';
import { openZip } from './zipReader';

/**
 * Files cut short, as by a copy to a USB stick that did not finish: the zip's directory at the
 * end is gone, and so, usually, is `course.json`, the last entry. Opened with salvage, the file
 * gives back every whole lesson and asset before the cut, with what was lost listed, and the
 * course saves under a new name and reopens normally.
 */
const APP = { name: 'OER Studio', version: 'test' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-cut-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes that do not compress, after a signature that gives the file its type. */
function media(signature: number[] | string, size: number, seed: number): Uint8Array {
  const head = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  const random = prng(seed);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(random() * 256);
  head.copy(bytes, 0);
  return bytes;
}

const PNG = media([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 20_000, 1);
const MP3 = media('ID3\x04\x00', 60_000, 2);
const MP4 = media('\x00\x00\x00\x18ftypisom', 300_000, 3);

const doc = (heading: string | null, text: string, picture?: string): DocJson => ({
  type: 'doc',
  content: [
    ...(heading === null
      ? []
      : [{ type: 'heading', attrs: { id: 'b1', level: 2 }, content: [{ type: 'text', text: heading }] }]),
    { type: 'paragraph', attrs: { id: 'b2' }, content: [{ type: 'text', text }] },
    ...(picture
      ? [{ type: 'image', attrs: { id: 'b3', asset: picture, alt: 'A picture', title: null } }]
      : []),
  ],
});

/** Four lessons in two modules, English and Kazakh, with pictures, translations and three media files. */
function course(): Course {
  const lesson = (n: number, heading: [string, string] | null, picture?: string): Lesson => ({
    id: `lesson${n}`,
    title: { en: `Title ${n}`, kk: `${n}-тақырып` },
    content: {
      en: doc(heading?.[0] ?? null, `English text of lesson ${n}. `.repeat(40), picture),
      kk: doc(heading?.[1] ?? null, `${n}-сабақтың қазақша мәтіні: әғқңөұүһі. `.repeat(40), picture),
    },
    translations: { kk: { b2: { sourceHash: `h${n}` } } },
  });
  return {
    id: 'cNetworks',
    languages: { source: 'en', target: 'kk' },
    title: { en: 'Networks', kk: 'Желілер' },
    description: { en: 'A course on networks.' },
    authors: ['A. Lecturer'],
    institution: {},
    keywords: { en: ['networks'] },
    licence: 'CC-BY-SA-4.0',
    modules: [
      {
        id: 'mOne',
        title: { en: 'Basics', kk: 'Негіздер' },
        lessons: [lesson(1, ['Packets', 'Пакеттер'], 'aPicture'), lesson(2, ['Routing', 'Маршруттау'])],
      },
      {
        id: 'mTwo',
        title: { en: 'More', kk: 'Тағы' },
        lessons: [lesson(3, null, 'aPicture'), lesson(4, ['Switching', 'Коммутация'])],
      },
    ],
    assets: [
      { id: 'aPicture', hash: sha256(PNG), name: 'Схема.png', mime: 'image/png', size: PNG.length },
      { id: 'aSound', hash: sha256(MP3), name: 'lecture.mp3', mime: 'audio/mpeg', size: MP3.length },
      { id: 'aVideo', hash: sha256(MP4), name: 'demo.mp4', mime: 'video/mp4', size: MP4.length },
    ],
  };
}

/** Writes `c` with the real writer; returns the file's path and where each entry lies in it. */
async function written(c: Course, assets: Uint8Array[], name = 'Networks.oercourse') {
  const path = join(dir, name);
  const store = new AssetStore();
  for (const bytes of assets) store.add(sha256(bytes), bytes);
  await writeProjectFile(path, c, store, APP, { backup: false });
  const zip = await openZip(path);
  const at = new Map(
    [...zip.entries].map(([entryName, e]) => [
      entryName,
      {
        start: e.relativeOffsetOfLocalHeader,
        end: e.relativeOffsetOfLocalHeader + 30 + e.fileNameLength + e.compressedSize,
      },
    ]),
  );
  const directory = Math.max(...[...at.values()].map((e) => e.end)); // where the directory starts
  zip.close();
  return { path, at, directory, size: (await readFile(path)).length };
}

async function cutAt(path: string, length: number): Promise<void> {
  await truncate(path, length);
}

async function bytesOf(opened: OpenedProjectFile, hash: string): Promise<Buffer> {
  const source = opened.assets.open(hash);
  if (source instanceof Promise) return Buffer.from(await source);
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const lessonsOf = (opened: OpenedProjectFile) => opened.document.course.modules.flatMap((m) => m.lessons);
const original = (id: string) =>
  course()
    .modules.flatMap((m) => m.lessons)
    .find((l) => l.id === id)!;

/**
 * The salvaged course saves under a new name, and that file opens normally, as the same course
 * (as `expected`, for a course opened as an outline).
 */
async function savesAndReopens(opened: OpenedProjectFile, expected = opened.document.course): Promise<void> {
  const rescued = join(dir, 'Networks (recovered).oercourse');
  await writeProjectFile(rescued, opened.document.course, opened.assets, APP);
  const reopened = await openProjectFile(rescued);
  try {
    expect(reopened.warnings).toEqual([]);
    expect(reopened.document.course).toEqual(expected);
    for (const asset of reopened.document.course.assets)
      expect(sha256(await bytesOf(reopened, asset.hash))).toBe(asset.hash);
  } finally {
    reopened.assets.close();
  }
}

describe('a project file cut short', () => {
  it('without salvage: the typed error that says it was cut short', async () => {
    const { path, at } = await written(course(), [PNG, MP3, MP4]);
    await cutAt(path, at.get('lessons/lesson3.json')!.start + 50);
    await expect(openProjectFile(path)).rejects.toMatchObject({
      code: 'damaged-course',
      message: expect.stringMatching(
        /^"Networks\.oercourse" is damaged: it was cut short .*Open an earlier copy, or its backup \(Networks\.oercourse\.bak\)/,
      ),
    });
  });

  it('cut inside a lesson: the lessons before it, exactly, all the media, and a list of what was lost', async () => {
    const { path, at } = await written(course(), [PNG, MP3, MP4]);
    await cutAt(path, at.get('lessons/lesson3.json')!.start + 50);
    const opened = await openProjectFile(path, { salvage: true });
    try {
      expect(opened.salvaged).toBe(true);
      const c = opened.document.course;
      expect(c.title).toEqual({ en: 'Networks' }); // from the file's name
      expect(c.languages).toEqual({ source: 'en', target: 'kk' });
      expect(c.modules).toHaveLength(1);
      expect(c.modules[0]!.title).toEqual({ en: 'Recovered lessons' });
      const lessons = lessonsOf(opened);
      expect(lessons.map((l) => l.id)).toEqual(['lesson1', 'lesson2']);
      // Titles come from each lesson's first heading, in both languages; content is exact.
      expect(lessons.map((l) => l.title)).toEqual([
        { en: 'Packets', kk: 'Пакеттер' },
        { en: 'Routing', kk: 'Маршруттау' },
      ]);
      for (const lesson of lessons) {
        const { title: _title, ...rest } = original(lesson.id);
        expect(lesson).toEqual({ ...rest, title: lesson.title });
      }
      // Every medium, byte for byte, typed by its first bytes.
      expect(c.assets.map((a) => [a.mime, a.size])).toEqual([
        ['image/png', PNG.length],
        ['audio/mpeg', MP3.length],
        ['video/mp4', MP4.length],
      ]);
      expect(c.assets.map((a) => a.name)).toEqual([
        'Recovered file 1.png',
        'Recovered file 2.mp3',
        'Recovered file 3.mp4',
      ]);
      for (const bytes of [PNG, MP3, MP4])
        expect((await bytesOf(opened, sha256(bytes))).equals(bytes)).toBe(true);
      expect(opened.lost).toEqual([
        'The file was cut short (perhaps by a full disk, or a copy or download that did not finish): what it held before that was recovered.',
        "The course outline was lost: the course's title and details (description, authors, keywords, licence), its modules, and the titles and order of its lessons.",
        'The lessons found were put in one module, "Recovered lessons", in the order they were found, each titled by its first heading (or "Lesson 1", "Lesson 2"…); the course is named after the file.',
        "The course's languages were told from the lessons: en (source) and kk (target).",
        'The pictures in the lessons lost the link to their files: the files found are under Course media (Media…), to be placed again.',
        'Recovered: 2 lessons and 3 media files.',
        'One more lesson was cut off part-way and is lost, with any lessons after it.',
      ]);
      expect(opened.warnings).toEqual(opened.lost);
      await savesAndReopens(opened);
    } finally {
      opened.assets.close();
    }
  });

  it('cut inside course.json: every lesson, "Lesson N" where a lesson has no heading', async () => {
    const { path, at } = await written(course(), [PNG, MP3, MP4]);
    const outline = at.get('course.json')!;
    await cutAt(path, Math.floor((outline.start + outline.end) / 2));
    await expect(openProjectFile(path)).rejects.toMatchObject({ code: 'damaged-course' });
    const opened = await openProjectFile(path, { salvage: true });
    try {
      const lessons = lessonsOf(opened);
      expect(lessons.map((l) => l.id)).toEqual(['lesson1', 'lesson2', 'lesson3', 'lesson4']);
      expect(lessons[2]!.title).toEqual({ en: 'Lesson 3' });
      for (const lesson of lessons) expect(lesson.content).toEqual(original(lesson.id).content);
      expect(opened.lost).toContain('Recovered: 4 lessons and 3 media files.');
      expect(opened.lost!.join(' ')).not.toMatch(/after it|after the cut/);
      await savesAndReopens(opened);
    } finally {
      opened.assets.close();
    }
  });

  it('cut inside the directory: the course as it was, with the loss of the directory only', async () => {
    const { path, directory, size } = await written(course(), [PNG, MP3, MP4]);
    await cutAt(path, directory + Math.floor((size - directory) / 2));
    await expect(openProjectFile(path)).rejects.toMatchObject({
      code: 'damaged-course',
      message: expect.stringContaining('cut short'),
    });
    const opened = await openProjectFile(path, { salvage: true });
    try {
      expect(opened.document.course).toEqual(course());
      expect(opened.lost).toEqual([
        'The end of the file, which lists its contents, was cut off or damaged: the course itself was recovered.',
      ]);
      await savesAndReopens(opened);
    } finally {
      opened.assets.close();
    }
  });

  it('cut between two entries, and read as an outline: each lesson is read when asked for', async () => {
    const { path, at } = await written(course(), [PNG, MP3, MP4]);
    await cutAt(path, at.get('lessons/lesson2.json')!.end);
    const opened = await openProjectFile(path, { salvage: true, lessons: 'outline' });
    try {
      const lessons = lessonsOf(opened);
      expect(lessons.map((l) => l.id)).toEqual(['lesson1', 'lesson2']);
      expect(await opened.assets.loadLesson(lessons[1]!)).toEqual({
        ...original('lesson2'),
        title: { en: 'Routing', kk: 'Маршруттау' },
      });
      expect(opened.lost).toContain('Any lessons after the cut are lost.');
      const modules = opened.document.course.modules.map((m) => ({
        ...m,
        lessons: m.lessons.map((l) => ({ ...original(l.id), title: l.title })),
      }));
      await savesAndReopens(opened, { ...opened.document.course, modules });
    } finally {
      opened.assets.close();
    }
  });

  it('a large video: the save copies the whole start of the cut file, and the copy is exact', async () => {
    const video = media('\x00\x00\x00\x18ftypisom', 5 * 1024 * 1024, 4); // over the writer's 4 MiB prefix copy
    const c = course();
    c.assets[2] = { ...c.assets[2]!, hash: sha256(video), size: video.length };
    const { path, at } = await written(c, [PNG, MP3, video]);
    await cutAt(path, at.get('lessons/lesson4.json')!.start + 20);
    const opened = await openProjectFile(path, { salvage: true });
    try {
      expect(lessonsOf(opened).map((l) => l.id)).toEqual(['lesson1', 'lesson2', 'lesson3']);
      await savesAndReopens(opened);
      const rescued = await readFile(join(dir, 'Networks (recovered).oercourse'));
      // The media and lessons lie where they lay: the cut file's whole start, then the new outline.
      const kept = at.get('lessons/lesson3.json')!.end;
      expect(rescued.subarray(0, kept).equals((await readFile(path)).subarray(0, kept))).toBe(true);
    } finally {
      opened.assets.close();
    }
  });

  it('with a single medium, the pictures keep showing it', async () => {
    const c = course();
    c.assets = [c.assets[0]!];
    const { path, at } = await written(c, [PNG]);
    await cutAt(path, at.get('course.json')!.start + 10);
    const opened = await openProjectFile(path, { salvage: true });
    try {
      expect(opened.document.course.assets).toEqual([
        {
          id: 'aPicture',
          hash: sha256(PNG),
          name: 'Recovered file 1.png',
          mime: 'image/png',
          size: PNG.length,
        },
      ]);
      expect(opened.lost!.join(' ')).not.toContain('pictures');
      await savesAndReopens(opened);
    } finally {
      opened.assets.close();
    }
  });

  it.each([
    [
      'inside a medium, before any lesson',
      (at: Map<string, { start: number }>) => at.get(`assets/${sha256(MP4)}`)!.start + 1000,
    ],
    ['to a few bytes', () => 10],
    ['right after the mimetype', (at: Map<string, { end: number }>) => at.get('mimetype')!.end],
  ])('cut %s: a typed error saying nothing could be recovered', async (_, where) => {
    const { path, at } = await written(course(), [PNG, MP3, MP4]);
    await cutAt(path, where(at as never));
    await expect(openProjectFile(path, { salvage: true })).rejects.toMatchObject({
      code: 'damaged-course',
      message: expect.stringMatching(
        /^"Networks\.oercourse" is damaged: it was cut short .*no lesson could be recovered from what is left/,
      ),
    });
    await expect(openProjectFile(path)).rejects.toMatchObject({ code: 'damaged-course' });
  });

  it('an empty file, and one that is not a zip, are still not zips', async () => {
    for (const bytes of ['', 'not a zip at all, just text']) {
      const path = join(dir, 'x.oercourse');
      await writeFile(path, bytes);
      await expect(openProjectFile(path, { salvage: true })).rejects.toMatchObject({ code: 'not-a-zip' });
    }
  });

  it('every cut point gives the whole lessons before it, or a typed error', async () => {
    const { path, size } = await written(course(), [PNG, MP3, MP4]);
    const whole = await readFile(path);
    const random = prng(11);
    const cuts = [...Array.from({ length: 40 }, () => Math.floor(random() * size)), size - 1, size - 22];
    for (const cut of cuts) {
      await writeFile(path, whole.subarray(0, cut));
      try {
        const opened = await openProjectFile(path, { salvage: true });
        for (const lesson of lessonsOf(opened)) expect(lesson.content).toEqual(original(lesson.id).content);
        for (const asset of opened.document.course.assets)
          expect(sha256(await bytesOf(opened, asset.hash))).toBe(asset.hash);
        opened.assets.close();
      } catch (e) {
        expect(e, `cut at ${cut}`).toMatchObject({ code: 'damaged-course' });
      }
    }
  });
});
