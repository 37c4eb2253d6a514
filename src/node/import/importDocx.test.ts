/**
 * Word imports, from .docx files built here part by part (the smallest documents Word and
 * mammoth accept), so each test shows the Word markup it depends on.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { TEST_APP, withTempDir } from '../../../test-support/exportFixtures';
import { formatMessage } from '../../core/messages/message';
import { allLessons } from '../../core/model/course';
import { validateCourse } from '../../core/model/courseDocument';
import { sequentialIds } from '../../core/model/ids';
import type { Course, NodeJson } from '../../core/model/types';
import { openProjectFile, writeProjectFile } from '../projectIo';
import { importFile } from './importFile';
import type { ImportProgress } from './types';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph, in a named style or plain, of runs (`**bold**` runs are bold). */
function p(text: string, style?: string): string {
  const runs = text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((t) =>
      t.startsWith('**')
        ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(t.slice(2, -2))}</w:t></w:r>`
        : `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`,
    )
    .join('');
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs}</w:p>`;
}

/** An inline picture with alt text (`descr`), as Word writes it. */
function picture(rel: string, alt: string): string {
  return `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
    <wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Picture 1" descr="${escapeXml(alt)}"/>
    <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
    <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="p.png"/><pic:cNvPicPr/></pic:nvPicPr>
    <pic:blipFill><a:blip r:embed="${rel}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

function table(rows: string[][]): string {
  const tr = rows
    .map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl>${tr}</w:tbl>`;
}

const style = (id: string, name: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;

/** Writes a .docx whose body is `body`, with Word's heading and title styles and two pictures. */
async function docx(path: string, body: string, core = ''): Promise<void> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>
      <Default Extension="emf" ContentType="image/x-emf"/>
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
    </Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>
      <Relationship Id="rImg" Type="${R}/image" Target="media/image1.png"/>
      <Relationship Id="rEmf" Type="${R}/image" Target="media/image2.emf"/>
      <Relationship Id="rLink" Type="${R}/hyperlink" Target="https://example.org/nets" TargetMode="External"/>
    </Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault></w:docDefaults>
      ${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('Heading3', 'heading 3')}${style('Quote', 'Intense Quote')}</w:styles>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
  );
  zip.file('word/media/image1.png', PNG);
  zip.file('word/media/image2.emf', Buffer.from('\x01\x00\x00\x00 EMF drawing', 'latin1'));
  if (core) zip.file('docProps/core.xml', core);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

function outline(course: Course): [string, string[]][] {
  const lang = course.languages.source;
  return course.modules.map((m) => [m.title[lang] ?? '', m.lessons.map((l) => l.title[lang] ?? '')]);
}

const blocks = (course: Course, title: string): NodeJson[] =>
  allLessons(course).find(({ lesson }) => Object.values(lesson.title).includes(title))!.lesson.content[
    course.languages.source
  ]!.content!;

