import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCourse } from '../core/model/course';
import { fileChanged, fingerprintFile } from './fileFingerprint';
import { AssetStore, writeProjectFile } from './projectIo';

const APP = { name: 'OER Studio', version: 'test' };
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-fp-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const write = (path: string, title: string) =>
  writeProjectFile(
    path,
    createCourse({ title, languages: { source: 'en', target: 'ru' } }),
    new AssetStore(),
    APP,
  );

describe('file fingerprints', () => {
  it('hashes the central directory of a course, and notices a co-author’s save', async () => {
    const path = join(dir, 'c.oercourse');
    await write(path, 'Mine');
    const before = (await fingerprintFile(path))!;
    expect(before.centralDirectoryHash).toMatch(/^[0-9a-f]{64}$/);
    expect(before.size).toBe((await stat(path)).size);
    expect(fileChanged(before, (await fingerprintFile(path))!)).toBe(false);
    // Same length of title: the size may well stay the same, the CRC of course.json does not.
    await write(path, 'Ours');
    const after = (await fingerprintFile(path))!;
    expect(fileChanged(before, after)).toBe(true);
  });

  it('does not count a touch (same content, new time) as a change of a course', async () => {
    const path = join(dir, 'c.oercourse');
    await write(path, 'Mine');
    const before = (await fingerprintFile(path))!;
    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    const touched = (await fingerprintFile(path))!;
    expect(touched.mtimeMs).not.toBe(before.mtimeMs);
    expect(fileChanged(before, touched)).toBe(false);
  });

  it('falls back to size and time for files that are not zips', async () => {
    const path = join(dir, 'x.oercourse');
    await writeFile(path, 'hello');
    const before = (await fingerprintFile(path))!;
    expect(before.centralDirectoryHash).toBeNull();
    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    expect(fileChanged(before, (await fingerprintFile(path))!)).toBe(true);
    await writeFile(path, 'hello, world');
    expect(fileChanged(before, (await fingerprintFile(path))!)).toBe(true);
  });

  it('answers null for a missing file', async () => {
    expect(await fingerprintFile(join(dir, 'gone.oercourse'))).toBeNull();
  });
});
