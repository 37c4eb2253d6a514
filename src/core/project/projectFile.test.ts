import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectBytes } from '../../../test-support/exportFixtures';
import { isOerError, type OerError } from '../errors';
import { englishText } from '../messages/message';
import { parseCourseDocument } from '../model/courseDocument';
import { sha256Hex } from './hash';
import { sequentialIds } from '../model/ids';
import {
  PROJECT_MIMETYPE,
  assetData,
  foundLesson,
  readProject,
  readProjectDocument,
  rebuildOutline,
  sniffAssetType,
} from './projectFile';

const APP = { name: 'OER Studio', version: 'test' };
const fixture = () =>
  parseCourseDocument(
    JSON.parse(readFileSync(new URL('../model/__fixtures__/course.v1.json', import.meta.url), 'utf8')),
  ).course;
const png = new TextEncoder().encode('test'); // the fixture's asset: SHA-256 of "test"
const assets = () => new Map([[fixture().assets[0]!.hash, png]]);

async function readError(bytes: Uint8Array): Promise<OerError> {
  try {
    await readProject(bytes, '"x.oercourse"');
  } catch (e) {
    if (isOerError(e)) return e;
    throw e;
  }
  throw new Error('expected readProject to fail');
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('project file (in memory)', () => {
  it('round-trips a course with its assets', async () => {
    const course = fixture();
    expect(await sha256Hex(png)).toBe(course.assets[0]?.hash);
    const { document, assets: read, warnings } = await readProject(await projectBytes(course, assets(), APP));
    expect(document.course).toEqual(course);
    expect(document.app).toEqual(APP);
    expect(read.get(course.assets[0]!.hash)).toEqual(png);
    expect(warnings).toEqual([]);
  });

  it('starts with a stored mimetype entry and stores each asset once by hash', async () => {
    const course = fixture();
    course.assets = [...course.assets, { ...course.assets[0]!, id: 'aCopy', name: 'copy.png' }];
    const bytes = await projectBytes(course, assets());
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0); // stored, so the type is readable at a fixed offset
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual([
      'mimetype',
      `assets/${course.assets[0]!.hash}`,
      'lessons/lOne.json',
      'lessons/lTwo.json',
      'course.json',
    ]);
    expect(await zip.file('mimetype')!.async('string')).toBe(PROJECT_MIMETYPE);
  });

  it('writes byte-identical files for the same course', async () => {
    expect((await projectBytes(fixture(), assets())).equals(await projectBytes(fixture(), assets()))).toBe(
      true,
    );
  });

  it('names the asset when its bytes cannot be read', async () => {
    const read = assetData(() => Promise.reject(new Error('gone')), { hash: 'x', name: 'Логотип.png' });
    await expect(read()[Symbol.asyncIterator]().next()).rejects.toMatchObject({
      code: 'missing-asset',
      message: 'The file "Логотип.png" used in the course could not be read.',
    });
  });
});

