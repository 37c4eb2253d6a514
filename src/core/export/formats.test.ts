import { describe, expect, it } from 'vitest';
import { exportToZip, sampleCourse, stressCourse } from '../../../test-support/exportFixtures';
import { readProjectDocument } from '../project/projectFile';
import { englishText, formatMessage } from '../messages/message';
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
      // The project's own layout: the outline in course.json, each lesson in lessons/<id>.json.
      const outline = await zip.file('oer-studio/course.json')!.async('string');
      expect(JSON.parse(outline).course.modules[0].lessons[0].content, format.id).toBeUndefined();
      const { document } = await readProjectDocument(
        outline,
        async (name) => (await zip.file(`oer-studio/${name}`)?.async('string')) ?? null,
      );
      expect(document.course, format.id).toEqual(JSON.parse(JSON.stringify(sample)));
    }
  });

  it('shows images from the package’s own media files, and warns about missing alt text', async () => {
    const stress = await stressCourse();
    const course = structuredClone(stress.course);
    const lesson = course.modules[0]!.lessons[0]!;
    lesson.content['ru']!.content!.push(
      { type: 'image', attrs: { id: 'bImg', asset: course.assets[1]!.id, alt: 'Қазақ әліпбиі' } },
      { type: 'image', attrs: { id: 'bImg2', asset: course.assets[0]!.id, alt: '' } },
    );
    for (const format of exportFormats) {
      const { zip, warnings, warningTexts } = await exportToZip(
        course,
        format.id,
        { languages: ['ru'] },
        undefined,
        stress.assets,
      );
      const page = format.id.startsWith('cc')
        ? `web_resources/content/${lesson.id}.html`
        : `content/${lesson.id}.ru.html`;
      const html = await zip.file(page)!.async('string');
      const src = /<img src="\.\.\/([^"]+)" alt="Қазақ әліпбиі"/.exec(html)?.[1];
      expect(src, format.id).toBeDefined();
      const target = format.id.startsWith('cc') ? `web_resources/${src}` : src!;
      expect(await zip.file(target)!.async('string'), format.id).toBe(`asset 1 ${course.assets[1]!.name}`);
      expect(
        warnings.some((w) => w.startsWith('An image in lesson') && w.endsWith('has no alt text.')),
        format.id,
      ).toBe(true);
      // The export dialog shows the same warnings in the interface language.
      expect(warningTexts.map(englishText), format.id).toEqual(warnings);
      expect(
        warningTexts
          .map((t) => formatMessage(t, 'ru'))
          .some(
            (w) => w.startsWith('У изображения в уроке «') && w.endsWith('(ru) нет текстовой альтернативы.'),
          ),
        format.id,
      ).toBe(true);
    }
  });

  it('carries a licence and attribution page with the asset credits', async () => {
    const stress = await stressCourse();
    const { zip } = await exportToZip(stress.course, 'scorm12', {}, undefined, stress.assets);
    const page = await zip.file('about/licence.ru.html')!.async('string');
    expect(page).toContain('Creative Commons «Атрибуция» 4.0 Международная (CC BY 4.0)');
    expect(page).toContain('<em>Схема сети.png</em>, автор: Автор 0');
    const media = Object.keys(zip.files).filter((n) => n.startsWith('media/'));
    expect(media).toHaveLength(6); // names that differ only in case stay distinct files
  });
});
