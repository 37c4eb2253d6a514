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

describe('a zip cut short, recovered by walking its entries, is checked the same way', () => {
  /** Crafts a zip, then cuts it just before its directory, as an unfinished copy would. */
  async function cut(entries: ZipEntry[]): Promise<string> {
    const path = await craft(entries);
    const bytes = await readFile(path);
    const directory = bytes.readUInt32LE(bytes.length - 22 + 16); // from the end record
    await writeFile(path, bytes.subarray(0, directory));
    return path;
  }

  async function salvageRefusal(path: string): Promise<string> {
    const error = await openProjectFile(path, { salvage: true }).then(
      () => null,
      (e: { code: string; message: string }) => e,
    );
    expect(error?.code).toBe('unsafe-zip');
    return error!.message;
  }

  it.each([
    ['../evil.sh', /climbs out of the archive/],
    ['/etc/passwd', /is an absolute path/],
    ['assets\\evil.dll', /uses backslashes/],
  ])('a path like %s', async (name, message) => {
    expect(await salvageRefusal(await cut([file(name), course]))).toMatch(message);
  });

  it('duplicate names, a zip bomb, and too many entries', async () => {
    expect(
      await salvageRefusal(await cut([file('assets/Image.png'), file('assets/image.png'), course])),
    ).toMatch(/differ only in case/);
    const zeros = Buffer.alloc(20 * 2 ** 20);
    expect(await salvageRefusal(await cut([file('assets/bomb', zeros), course]))).toMatch(/like a zip bomb/);
    // The walk stops one entry past the limit, whatever the file holds after.
    const many = await cut(Array.from({ length: 30 }, (_, i) => file(`assets/${i}`, '', false)));
    await expect(
      openZip(many, { ...DEFAULT_LIMITS, maxEntries: 10 }, { recover: true }),
    ).rejects.toMatchObject({
      code: 'unsafe-zip',
      message: expect.stringContaining('it holds 11 files, more than the 10 a course may have'),
    });
  });

  it('lists the whole entries before the cut at their real offsets, for reads and raw copies', async () => {
    const text = 'Пакеттер — деректер бірлігі. '.repeat(200);
    const entries = [file('mimetype', 'application/x-test', false), file('a.txt', text), file('b.txt', text)];
    const path = await craft(entries);
    const whole = await openZip(path);
    const offsets = [...whole.entries.values()].map((e) => e.relativeOffsetOfLocalHeader);
    const rawA: Uint8Array[] = [];
    for await (const chunk of await whole.rawStream(whole.entries.get('a.txt')!))
      rawA.push(Buffer.from(chunk));
    whole.close();
    await writeFile(path, (await readFile(path)).subarray(0, offsets[2]! + 40)); // inside b.txt
    await expect(openZip(path)).rejects.toThrow(/End of central directory record signature not found/);
    const zip = await openZip(path, DEFAULT_LIMITS, { recover: true });
    try {
      expect(zip.recovered).toEqual({ stop: 'cut', cutEntry: 'b.txt', end: offsets[2] });
      expect([...zip.entries.keys()]).toEqual(['mimetype', 'a.txt']);
      expect([...zip.entries.values()].map((e) => e.relativeOffsetOfLocalHeader)).toEqual(
        offsets.slice(0, 2),
      );
      expect((await zip.read(zip.entries.get('a.txt')!)).toString('utf8')).toBe(text);
      const raw: Uint8Array[] = [];
      for await (const chunk of await zip.rawStream(zip.entries.get('a.txt')!)) raw.push(Buffer.from(chunk));
      expect(Buffer.concat(raw).equals(Buffer.concat(rawA))).toBe(true);
      expect(zip.origin(zip.entries.get('a.txt')!)).toMatchObject({ path, headerOffset: offsets[1] });
    } finally {
      zip.close();
    }
  });

  it('a walk stops at what it cannot trust: a data descriptor, or bytes that are not an entry', async () => {
    const path = await craft([file('a.txt', 'a'), file('b.txt', 'b')], (bytes) => {
      const second = bytes.indexOf('PK\x03\x04', 4, 'latin1');
      bytes.writeUInt16LE(0x0008, second + 6); // sizes in a data descriptor: not walkable
    });
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.indexOf('PK\x01\x02', 0, 'latin1')));
    const zip = await openZip(path, DEFAULT_LIMITS, { recover: true });
    expect([...zip.entries.keys()]).toEqual(['a.txt']);
    expect(zip.recovered?.stop).toBe('damaged');
    zip.close();
    await writeFile(path, 'PK\x03\x04 and then nothing that makes sense');
    const broken = await openZip(path, DEFAULT_LIMITS, { recover: true });
    expect(broken.entries.size).toBe(0);
    broken.close();
  });
});
