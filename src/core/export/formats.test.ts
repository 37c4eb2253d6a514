import { describe, expect, it } from 'vitest';
import { exportToZip, sampleCourse, stressCourse } from '../../../test-support/exportFixtures';
import { exportFormats } from '.';

describe('every package format', () => {
  it('is byte-identical when exported twice', async () => {
    const sample = await sampleCourse();
    for (const format of exportFormats) {
      const a = await exportToZip(sample, format.id);
      const b = await exportToZip(sample, format.id);
      expect(a.bytes.equals(b.bytes), format.id).toBe(true);
    }
  });

  it('embeds the course document, so OER Studio can reopen it', async () => {
    const sample = await sampleCourse();
    for (const format of exportFormats) {
      const { zip } = await exportToZip(sample, format.id);
      const embedded = JSON.parse(await zip.file('oer-studio/course.json')!.async('string'));
      expect(embedded.course, format.id).toEqual(JSON.parse(JSON.stringify(sample)));
    }
  });

  it('carries a licence and attribution page with the asset credits', async () => {
    const stress = await stressCourse();
    const { zip } = await exportToZip(stress.course, 'scorm12', {}, undefined, stress.assets);
    const page = await zip.file('content/licence.ru.html')!.async('string');
    expect(page).toContain('Creative Commons «Атрибуция» 4.0 Международная (CC BY 4.0)');
    expect(page).toContain('<em>Схема сети.png</em>, автор: Автор 0');
    const media = Object.keys(zip.files).filter((n) => n.startsWith('media/'));
    expect(media).toHaveLength(6); // names that differ only in case stay distinct files
  });
});
