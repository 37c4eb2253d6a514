import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_FILES,
  addRecentFile,
  clearRecentFiles,
  isRecentFile,
  listRecentFiles,
  sweepRecentTemps,
} from './recentFiles';

let dir: string;
let list: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-recent-'));
  list = join(dir, 'userData', 'recent-files.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function files(...names: string[]): Promise<string[]> {
  const paths = names.map((n) => join(dir, n));
  for (const p of paths) await writeFile(p, 'x');
  return paths;
}

describe('the recent files', () => {
  it('puts each file at the top once, newest first, and keeps at most ten', async () => {
    const paths = await files(...Array.from({ length: 12 }, (_, i) => `c${i}.oercourse`));
    for (const p of paths) await addRecentFile(list, p);
    await addRecentFile(list, paths[5]!);
    const listed = await listRecentFiles(list);
    expect(listed).toHaveLength(MAX_RECENT_FILES);
    expect(listed[0]).toEqual({ filePath: paths[5], fileName: 'c5.oercourse' });
    expect(listed.slice(1, 3).map((f) => f.fileName)).toEqual(['c11.oercourse', 'c10.oercourse']);
    expect(new Set(listed.map((f) => f.filePath)).size).toBe(MAX_RECENT_FILES);
  });

  it('drops files that are gone, for good', async () => {
    const [a, b] = await files('a.oercourse', 'b.oercourse');
    await addRecentFile(list, a!);
    await addRecentFile(list, b!);
    await rm(a!);
    expect((await listRecentFiles(list)).map((f) => f.fileName)).toEqual(['b.oercourse']);
    expect(JSON.parse(await readFile(list, 'utf8')).files).toEqual([b]);
    expect(await isRecentFile(list, a!)).toBe(false);
    expect(await isRecentFile(list, b!)).toBe(true);
  });

  it('reads a missing or garbled list as empty, and clears', async () => {
    expect(await listRecentFiles(list)).toEqual([]);
    const [a] = await files('a.oercourse');
    await addRecentFile(list, a!);
    await writeFile(list, '{"files": [1, null, "", "' + a!.replace(/\\/g, '\\\\') + '"]}');
    expect((await listRecentFiles(list)).map((f) => f.filePath)).toEqual([a]);
    await writeFile(list, 'garbage');
    expect(await listRecentFiles(list)).toEqual([]);
    await addRecentFile(list, a!);
    await clearRecentFiles(list);
    expect(await listRecentFiles(list)).toEqual([]);
  });

  it('keeps every file when windows add at the same time', async () => {
    const paths = await files('1.oercourse', '2.oercourse', '3.oercourse', '4.oercourse');
    await Promise.all(paths.map((p) => addRecentFile(list, p)));
    expect((await listRecentFiles(list)).map((f) => f.filePath).sort()).toEqual([...paths].sort());
  });

  it('sweeps the temp files killed saves left beside recent courses', async () => {
    const [a] = await files('a.oercourse');
    await addRecentFile(list, a!);
    const orphan = join(dir, '.a.oercourse.0123456789ab.part');
    const fresh = join(dir, '.a.oercourse.ba9876543210.part');
    await writeFile(orphan, 'partial');
    await writeFile(fresh, 'a save under way');
    await utimes(orphan, new Date(0), new Date(0));
    expect(await sweepRecentTemps(list)).toEqual(['.a.oercourse.0123456789ab.part']);
    expect((await readdir(dir)).sort()).toEqual([
      '.a.oercourse.ba9876543210.part',
      'a.oercourse',
      'userData',
    ]);
  });
});
