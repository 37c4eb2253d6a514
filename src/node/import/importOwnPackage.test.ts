import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportToZip, stressCourse, withTempDir } from '../../../test-support/exportFixtures';
import { exportFormats } from '../../core/export';
import { importOwnPackage } from './importOwnPackage';

async function collect(source: Promise<Uint8Array> | AsyncIterable<Uint8Array>): Promise<Buffer> {
  if (source instanceof Promise) return Buffer.from(await source);
  const chunks: Uint8Array[] = [];
  for await (const c of source) chunks.push(c);
  return Buffer.concat(chunks);
}

describe('reopening our own packages', () => {
  it.each(exportFormats.map((f) => f.id))(
    '%s comes back as the exact course, assets included',
    async (format) => {
      const { course, assets } = await stressCourse();
      await withTempDir(async (dir) => {
        const path = join(dir, `package.zip`);
        await exportToZip(course, format, { languages: ['kk'] }, path, assets);
        const imported = await importOwnPackage(path);
        expect(imported.report).toEqual([]);
        expect(imported.course).toEqual(course); // both languages, even from a one-language package
        for (const asset of course.assets) {
          expect(await collect(imported.assets.open(asset.hash))).toEqual(
            Buffer.from(assets.get(asset.hash)!),
          );
        }
      });
    },
  );

  it('reports a media file that is missing or was replaced, and refuses packages of other tools', async () => {
    const { course, assets } = await stressCourse();
    await withTempDir(async (dir) => {
      const path = join(dir, 'package.zip');
      const { zip } = await exportToZip(course, 'scorm12', {}, path, assets);
      const media = Object.keys(zip.files).filter((n) => n.startsWith('media/'));
      zip.remove(media[0]!);
      zip.file(media[1]!, 'tampered');
      await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
      const imported = await importOwnPackage(path);
      expect(imported.report).toHaveLength(2);
      expect(imported.report.join('\n')).toMatch(
        /is not in the package[\s\S]*is not the one the course used/,
      );

      const other = join(dir, 'other.zip');
      await writeFile(
        other,
        await new JSZip().file('imsmanifest.xml', '<manifest/>').generateAsync({ type: 'nodebuffer' }),
      );
      await expect(importOwnPackage(other)).rejects.toMatchObject({
        code: 'not-a-course',
        message: expect.stringContaining('was not made by OER Studio'),
      });
      await writeFile(other, 'not a zip');
      await expect(importOwnPackage(other)).rejects.toMatchObject({ code: 'not-a-zip' });
      expect((await readFile(path)).length).toBeGreaterThan(0);
    });
  });
});
