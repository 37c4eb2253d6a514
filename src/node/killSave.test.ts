import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCourse } from '../../test-support/exportFixtures';
import { AssetStore, openProjectFile, writeProjectFile } from './projectIo';
import { prng } from '../../test-support/prng';

/**
 * The kill test: a save loop is SIGKILLed at random moments, 50 times. After each kill the
 * project file must open, and hold either the title of the save that was cut short or the one
 * before it: never a damaged or half-written file.
 */
let dir: string;
let worker: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-kill-'));
  await build({
    logLevel: 'silent',
    configFile: false,
    build: {
      ssr: resolve('test-support/saveLoop.ts'),
      // Inside the repository, so the bundle finds node_modules.
      outDir: resolve('out/test-workers'),
      emptyOutDir: false,
      rollupOptions: { output: { entryFileNames: 'saveLoop.js', format: 'es' } },
    },
  });
  worker = resolve('out/test-workers/saveLoop.js');
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('saving survives SIGKILL', () => {
  it('the project always opens with the old or the new content, after 50 kills', async () => {
    const path = join(dir, 'course.oercourse');
    await writeProjectFile(path, await sampleCourse(), new AssetStore(), {
      name: 'OER Studio',
      version: 'test',
    });
    const random = prng(50);
    const seen = new Set<string>([(await openProjectFile(path)).document.course.title['en'] as string]);
    let kills = 0;
    for (let i = 0; i < 50; i++) {
      const child = spawn(process.execPath, [worker, path], { stdio: ['ignore', 'pipe', 'inherit'] });
      const titles: string[] = [];
      child.stdout
        .setEncoding('utf8')
        .on('data', (text: string) => titles.push(...text.split('\n').filter(Boolean)));
      // Kill at a random moment, once it has started saving at least once.
      const exited = new Promise<number | null>((r) => child.once('exit', r));
      const started = await Promise.race([
        new Promise((r) => child.stdout.once('data', () => r(true))),
        exited.then(() => false),
      ]);
      if (!started) throw new Error('the save loop exited before its first save');
      await new Promise((r) => setTimeout(r, random() * 150));
      child.kill('SIGKILL');
      await exited;
      kills++;
      titles.forEach((t) => seen.add(t));
      const opened = await openProjectFile(path);
      expect(seen).toContain(opened.document.course.title['en']);
      opened.assets.close();
    }
    expect(kills).toBe(50);
    // The next save sweeps temp files that the kills left behind, once they are a minute old.
    expect((await readdir(dir)).filter((n) => n.endsWith('.part')).length).toBeLessThanOrEqual(50);
  }, 180_000);
});