describe('Word documents', () => {
  it('Heading 1 chapters with Heading 2 sections become modules and lessons, with pictures and their alt text', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'Конспект.docx');
      await docx(
        path,
        [
          p('Компьютерные сети', 'Title'),
          p('Вступление к курсу.'),
          p('Глава 1', 'Heading1'),
          p('Раздел A', 'Heading2'),
          p('Текст с **жирным** словом. <script>alert(1)</script>'),
          table([
            ['Протокол', 'Уровень'],
            ['TCP', 'Транспортный'],
          ]),
          picture('rImg', 'Схема сети'),
          picture('rEmf', 'Старый рисунок'),
          p('Подраздел', 'Heading3'),
          p('Раздел B', 'Heading2'),
          `<w:p><w:hyperlink r:id="rLink"><w:r><w:t>Документация</w:t></w:r></w:hyperlink></w:p>`,
          p('Цитата', 'Quote'),
          p('Глава 2', 'Heading1'),
          p('Обзор главы.'),
          p('Раздел C', 'Heading2'),
          picture('rImg', 'Та же схема'),
        ].join(''),
      );
      const progress: ImportProgress[] = [];
      const imported = await importFile(path, {
        ids: sequentialIds(),
        onProgress: (pr) => progress.push(pr),
      });
      const { course, report } = imported;
      expect(imported.kind).toBe('docx');
      expect(course.title).toEqual({ ru: 'Компьютерные сети' });
      expect(course.languages).toEqual({ source: 'ru', target: 'en' }); // Word's default language
      expect(outline(course)).toEqual([
        ['Компьютерные сети', ['Компьютерные сети']],
        ['Глава 1', ['Раздел A', 'Раздел B']],
        ['Глава 2', ['Глава 2', 'Раздел C']],
      ]);
      const sectionA = blocks(course, 'Раздел A');
      expect(JSON.stringify(sectionA)).toContain('"marks":[{"type":"bold"}],"text":"жирным"');
      // The literal text "<script>" stays text: it was never markup.
      expect(JSON.stringify(sectionA)).toContain('<script>alert(1)</script>');
      // A table row is one paragraph, its cells separated by " | ".
      const text = (b: NodeJson) => (b.content ?? []).map((c) => c.text ?? '').join('');
      expect(sectionA.filter((b) => b.type === 'paragraph').map(text)).toEqual(
        expect.arrayContaining(['Протокол | Уровень', 'TCP | Транспортный']),
      );
      expect(sectionA.find((b) => b.type === 'heading')).toMatchObject({ attrs: { level: 2 } });
      const images = allLessons(course).flatMap(({ lesson }) =>
        lesson.content['ru']!.content!.filter((b) => b.type === 'image'),
      );
      expect(images.map((i) => i.attrs?.['alt'])).toEqual(['Схема сети', 'Та же схема']);
      expect(course.assets).toHaveLength(1); // the same picture twice is one asset
      expect(course.assets[0]).toMatchObject({ mime: 'image/png', size: PNG.length, name: 'image-1.png' });
      expect(images.every((i) => i.attrs?.['asset'] === course.assets[0]!.id)).toBe(true);
      expect(JSON.stringify(blocks(course, 'Раздел B'))).toContain('"href":"https://example.org/nets"');
      expect(report).toEqual([
        'Image 2 of the document ("emf") is in a format browsers cannot show (such as EMF or WMF); it was left out.',
        'Paragraphs in the Word style "Intense Quote" were imported as plain paragraphs.',
        'Tables were turned into plain paragraphs (lessons have no tables yet): on 1 page ("Раздел A").',
      ]);
      expect(imported.reportTexts.map((t) => formatMessage(t, 'ru'))).toEqual([
        'Изображение № 2 в документе («emf») сохранено в формате, который браузеры не показывают (например, EMF или WMF); оно пропущено.',
        'Абзацы в стиле Word «Intense Quote» импортированы как обычные абзацы.',
        'Таблицы превращены в обычные абзацы (в уроках пока нет таблиц): на 1 странице («Раздел A»).',
      ]);
      expect(progress.at(-1)).toEqual({ done: 6, total: 6 });
      expect(validateCourse(course)).toBeTruthy();

      const project = join(dir, 'c.oercourse');
      await writeProjectFile(project, course, imported.assets, TEST_APP);
      const reopened = await openProjectFile(project);
      expect(reopened.warnings).toEqual([]);
      expect(reopened.document.course).toEqual(course);
      reopened.assets.close();
    });
  });

  it('Heading 1 alone makes one lesson per heading; text before it is a first lesson; title from the properties', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'notes.docx');
      await docx(
        path,
        [p('Preface.'), p('Topic one', 'Heading1'), p('One.'), p('Topic two', 'Heading1'), p('Two.')].join(
          '',
        ),
        `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Networks &amp; Protocols</dc:title><dc:language>en-GB</dc:language></cp:coreProperties>`,
      );
      const { course, report } = await importFile(path, { ids: sequentialIds() });
      expect(course.title).toEqual({ en: 'Networks & Protocols' });
      expect(course.languages).toEqual({ source: 'en', target: 'ru' });
      expect(outline(course)).toEqual([
        ['Networks & Protocols', ['Networks & Protocols', 'Topic one', 'Topic two']],
      ]);
      expect(report).toEqual([]);
    });
  });

  it('refuses a damaged document and other Office files with a message, not a crash', async () => {
    await withTempDir(async (dir) => {
      const damaged = join(dir, 'damaged.docx');
      const zip = new JSZip()
        .file('[Content_Types].xml', '<Types/>')
        .file('word/document.xml', '<w:document');
      await writeFile(damaged, await zip.generateAsync({ type: 'nodebuffer' }));
      await expect(importFile(damaged)).rejects.toMatchObject({
        code: 'not-a-course',
        message: expect.stringMatching(
          /^"damaged\.docx" was not imported\. It looks like a Word document but cannot be read/,
        ),
      });
      const sheet = join(dir, 'marks.xlsx');
      const xlsx = new JSZip().file('[Content_Types].xml', '<Types/>').file('xl/workbook.xml', '<workbook/>');
      await writeFile(sheet, await xlsx.generateAsync({ type: 'nodebuffer' }));
      await expect(importFile(sheet)).rejects.toMatchObject({
        code: 'unknown-format',
        message: expect.stringContaining('is an Office file but not a Word document'),
      });
    });
  });

  it('a document without headings is one lesson titled by the file name', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'Лекция 3.docx');
      await docx(path, p('Только текст.'));
      const { course } = await importFile(path);
      expect(outline(course)).toEqual([['Лекция 3', ['Лекция 3']]]);
    });
  });
});
