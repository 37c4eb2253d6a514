import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectFile } from './projectIo';
import { DEFAULT_LIMITS, openZip } from './zipReader';
import { writeZip, type ZipEntry } from './zipWriter';

/**
 * Hostile zips, each crafted here: opening one as a project is refused with a clear message,
 * before anything is inflated or written anywhere.
 */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-hostile-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const file = (path: string, data: ZipEntry['data'] = 'x', deflate = true): ZipEntry => ({
  path,
  data,
  deflate,
});
const course = file('course.json', JSON.stringify({ format: 'oer-studio/course', schemaVersion: 1 }));

async function craft(entries: ZipEntry[], patch?: (bytes: Buffer) => void): Promise<string> {
  const path = join(dir, `crafted-${Math.random().toString(36).slice(2)}.oercourse`);
  await writeZip(path, entries);
  if (patch) {
    const bytes = await readFile(path);
    patch(bytes);
    await writeFile(path, bytes);
  }
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await openProjectFile(path).then(
    () => null,
    (e: { code: string; message: string }) => e,
  );
  expect(error?.code).toBe('unsafe-zip');
  return error!.message;
}

describe('hostile zips are refused with a clear message', () => {
  it.each([
    ['../evil.sh', /"\.\.\/evil\.sh" climbs out of the archive with \.\./],
    ['assets/../../evil.sh', /climbs out of the archive/],
    ['/etc/passwd', /"\/etc\/passwd" is an absolute path/],
    ['C:/Windows/evil.dll', /is an absolute path/],
    ['assets\\evil.dll', /"assets\\evil\.dll" uses backslashes/],
  ])('a path like %s', async (name, message) => {
    expect(await refusal(await craft([course, file(name)]))).toMatch(message);
  });

  it('a symbolic link', async () => {
    const path = await craft([course, file('assets/link', '/etc/passwd')], (bytes) => {
      const central = bytes.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1')); // the link's central header
      bytes.writeUInt32LE((0o120777 << 16) >>> 0, central + 38);
    });
    expect(await refusal(path)).toMatch(/"assets\/link" is a symbolic link/);
  });

  it('duplicate names, and names that differ only in case', async () => {
    expect(await refusal(await craft([course, file('assets/a'), file('assets/a')]))).toMatch(
      /"assets\/a" appears twice/,
    );
    expect(await refusal(await craft([course, file('assets/Image.png'), file('assets/image.png')]))).toMatch(
      /differ only in case/,
    );
  });

  it('a zip bomb: an entry compressed far beyond any real file', async () => {
    const zeros = Buffer.alloc(20 * 2 ** 20);
    expect(await refusal(await craft([course, file('assets/bomb', zeros)]))).toMatch(
      /"assets\/bomb" is compressed \d+ to 1, like a zip bomb/,
    );
  });

  it('an entry whose declared size lies is caught when it is read (yauzl counts real bytes)', async () => {
    const path = await craft([file('course.json', 'x'.repeat(5000))], (bytes) => {
      const central = bytes.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
      bytes.writeUInt32LE(10, central + 24); // claims 10 bytes uncompressed
      bytes.writeUInt32LE(10, 22); // and in the local header
    });
    const zip = await openZip(path);
    try {
      await expect(zip.read(zip.entries.get('course.json')!)).rejects.toThrow(/too many bytes|size/i);
    } finally {
      zip.close();
    }
  });

  it('too many entries', async () => {
    const entries = [
      course,
      ...Array.from({ length: DEFAULT_LIMITS.maxEntries }, (_, i) => file(`assets/${i}`, '', false)),
    ];
    expect(await refusal(await craft(entries))).toMatch(
      /holds 50001 files, more than the 50000 a course may have/,
    );
  }, 120_000);

  it('a safe project still opens', async () => {
    await expect(openZip(await craft([course, file('assets/ok')]))).resolves.toMatchObject({
      entries: expect.any(Map),
    });
  });
});
