import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../../bin/node-flags.js';

const ROOT = join(import.meta.dirname, '../..');
const LAUNCHER = join(ROOT, 'bin/oer-studio.js');
const built = existsSync(join(ROOT, 'out/cli/index.js'));

// `npm test` builds the CLI first; run alone, Vitest may find no build.
describe.skipIf(!built)('the oer-studio launcher', () => {
  let dir: string;
  let probe: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oer-launcher-'));
    // Loaded into every Node process of the run: each says with which flags it was started.
    probe = join(dir, 'probe.cjs');
    await writeFile(
      probe,
      "process.on('exit', () => process.stderr.write('FLAGS ' + JSON.stringify(process.execArgv) + '\\n'));",
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [LAUNCHER, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${probe}` },
    });

  it('runs the CLI in a Node started with its memory flags, and passes on its exit code', () => {
    const ok = run('formats');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('scorm12');
    const started = ok.stderr
      .split('\n')
      .filter((line) => line.startsWith('FLAGS '))
      .map((line) => JSON.parse(line.slice(6)) as string[]);
    // The launcher, then the CLI started again with the flags.
    expect(started).toHaveLength(2);
    expect(started.some((argv) => NODE_FLAGS.every((flag) => argv.includes(flag)))).toBe(true);

    const wrong = run('expot');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Unknown command "expot"');
  });
});
