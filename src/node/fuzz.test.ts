import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBytes, sampleCourse } from '../../test-support/exportFixtures';
import { isOerError } from '../core/errors';
import { parseProjectJson } from '../core/project/projectFile';
import { toCourseDocument } from '../core/model/courseDocument';
import { openProjectFile, writeProjectFile } from './projectIo';
import { prng } from '../../test-support/prng';

/**
 * Deterministically seeded fuzzing of the loader: mutated project files and mutated course
 * documents. The only outcomes allowed are a loaded course or a typed OerError: never a crash,
 * a hang, or a plain exception.
 */

let dir: string;
let good: Buffer;
let json: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-fuzz-'));
  const course = await sampleCourse();
  good = await projectBytes(course);
  json = JSON.stringify(toCourseDocument(course, { name: 'OER Studio', version: 'fuzz' }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('fuzzing the project loader', () => {
  it('1,500 mutated project files each load or fail with a typed error', async () => {
    const random = prng(2026);
    const outcomes = { loaded: 0, refused: 0 };
    for (let i = 0; i < 1500; i++) {
      const bytes = Buffer.from(good);
      const kind = i % 4;
      if (kind === 0) {
        for (let n = 1 + Math.floor(random() * 8); n > 0; n--)
          bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      } else if (kind === 1) {
        // Damage the central directory or the end record, where offsets and sizes live.
        const at = bytes.length - 1 - Math.floor(random() * Math.min(bytes.length, 2000));
        bytes[at] = Math.floor(random() * 256);
      }
      const mutated = kind === 2 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      const path = join(dir, `f${i}.oercourse`);
      await writeFile(
        path,
        kind === 3 ? Buffer.concat([mutated, mutated.subarray(0, Math.floor(random() * 500))]) : mutated,
      );
      try {
        const opened = await openProjectFile(path);
        opened.assets.close();
        outcomes.loaded++;
      } catch (e) {
        if (!isOerError(e))
          throw new Error(`case ${i} (kind ${kind}) threw a plain ${String(e)}`, { cause: e });
        outcomes.refused++;
      }
    }
    expect(outcomes.loaded + outcomes.refused).toBe(1500);
    expect(outcomes.refused).toBeGreaterThan(100);
  }, 180_000);

  it('600 cut or mutated project files opened with salvage each load, and save, or fail with a typed error', async () => {
    const random = prng(2027);
    const outcomes = { loaded: 0, refused: 0 };
    for (let i = 0; i < 600; i++) {
      // Mostly cut short (the case salvage walks), and some cut and then damaged.
      let bytes = Buffer.from(good.subarray(0, Math.floor(random() * good.length)));
      if (i % 3 === 0 && bytes.length) {
        for (let n = 1 + Math.floor(random() * 4); n > 0; n--)
          bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      if (i === 0) bytes = Buffer.from(good); // and the whole file
      const path = join(dir, `s${i}.oercourse`);
      await writeFile(path, bytes);
      try {
        const opened = await openProjectFile(path, { salvage: true });
        try {
          // What was salvaged saves under a new name (every fifth, to keep the test quick).
          if (outcomes.loaded % 5 === 0)
            await writeProjectFile(
              join(dir, `s${i}-saved.oercourse`),
              opened.document.course,
              opened.assets,
              {
                name: 'OER Studio',
                version: 'fuzz',
              },
            );
        } finally {
          opened.assets.close();
        }
        outcomes.loaded++;
      } catch (e) {
        if (!isOerError(e)) throw new Error(`case ${i} threw a plain ${String(e)}`, { cause: e });
        outcomes.refused++;
      }
    }
    expect(outcomes.loaded).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  }, 180_000);

  it('1,500 mutated course documents each parse or fail with a typed error', () => {
    const random = prng(7);
    const alphabet = '{}[]":,0123456789abcdefnulltrue -\\\\u';
    let parsed = 0;
    for (let i = 0; i < 1500; i++) {
      let text = json;
      for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
        const at = Math.floor(random() * text.length);
        const len = Math.floor(random() * 20);
        const insert = Array.from(
          { length: Math.floor(random() * 6) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join('');
        text = text.slice(0, at) + insert + text.slice(at + len);
      }
      try {
        parseProjectJson(text);
        parsed++;
      } catch (e) {
        if (!isOerError(e)) throw new Error(`case ${i} threw a plain ${String(e)}`, { cause: e });
      }
    }
    expect(parsed).toBeLessThan(1500);
  });
});
