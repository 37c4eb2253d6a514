import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, openZip } from './zipReader';
import { writeZip, type ZipEntry } from './zipWriter';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-zip-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'оер-студия ');
// That repeated text compresses about 400 to 1, which the reader would refuse as a zip bomb.
const open = (path: string) => openZip(path, { ...DEFAULT_LIMITS, maxRatio: 10_000 });
async function* chunked(bytes: Buffer, size = 64 * 1024) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const entries = (): ZipEntry[] => [
  { path: 'imsmanifest.xml', data: '<manifest/>', deflate: true },
  { path: 'content/урок 1 — Қазақша 🚀.html', data: '<p>Сәлем</p>', deflate: true },
  { path: 'media/video.mp4', data: () => chunked(big), deflate: false },
  { path: 'media/big.txt', data: () => chunked(big), deflate: true },
  { path: 'media/lazy.png', data: async () => new Uint8Array([137, 80, 78, 71]), deflate: false },
  { path: 'empty.txt', data: '', deflate: true },
];

describe('writeZip', () => {
  it('writes entries that a standard reader (yauzl) reads back, with methods and names kept', async () => {
    const path = join(dir, 'out.zip');
    const size = await writeZip(path, entries());
    expect((await readFile(path)).length).toBe(size);
    const zip = await open(path);
    try {
      expect([...zip.entries.keys()]).toEqual(entries().map((e) => e.path));
      expect(zip.entries.get('media/video.mp4')?.compressionMethod).toBe(0);
      expect(zip.entries.get('media/big.txt')?.compressionMethod).toBe(8);
      expect(zip.entries.get('media/big.txt')!.compressedSize).toBeLessThan(big.length / 50);
      expect((await zip.read(zip.entries.get('media/big.txt')!)).equals(big)).toBe(true);
      expect((await zip.read(zip.entries.get('media/video.mp4')!)).equals(big)).toBe(true);
      expect((await zip.read(zip.entries.get('content/урок 1 — Қазақша 🚀.html')!)).toString()).toBe(
        '<p>Сәлем</p>',
      );
      expect((await zip.read(zip.entries.get('empty.txt')!)).length).toBe(0);
    } finally {
      zip.close();
    }
  });

  it('copies entries of another zip byte for byte, compressed or stored', async () => {
    const first = join(dir, 'first.zip');
    await writeZip(first, entries());
    const source = await open(first);
    try {
      const copies: ZipEntry[] = ['media/big.txt', 'media/video.mp4'].map((path) => {
        const e = source.entries.get(path)!;
        return {
          path: `copy/${path}`,
          data: '',
          deflate: false,
          raw: {
            method: e.compressionMethod,
            crc32: e.crc32,
            compressedSize: e.compressedSize,
            size: e.uncompressedSize,
            open: () => source.rawStream(e),
          },
        };
      });
      const second = join(dir, 'second.zip');
      await writeZip(second, copies);
      const copy = await open(second);
      try {
        expect(copy.entries.get('copy/media/big.txt')!.compressedSize).toBe(
          source.entries.get('media/big.txt')!.compressedSize,
        );
        expect((await copy.read(copy.entries.get('copy/media/big.txt')!)).equals(big)).toBe(true);
        expect((await copy.read(copy.entries.get('copy/media/video.mp4')!)).equals(big)).toBe(true);
      } finally {
        copy.close();
      }
    } finally {
      source.close();
    }
  });

  it.skipIf(!existsSync('/usr/bin/unzip'))('passes Info-ZIP unzip -t', async () => {
    const path = join(dir, 'out.zip');
    await writeZip(path, entries());
    expect(execFileSync('unzip', ['-t', path]).toString()).toMatch(/No errors detected/);
  });

  it('is byte-identical for the same entries', async () => {
    await writeZip(join(dir, 'a.zip'), entries());
    await writeZip(join(dir, 'b.zip'), entries());
    expect((await readFile(join(dir, 'a.zip'))).equals(await readFile(join(dir, 'b.zip')))).toBe(true);
  });

  it('reports progress per entry', async () => {
    const seen: number[] = [];
    await writeZip(join(dir, 'p.zip'), entries(), { onProgress: (p) => seen.push(p.entriesDone) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a cancelled write leaves no file at the target and no temp file, and keeps an older file', async () => {
    const path = join(dir, 'out.zip');
    await writeFile(path, 'previous export');
    const controller = new AbortController();
    const write = writeZip(path, entries(), {
      signal: controller.signal,
      onProgress: (p) => p.entriesDone === 2 && controller.abort(),
    });
    await expect(write).rejects.toThrow('The export was cancelled.');
    expect(await readdir(dir)).toEqual(['out.zip']);
    expect(await readFile(path, 'utf8')).toBe('previous export');
  });

  it('a failing source removes the temp file', async () => {
    const path = join(dir, 'x.zip');
    const failing: ZipEntry = {
      path: 'a',
      deflate: true,
      data: () => Promise.reject(new Error('disk gone')),
    };
    await expect(writeZip(path, [failing])).rejects.toThrow('disk gone');
    expect(await readdir(dir)).toEqual([]);
  });
});
