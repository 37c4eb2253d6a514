import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './index';

const SAMPLES = resolve(import.meta.dirname, '../../../shared/samples');

let dir: string;
let out: string[];
let err: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-cli-import-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('oer-studio import', () => {
  it.skipIf(!existsSync(SAMPLES))(
    'imports a third-party SCORM package: exit 0, the report on stdout, progress on stderr',
    async () => {
      const project = join(dir, 'golf.oercourse');
      expect(await main(['import', join(SAMPLES, 'RuntimeBasicCalls_SCORM12.zip'), '-o', project])).toBe(0);
      expect(out.at(-1)).toMatch(/^Wrote .*golf\.oercourse \(1 module, \d+ media files\)$/);
      expect(out).toContain(
        'report: The page "Assessment" was not imported: its content is made by scripts (a quiz or an interactive activity).',
      );
      // Not a terminal here: one short line per 10%, ending at 100%.
      expect(err.at(-1)).toBe('Importing: 100%');
      expect(err.length).toBeLessThanOrEqual(11);
      expect(await main(['validate', project])).toBe(0);
    },
  );

  it('refuses what it cannot import with exit 1 and one line saying what it can', async () => {
    const file = join(dir, 'notes.txt');
    await writeFile(file, 'plain text');
    expect(await main(['import', file, '-o', join(dir, 'x.oercourse')])).toBe(1);
    expect(err.at(-1)).toMatch(
      /^oer-studio: "notes\.txt" cannot be imported: .*Word documents \(\.docx\)\.$/,
    );
    expect(existsSync(join(dir, 'x.oercourse'))).toBe(false);
  });
});
