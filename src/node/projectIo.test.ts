import JSZip from 'jszip';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectBytes } from '../../test-support/exportFixtures';
import { createCourse } from '../core/model/course';
import { parseCourseDocument } from '../core/model/courseDocument';
import { sequentialIds } from '../core/model/ids';
import {
  AssetStore,
  openProjectFile,
  sweepOrphanTemps,
  writeFileAtomic,
  writeProjectFile,
} from './projectIo';

const APP = { name: 'OER Studio', version: 'test' };
const fixture = () =>
  parseCourseDocument(
    JSON.parse(readFileSync(new URL('../core/model/__fixtures__/course.v1.json', import.meta.url), 'utf8')),
  ).course;
const png = new TextEncoder().encode('test');

const pngStore = () => {
  const store = new AssetStore();
  store.add(fixture().assets[0]!.hash, png);
  return store;
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-io-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(source: Promise<Uint8Array> | AsyncIterable<Uint8Array>): Promise<Buffer> {
  if (source instanceof Promise) return Buffer.from(await source);
  const chunks: Uint8Array[] = [];
  for await (const c of source) chunks.push(c);
  return Buffer.concat(chunks);
}

describe('project files on disk', () => {
  it('saves and reopens a course with its assets, which are read lazily from the file', async () => {
    const course = fixture();
    const path = join(dir, 'Сети.oercourse');
    const store = new AssetStore();
    store.add(course.assets[0]!.hash, png);
    await writeProjectFile(path, course, store, APP);
    const opened = await openProjectFile(path);
    try {
      expect(opened.document.course).toEqual(course);
      expect(opened.warnings).toEqual([]);
      expect(opened.assets.has(course.assets[0]!.hash)).toBe(true);
      expect(await collect(opened.assets.open(course.assets[0]!.hash))).toEqual(Buffer.from(png));
      // Saving again copies the asset entry byte for byte from the open file into the new one.
      const again = join(dir, 'copy.oercourse');
      expect(opened.assets.raw(course.assets[0]!.hash)).toMatchObject({ size: png.length, method: 0 }); // a PNG is stored;
      await writeProjectFile(again, course, opened.assets, APP);
      expect((await readFile(again)).equals(await readFile(path))).toBe(true);
    } finally {
      opened.assets.close();
    }
    expect((await readdir(dir)).sort()).toEqual(['copy.oercourse', 'Сети.oercourse']);
  });

  it('a failed save leaves the file on disk as it was', async () => {
    const path = join(dir, 'course.oercourse');
    const good = createCourse({ title: 'Good', ids: sequentialIds() });
    await writeProjectFile(path, good, new AssetStore(), APP);
    const before = await readFile(path);
    const broken = {
      ...good,
      title: { en: 'Broken' },
      assets: [{ id: 'a1', hash: 'a'.repeat(64), name: 'gone.png', mime: 'image/png', size: 1 }],
    };
    await expect(writeProjectFile(path, broken, new AssetStore(), APP)).rejects.toThrow(
      'The file "gone.png" used in the course could not be read.',
    );
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual(['course.oercourse']);
  });

  it('sweeps temp files that a killed save left behind, and only those', async () => {
    const path = join(dir, 'course.oercourse');
    await writeFile(join(dir, '.course.oercourse.0123456789ab.part'), 'half a zip');
    await writeFile(join(dir, '.other.oercourse.0123456789ab.part'), 'someone else’s');
    await writeFile(join(dir, 'notes.txt'), 'mine');
    expect(await sweepOrphanTemps(path, 0)).toEqual(['.course.oercourse.0123456789ab.part']);
    expect((await readdir(dir)).sort()).toEqual(['.other.oercourse.0123456789ab.part', 'notes.txt']);
  });

  it('an unwritable target gives a clear message and removes its temp file', async () => {
    const target = join(dir, 'is-a-folder.oercourse');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(writeProjectFile(target, fixture(), pngStore(), APP)).rejects.toThrow(
      /"is-a-folder\.oercourse" could not be saved: /,
    );
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow(
      /"is-a-folder\.oercourse" could not be saved: /,
    );
    expect(await readdir(dir)).toEqual(['is-a-folder.oercourse']);
  });

  it('a vanished folder gives a clear message', async () => {
    await expect(
      writeProjectFile(join(dir, 'gone', 'x.oercourse'), fixture(), pngStore(), APP),
    ).rejects.toThrow('"x.oercourse" could not be saved: the file or its folder does not exist.');
  });
});

describe('opening bad files from disk gives a clear message and no crash', () => {
  const open = async (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return openProjectFile(path);
  };

  it('a missing file', async () => {
    await expect(openProjectFile(join(dir, 'nope.oercourse'))).rejects.toThrow(
      '"nope.oercourse" could not be read: the file or its folder does not exist.',
    );
  });

  it('a file that is not a zip, and a truncated one', async () => {
    await expect(open('a.oercourse', 'just text')).rejects.toMatchObject({ code: 'not-a-zip' });
    const bytes = await projectBytes(fixture(), new Map([[fixture().assets[0]!.hash, png]]));
    await expect(open('b.oercourse', bytes.subarray(0, bytes.length - 30))).rejects.toMatchObject({
      code: 'damaged-course',
      message: expect.stringContaining('cut short'),
    });
  });

  it('a zip that is not a course', async () => {
    const zip = new JSZip().file('readme.txt', 'hi');
    await expect(open('c.oercourse', await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      code: 'not-a-course',
      message: '"c.oercourse" is a zip archive but not an OER Studio course: it has no course.json.',
    });
  });

  it('a damaged course.json, and one from a newer version', async () => {
    const damaged = new JSZip().file('course.json', '{ not json');
    await expect(
      open('d.oercourse', await damaged.generateAsync({ type: 'uint8array' })),
    ).rejects.toMatchObject({ code: 'damaged-course' });
    const newer = new JSZip().file(
      'course.json',
      JSON.stringify({ format: 'oer-studio/course', schemaVersion: 99 }),
    );
    await expect(
      open('e.oercourse', await newer.generateAsync({ type: 'uint8array' })),
    ).rejects.toMatchObject({ code: 'newer-version' });
  });

  it('a corrupt course.json entry (bad CRC)', async () => {
    const bytes = Buffer.from(await projectBytes(createCourse({ title: 'x', ids: sequentialIds() })));
    const at = bytes.indexOf('course.json') + 'course.json'.length + 5; // inside its deflated data
    bytes[at] = bytes[at]! ^ 0xff;
    await expect(open('f.oercourse', bytes)).rejects.toMatchObject({ code: 'damaged-course' });
  });
});