describe('opening bad files gives a clear message', () => {
  it('a file that is not a zip', async () => {
    const error = await readError(new TextEncoder().encode('%PDF-1.7 not a zip'));
    expect(error.code).toBe('not-a-zip');
    expect(error.message).toBe(
      '"x.oercourse" is not an OER Studio course: it is not a zip archive. Open a .oercourse file, or use Import for other formats.',
    );
  });

  it('a zip that is not a course', async () => {
    const error = await readError(await zipOf({ 'readme.txt': 'hello' }));
    expect(error.code).toBe('not-a-course');
    expect(error.message).toMatch(/no course\.json/);
  });

  it('a damaged course.json', async () => {
    const error = await readError(
      await zipOf({ 'course.json': '{"format": "oer-studio/course", "schemaVersion": 1, ' }),
    );
    expect(error.code).toBe('damaged-course');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('a course.json that breaks the schema', async () => {
    const error = await readError(
      await zipOf({
        'course.json': JSON.stringify({
          format: 'oer-studio/course',
          schemaVersion: 1,
          app: APP,
          course: { id: 'c1' },
        }),
      }),
    );
    expect(error.code).toBe('damaged-course');
    expect(error.details.join(' ')).toMatch(/course\.languages/);
  });

  it('a file from a newer version', async () => {
    const error = await readError(
      await zipOf({ 'course.json': JSON.stringify({ format: 'oer-studio/course', schemaVersion: 99 }) }),
    );
    expect(error.code).toBe('newer-version');
  });

  it('a missing asset opens the course and warns', async () => {
    const course = fixture();
    const zip = await JSZip.loadAsync(await projectBytes(course, assets()));
    zip.remove(`assets/${course.assets[0]!.hash}`);
    const { document, warnings } = await readProject(await zip.generateAsync({ type: 'uint8array' }));
    expect(document.course.id).toBe(course.id);
    expect(warnings).toEqual(['The file "Логотип курса.png" is missing from the project.']);
  });
});

describe('rebuilding the outline of a file whose course.json was lost', () => {
  const entry = (id: string, content: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ id, content, ...extra });
  const docWith = (...blocks: unknown[]) => ({ type: 'doc', content: blocks });
  const heading = (text: string) => ({
    type: 'heading',
    attrs: { id: 'b1', level: 2 },
    content: [
      { type: 'text', text: 'Part ' },
      { type: 'text', marks: [{ type: 'bold' }], text },
    ],
  });
  const picture = (asset: string) => ({ type: 'image', attrs: { id: 'b9', asset, alt: '' } });
  const para = { type: 'paragraph', attrs: { id: 'b2' }, content: [{ type: 'text', text: 'x' }] };

  it('tells a lesson entry’s headings, languages and pictures, and refuses another lesson', () => {
    const found = foundLesson(
      'l1',
      entry(
        'l1',
        { ru: docWith(heading('один'), picture('aOne')), kk: docWith(para) },
        {
          translations: { kk: {} },
        },
      ),
    );
    expect(found).toEqual({
      id: 'l1',
      headings: { ru: 'Part один' },
      languages: ['ru', 'kk'],
      translated: ['kk'],
      assetIds: ['aOne'],
    });
    expect(() => foundLesson('l2', entry('l1', {}), '"x.oercourse"')).toThrow(
      '"x.oercourse" is damaged: the entry of lesson "l2" holds another lesson.',
    );
    expect(() => foundLesson('l2', '{ "id": "l2", "cont')).toThrow(/is not valid JSON/);
  });

  it('puts the lessons in one module, titled by their headings or "Lesson N", with the languages they use', async () => {
    const texts: Record<string, string> = {
      'lessons/l1.json': entry('l1', { ru: docWith(heading('один')), kk: docWith(heading('бір')) }),
      'lessons/l2.json': entry('l2', { ru: docWith(para), kk: docWith(para) }, { translations: { kk: {} } }),
    };
    const lessons = [
      foundLesson('l1', texts['lessons/l1.json']!),
      foundLesson('l2', texts['lessons/l2.json']!),
    ];
    const { courseText, lost } = rebuildOutline('Сети', lessons, [], sequentialIds());
    // It reads, with the lessons' own entries, into a valid course.
    const { document } = await readProjectDocument(courseText, async (name) => texts[name] ?? null);
    expect(document.course.languages).toEqual({ source: 'ru', target: 'kk' });
    expect(document.course.title).toEqual({ ru: 'Сети' });
    expect(document.course.modules).toEqual([
      {
        id: 'm2',
        title: { ru: 'Recovered lessons' },
        lessons: [
          {
            id: 'l1',
            title: { ru: 'Part один', kk: 'Part бір' },
            content: JSON.parse(texts['lessons/l1.json']!).content,
          },
          { id: 'l2', title: { ru: 'Lesson 2' }, ...JSON.parse(texts['lessons/l2.json']!) },
        ],
      },
    ]);
    expect(lost.map(englishText)).toContain(
      "The course's languages were told from the lessons: ru (source) and kk (target).",
    );
  });

  it('a course in one language only gets an unknown second language, and says so', () => {
    const { courseText, lost } = rebuildOutline(
      'x',
      [foundLesson('l1', entry('l1', { en: docWith(para) }))],
      [],
    );
    expect(JSON.parse(courseText).course.languages).toEqual({ source: 'en', target: 'und' });
    expect(lost.map(englishText)).toContain(
      'The lessons hold only one language (en), so the course\'s second language is unknown ("und").',
    );
  });

  it('types the media by their first bytes; pictures keep their file only when it is certain', () => {
    const lesson = foundLesson(
      'l1',
      entry('l1', { en: docWith(picture('aOne'), picture('aTwo')), ru: docWith(para) }),
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    const pdf = new TextEncoder().encode('%PDF-1.7');
    const one = JSON.parse(
      rebuildOutline('x', [lesson], [{ hash: 'a'.repeat(64), size: 9, head: png }]).courseText,
    );
    // A single file: every picture showed it.
    expect(one.course.assets).toEqual([
      { id: 'aOne', hash: 'a'.repeat(64), name: 'Recovered file 1.png', mime: 'image/png', size: 9 },
      { id: 'aTwo', hash: 'a'.repeat(64), name: 'Recovered file 1.png', mime: 'image/png', size: 9 },
    ]);
    const two = rebuildOutline(
      'x',
      [lesson],
      [
        { hash: 'a'.repeat(64), size: 9, head: png },
        { hash: 'b'.repeat(64), size: 8, head: pdf },
      ],
      sequentialIds(),
    );
    expect(
      JSON.parse(two.courseText).course.assets.map((a: { id: string; name: string; mime: string }) => [
        a.id,
        a.name,
        a.mime,
      ]),
    ).toEqual([
      ['a1', 'Recovered file 1.png', 'image/png'],
      ['a2', 'Recovered file 2.pdf', 'application/pdf'],
    ]);
    expect(two.lost.map(englishText)).toContain(
      'The pictures in the lessons lost the link to their files: the files found are under Course media (Media…), to be placed again.',
    );
  });

  it.each([
    ['\x00\x00\x00\x18ftypisom', 'video/mp4'],
    ['\x00\x00\x00\x18ftypM4A ', 'audio/mp4'],
    ['\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01webm', 'video/webm'],
    ['OggS\x00\x02', 'audio/ogg'],
    ['RIFF\x24\x00\x00\x00WAVEfmt ', 'audio/wav'],
    ['ID3\x04\x00', 'audio/mpeg'],
    ['\xff\xfb\x90\x00', 'audio/mpeg'],
    ['\xff\xd8\xff\xe0', 'image/jpeg'],
    ['<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
    ['plain text', 'application/octet-stream'],
  ])('sniffs %j as %s', (head, mime) => {
    expect(sniffAssetType(Uint8Array.from(head, (c) => c.charCodeAt(0))).mime).toBe(mime);
  });
});
