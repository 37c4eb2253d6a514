import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm, mkdtemp, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCourse } from '../core/model/course';
import type { Course } from '../core/model/types';
import { fingerprintFile } from './fileFingerprint';
import { openProjectFile, AssetStore, writeProjectFile } from './projectIo';
import {
  discardRecovery,
  isRecoveryId,
  listRecoveries,
  newRecoveryId,
  openRecovery,
  readRecovery,
  recoveryCoursePath,
  unlistRecovery,
  writeRecovery,
} from './recovery';

const APP = { name: 'OER Studio', version: 'test' };
const course = (title: string) => createCourse({ title, languages: { source: 'en', target: 'ru' } });

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'oer-recovery-')), 'recovery');
});
afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

describe('the recovery area', () => {
  it('writes an entry (course and sidecar) that lists and reopens as it was', async () => {
    const id = newRecoveryId();
    const kept = course('Networks');
    const fingerprint = { size: 10, mtimeMs: 5, centralDirectoryHash: 'ab' };
    const info = await writeRecovery(
      dir,
      { id, filePath: '/courses/net.oercourse', fingerprint },
      kept,
      new AssetStore(),
      APP,
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(info).toEqual({
      id,
      filePath: '/courses/net.oercourse',
      fingerprint,
      title: 'Networks',
      savedAt: '2026-01-02T03:04:05.000Z',
      media: null,
    });
    expect(await listRecoveries(dir)).toEqual([info]);
    expect(await readRecovery(dir, id)).toEqual(info);
    // Rewritten after each pause in editing: still one course and one sidecar, no backups.
    await writeRecovery(dir, { id, filePath: null, fingerprint: null }, kept, new AssetStore(), APP);
    await writeRecovery(dir, info, kept, new AssetStore(), APP, new Date('2026-01-02T03:04:05Z'));
    expect((await readdir(dir)).sort()).toEqual([`${id}.json`, `${id}.oercourse`]);
    const reopened = await openProjectFile(recoveryCoursePath(dir, id));
    expect(reopened.document.course).toEqual(kept);
    reopened.assets.close();
  });

  it('lists newest first, leaves out live entries, and discards one for good', async () => {
    const [a, b] = [newRecoveryId(), newRecoveryId()];
    await writeRecovery(
      dir,
      { id: a, filePath: null, fingerprint: null },
      course('Old'),
      new AssetStore(),
      APP,
      new Date(1000),
    );
    await writeRecovery(
      dir,
      { id: b, filePath: null, fingerprint: null },
      course('New'),
      new AssetStore(),
      APP,
      new Date(2000),
    );
    expect((await listRecoveries(dir)).map((r) => r.title)).toEqual(['New', 'Old']);
    expect((await listRecoveries(dir, new Set([b]))).map((r) => r.title)).toEqual(['Old']);
    await discardRecovery(dir, b);
    expect((await listRecoveries(dir)).map((r) => r.title)).toEqual(['Old']);
    await discardRecovery(dir, b); // twice is fine
    expect(await readdir(dir)).toEqual([`${a}.json`, `${a}.oercourse`].sort());
  });

  it('sweeps half entries that a crash mid-write leaves, and keeps unlisted live ones', async () => {
    const [whole, courseOnly, sidecarOnly, live] = [
      newRecoveryId(),
      newRecoveryId(),
      newRecoveryId(),
      newRecoveryId(),
    ];
    for (const id of [whole, courseOnly, sidecarOnly, live])
      await writeRecovery(dir, { id, filePath: null, fingerprint: null }, course(id), new AssetStore(), APP);
    await unlistRecovery(dir, courseOnly);
    await unlistRecovery(dir, live);
    await rm(recoveryCoursePath(dir, sidecarOnly));
    // A temp file of a killed write, old enough to be an orphan.
    const temp = join(dir, `.${whole}.oercourse.0123456789ab.part`);
    await writeFile(temp, 'partial');
    await utimes(temp, new Date(0), new Date(0));
    expect((await listRecoveries(dir, new Set([live]))).map((r) => r.id)).toEqual([whole]);
    expect((await readdir(dir)).sort()).toEqual(
      [`${live}.oercourse`, `${whole}.json`, `${whole}.oercourse`].sort(),
    );
  });

  it('ignores garbage: unreadable sidecars, foreign files, ids that name other paths', async () => {
    await mkdir(dir, { recursive: true });
    const id = newRecoveryId();
    await writeFile(join(dir, `${id}.json`), '{not json');
    await writeFile(join(dir, `${id}.oercourse`), 'not a zip either');
    await writeFile(join(dir, 'notes.txt'), 'mine');
    expect(await listRecoveries(dir)).toEqual([]);
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect(await listRecoveries(join(dir, 'missing'))).toEqual([]);
    for (const bad of ['../../etc/passwd', '', 'ABCDEF0123456789', 42, null])
      expect(isRecoveryId(bad)).toBe(false);
    expect(isRecoveryId(newRecoveryId())).toBe(true);
    expect(await readRecovery(dir, '../x')).toBeNull();
  });

  it('reads a sidecar leniently: a missing fingerprint or title gets a default', async () => {
    await mkdir(dir, { recursive: true });
    const id = newRecoveryId();
    await writeRecovery(dir, { id, filePath: null, fingerprint: null }, course('T'), new AssetStore(), APP);
    await writeFile(
      join(dir, `${id}.json`),
      JSON.stringify({ savedAt: '2026-03-01T00:00:00Z', filePath: 7, future: 1 }),
    );
    expect(await readRecovery(dir, id)).toEqual({
      id,
      filePath: null,
      fingerprint: null,
      title: '',
      savedAt: '2026-03-01T00:00:00Z',
      media: null,
    });
    expect(JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'))).toMatchObject({ future: 1 });
    // A damaged media reference is no reference: the copy is then read as holding all it has.
    const fingerprint = { size: 1, mtimeMs: 2, centralDirectoryHash: null };
    for (const [media, expected] of [
      [{ path: 7, fingerprint }, null],
      [{ path: '/c.oercourse', fingerprint: { size: 'big' } }, null],
      ['/c.oercourse', null],
      [
        { path: '/c.oercourse', fingerprint },
        { path: '/c.oercourse', fingerprint },
      ],
    ] as const) {
      await writeFile(join(dir, `${id}.json`), JSON.stringify({ savedAt: '2026-03-01T00:00:00Z', media }));
      expect((await readRecovery(dir, id))?.media).toEqual(expected);
    }
  });
});

describe('media in a recovery copy', () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const video = randomBytes(3 * 1024 * 1024);
  const hash = sha256(video);
  const withVideo = (title: string): Course => ({
    ...course(title),
    assets: [{ id: 'a1', hash, name: 'lecture.mp4', mime: 'video/mp4', size: video.length }],
  });
  const bytesOf = async (store: AssetStore, of: string) => {
    const opened = store.open(of);
    if (opened instanceof Promise) return Buffer.from(await opened);
    const chunks: Buffer[] = [];
    for await (const chunk of opened) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  };
  let project: string;
  beforeEach(async () => {
    project = join(dir, '..', 'net.oercourse');
    const store = new AssetStore();
    store.add(hash, video);
    await writeProjectFile(project, withVideo('Networks'), store, APP);
  });

  it('leaves media of the author’s file there, keeps those added since, and finds both again', async () => {
    const opened = await openProjectFile(project);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    opened.assets.add(sha256(png), png);
    const edited: Course = {
      ...opened.document.course,
      assets: [
        ...opened.document.course.assets,
        { id: 'a2', hash: sha256(png), name: 'chart.png', mime: 'image/png', size: png.length },
      ],
    };
    const id = newRecoveryId();
    const info = await writeRecovery(
      dir,
      { id, filePath: project, fingerprint: null },
      edited,
      opened.assets,
      APP,
    );
    opened.assets.close();
    expect(info.media).toEqual({ path: project, fingerprint: await fingerprintFile(project) });
    expect((await stat(recoveryCoursePath(dir, id))).size).toBeLessThan(64 * 1024);

    const recovered = await openRecovery(dir, info);
    expect(recovered.warnings).toEqual([]);
    expect(recovered.document.course).toEqual(edited);
    expect((await bytesOf(recovered.assets, hash)).equals(video)).toBe(true);
    expect(await bytesOf(recovered.assets, sha256(png))).toEqual(png);
    // Kept again from the recovered work (a second crash): still small, still complete.
    const again = newRecoveryId();
    const next = await writeRecovery(
      dir,
      { id: again, filePath: project, fingerprint: null },
      edited,
      recovered.assets,
      APP,
    );
    recovered.assets.close();
    expect((await stat(recoveryCoursePath(dir, again))).size).toBeLessThan(64 * 1024);
    const twice = await openRecovery(dir, next);
    expect((await bytesOf(twice.assets, hash)).equals(video)).toBe(true);
    expect(await bytesOf(twice.assets, sha256(png))).toEqual(png);
    twice.assets.close();
  });

  it('copies every medium when in doubt: a salvaged file, media in memory, a file changed since it was opened', async () => {
    const salvaged = await openProjectFile(project, { salvage: true });
    const inMemory = new AssetStore();
    inMemory.add(hash, video);
    const changed = await openProjectFile(project);
    // A co-author's save, without the video, while the window has the file open.
    await writeProjectFile(project, course('Theirs'), new AssetStore(), APP);
    for (const store of [salvaged.assets, inMemory, changed.assets]) {
      const id = newRecoveryId();
      const info = await writeRecovery(
        dir,
        { id, filePath: project, fingerprint: null },
        withVideo('Mine'),
        store,
        APP,
      );
      store.close();
      expect(info.media).toBeNull();
      expect((await stat(recoveryCoursePath(dir, id))).size).toBeGreaterThan(video.length);
      await rm(project, { force: true });
      const recovered = await openRecovery(dir, info);
      expect(recovered.warnings).toEqual([]);
      expect((await bytesOf(recovered.assets, hash)).equals(video)).toBe(true);
      recovered.assets.close();
    }
  });
});
