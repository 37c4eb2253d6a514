import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectBytes } from '../../../test-support/exportFixtures';
import { isOerError, type OerError } from '../errors';
import { parseCourseDocument } from '../model/courseDocument';
import { sha256Hex } from './hash';
import { PROJECT_MIMETYPE, assetData, readProject } from './projectFile';

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
