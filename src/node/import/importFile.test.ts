/**
 * Imports of packages made by other tools: the real third-party samples of the workplace's
 * shared/samples/ folder (skipped, with a message, where it is absent), and cartridges crafted
 * here to be hostile.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { RESOURCES, TEST_APP, withTempDir } from '../../../test-support/exportFixtures';
import { validatePackage, validatorAvailable } from '../../../test-support/validatePackage';
import { blockId } from '../../core/content/blockIds';
import { englishText, formatMessage } from '../../core/messages/message';
import { allLessons } from '../../core/model/course';
import { validateCourse } from '../../core/model/courseDocument';
import { sequentialIds } from '../../core/model/ids';
import type { Course, NodeJson } from '../../core/model/types';
import { writePackageFile } from '../exportIo';
import { loadPlayerKit } from '../playerKit';
import { openProjectFile, writeProjectFile } from '../projectIo';
import { writeZip } from '../zipWriter';
import { importFile } from './importFile';
import type { ImportProgress, ImportedCourse } from './types';

const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples');
const samplesAvailable = existsSync(SAMPLES);
const SAMPLES_MISSING = `skipped: ${SAMPLES} is absent (the third-party samples live in the workplace's shared/ folder beside the repository)`;
if (!samplesAvailable) console.warn(SAMPLES_MISSING);

const sample = (name: string) => join(SAMPLES, name);

/** Module titles with their lesson titles, in the source language. */
function outline(course: Course): [string, string[]][] {
  const lang = course.languages.source;
  return course.modules.map((m) => [m.title[lang] ?? '', m.lessons.map((l) => l.title[lang] ?? '')]);
}

function nodes(course: Course): NodeJson[] {
  const all: NodeJson[] = [];
  const stack = allLessons(course).flatMap(({ lesson }) => Object.values(lesson.content)) as NodeJson[];
  while (stack.length) {
    const node = stack.pop()!;
    all.push(node);
    stack.push(...(node.content ?? []));
  }
  return all;
}

/**
 * What every import must give: a course that passes the schema, block ids on every top-level
 * block, images that point to assets whose bytes are there, and no trace of hostile markup.
 */
function expectSound({ course, assets }: ImportedCourse): void {
  expect(validateCourse(course)).toBeTruthy();
  for (const { lesson } of allLessons(course)) {
    for (const doc of Object.values(lesson.content)) {
      const ids = (doc.content ?? []).map(blockId);
      expect(ids.every(Boolean)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
  }
  const assetIds = new Set(course.assets.map((a) => a.id));
  for (const node of nodes(course).filter((n) => n.type === 'image'))
    expect(assetIds.has(node.attrs?.['asset'] as string)).toBe(true);
  for (const asset of course.assets) expect(assets.has(asset.hash)).toBe(true);
  const json = JSON.stringify(course);
  for (const hostile of ['<script', 'onerror', 'onclick', 'javascript:', '<iframe'])
    expect(json).not.toContain(hostile);
}

/** Saves the import as a project, reopens it, and exports it as SCORM 1.2. */
async function expectSavesAndExports(imported: ImportedCourse, validate = false): Promise<void> {
  await withTempDir(async (dir) => {
    const project = join(dir, 'imported.oercourse');
    await writeProjectFile(project, imported.course, imported.assets, TEST_APP);
    const reopened = await openProjectFile(project);
    try {
      expect(reopened.warnings).toEqual([]);
      expect(reopened.document.course).toEqual(imported.course);
      const pkg = join(dir, 'scorm12.zip');
      const { bytes } = await writePackageFile(
        pkg,
        {
          course: reopened.document.course,
          openAsset: reopened.assets.open,
          player: await loadPlayerKit(RESOURCES),
          app: TEST_APP,
        },
        'scorm12',
        { languages: [imported.course.languages.source] },
      );
      expect(bytes).toBeGreaterThan(0);
      if (validate && validatorAvailable) {
        const result = await validatePackage(pkg);
        expect(result.output).toBe(result.ok ? result.output : 'valid');
      }
    } finally {
      reopened.assets.close();
    }
  });
}

describe.skipIf(!samplesAvailable)('third-party samples (shared/samples)', () => {
  it('SCORM 1.2 Rustici golf: the one multi-page SCO becomes a module with a lesson per page', async () => {
    const progress: ImportProgress[] = [];
    const imported = await importFile(sample('RuntimeBasicCalls_SCORM12.zip'), {
      ids: sequentialIds(),
      onProgress: (p) => progress.push(p),
    });
    const { course, report } = imported;
    expect(imported.kind).toBe('scorm12');
    expect(course.title).toEqual({ en: 'Golf Explained - Run-time Basic Calls' });
    expect(course.languages).toEqual({ source: 'en', target: 'ru' }); // from <html lang="en-US">
    expect(outline(course)).toEqual([
      [
        'Golf Explained',
        [
          'Playing Golf',
          'Par',
          'Scoring',
          'Other Scoring Systems',
          'Rules of Golf',
          'Etiquette - Course',
          'Etiquette - Play',
          'Etiquette - Playing',
          'Handicapping',
          'Handicap Calculating',
          'Calculating a Score',
          'Handicapping Example',
          'How to Have Fun',
          'How to Make Friends on the Golf Course',
        ],
      ],
    ]);
    // Each page's picture is an asset, typed by its bytes.
    expect(course.assets.length).toBeGreaterThanOrEqual(13);
    expect(course.assets.every((a) => a.mime === 'image/jpeg' || a.mime === 'image/png')).toBe(true);
    const firstLesson = course.modules[0]!.lessons[0]!;
    expect(
      firstLesson.content['en']!.content!.some(
        (b) => b.type === 'image' && b.attrs?.['alt'] === 'golfing image',
      ),
    ).toBe(true);
    expect(firstLesson.content['ru']!.content).toHaveLength(1); // the target starts empty
    expect(report).toContain(
      'The page "Assessment" was not imported: its content is made by scripts (a quiz or an interactive activity).',
    );
    expect(report.join('\n')).toMatch(
      /^Scripts were removed .*: on 16 pages \("Golf Explained", "Playing Golf"/m,
    );
    expect(report.join('\n')).toMatch(/^Tables were turned into plain paragraphs/m);
    expect(progress.at(-1)).toEqual({ done: progress.at(-1)!.total, total: 16 });
    expect(progress.every((p) => p.done <= p.total)).toBe(true);
    expectSound(imported);
    await expectSavesAndExports(imported);
  });

  it('SCORM 2004 Rustici golf: each SCO is a module of its pages, and the scripted quiz is reported', async () => {
    const imported = await importFile(sample('SequencingPostTestRollup4thEd_SCORM20044thEdition.zip'));
    const { course, report } = imported;
    expect(imported.kind).toBe('scorm2004');
    expect(course.title).toEqual({ en: 'Golf Explained - 4th Edition Features' });
    expect(outline(course).map(([m, lessons]) => [m, lessons.length])).toEqual([
      ['Playing the Game', 5],
      ['Etiquette', 3],
      ['Handicapping', 4],
      ['Having Fun', 2],
    ]);
    // The launch page names Course.html twice and never Distracting.html; the manifest lists it.
    expect(outline(course)[1]![1]).toEqual(['Etiquette - Course', 'Etiquette - Playing', 'Etiquette - Play']);
    expect(report[0]).toBe(
      '"Quiz" was not imported: its content is made by scripts (a quiz or an interactive activity).',
    );
    expect(report.join('\n')).toMatch(/^Embedded frames \(iframe\) were removed: on 5 pages/m);
    expectSound(imported);
    await expectSavesAndExports(imported, true);
  });

  it('Canvas CC 1.1: assignments outside any module become pages, and the missing syllabus is reported', async () => {
    const imported = await importFile(sample('canvas_cc_gem_course.imscc'));
    const { course, report } = imported;
    expect(imported.kind).toBe('cc');
    expect(course.title).toEqual({ en: 'Canvas CC Gem Course' });
    expect(outline(course)).toEqual([
      [
        'Canvas CC Gem Course',
        [
          'Assignment: Course with Known Submission Type',
          'Assignment: Course with Unknown Submission Type',
          'Assignment: Course with Missing Submission Type',
        ],
      ],
    ]);
    expect(JSON.stringify(course.modules[0]!.lessons[0]!.content['en'])).toContain(
      'This is assignment content.',
    );
    expect(report).toEqual([
      'The file "course_settings/syllabus.html" is listed in the package but missing from it.',
      'Assignment "Assignment: Course with Known Submission Type" was imported as a page: its submission and grading settings were not.',
      'Assignment "Assignment: Course with Unknown Submission Type" was imported as a page: its submission and grading settings were not.',
      'Assignment "Assignment: Course with Missing Submission Type" was imported as a page: its submission and grading settings were not.',
    ]);
    expectSound(imported);
    await expectSavesAndExports(imported);
  });

  it('Canvas CC 1.1 with LaTeX: the module and its two pages, formulas kept as text', async () => {
    const imported = await importFile(sample('latex.imscc'));
    expect(outline(imported.course)).toEqual([['Example Module', ['Page 1', 'Page 2']]]);
    expect(imported.course.title).toEqual({ en: 'LaTeX Equations' });
    expect(JSON.stringify(imported.course)).toContain('\\\\(f(10) - 1\\\\)');
    expect(imported.report).toEqual([]);
    expectSound(imported);
    await expectSavesAndExports(imported);
  });

  it('CC 1.3 single page: the wiki page outside any module is the one lesson', async () => {
    const imported = await importFile(sample('single-page.imscc'));
    expect(imported.course.title).toEqual({ en: 'The Life of Paul' });
    expect(outline(imported.course)).toEqual([['The Life of Paul', ['Our Purpose']]]);
    expect(imported.report).toEqual([]);
    expectSound(imported);
    await expectSavesAndExports(imported);
  });

  it('CC 1.3 with every QTI question type: the quiz is reported, and the course starts empty', async () => {
    const imported = await importFile(sample('cc-all-question-types.imscc'));
    expect(imported.course.title).toEqual({ en: 'XavierSchool' });
    expect(imported.report).toEqual([
      'Quiz "ALL QUESTION TYPES QUIZ" (4 questions) was not imported: quizzes are not supported yet.',
      'Nothing in the package could become a lesson, so the course starts with an empty one.',
    ]);
    expect(allLessons(imported.course)).toHaveLength(1);
    expectSound(imported);
    await expectSavesAndExports(imported);
  });
});

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const CC_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';

/** A Common Cartridge 1.1 with a hostile page, a web link, a discussion, a quiz and an LTI tool. */
function hostileCartridge(): Record<string, string | Buffer> {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CC_NS}" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest" identifier="m1">
  <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>
    <lomimscc:lom><lomimscc:general>
      <lomimscc:title><lomimscc:string language="ru">Сети &amp; протоколы</lomimscc:string></lomimscc:title>
      <lomimscc:description><lomimscc:string>Вводный курс</lomimscc:string></lomimscc:description>
    </lomimscc:general></lomimscc:lom></metadata>
  <organizations><organization identifier="o1" structure="rooted-hierarchy"><item identifier="root">
    <item identifier="w1"><title>Неделя 1</title>
      <item identifier="i1" identifierref="r_page"><title>Введение</title></item>
      <item identifier="i2" identifierref="r_link"><title>Документация</title></item>
      <item identifier="i3" identifierref="r_topic"><title>Обсуждение</title></item>
      <item identifier="i4" identifierref="r_quiz"><title>Тест 1</title></item>
      <item identifier="i5" identifierref="r_lti"><title>Лаборатория</title></item>
      <item identifier="i6" identifierref="r_gone"><title>Пропавшая страница</title></item>
    </item>
  </item></organization></organizations>
  <resources>
    <resource identifier="r_page" type="webcontent" href="pages/intro.html"><file href="pages/intro.html"/><file href="web_resources/pic.png"/></resource>
    <resource identifier="r_link" type="imswl_xmlv1p1"><file href="links/doc.xml"/></resource>
    <resource identifier="r_topic" type="imsdt_xmlv1p1"><file href="topics/t1.xml"/></resource>
    <resource identifier="r_quiz" type="imsqti_xmlv1p2/imscc_xmlv1p1/assessment"><file href="quiz/q.xml"/></resource>
    <resource identifier="r_lti" type="imsbasiclti_xmlv1p0"><file href="lti.xml"/></resource>
    <resource identifier="r_gone" type="webcontent" href="pages/gone.html"><file href="pages/gone.html"/></resource>
  </resources>
</manifest>`;
  const page = `<html lang="ru"><head><title>Intro</title><script>steal()</script></head><body>
    <h1>Добро пожаловать</h1>
    <p onmouseover="steal()">Текст <strong>курса</strong>.</p>
    <img src="$IMS-CC-FILEBASE$/pic.png" alt="Схема" onerror="steal()">
    <img src="../web_resources/pic.png" alt="Та же схема">
    <img src="../../../etc/passwd" alt="escape">
    <img src="missing.png" alt="missing">
    <img src="https://tracker.example/pixel.gif" alt="web">
    <img src="data:image/png;base64,${PNG.toString('base64')}" alt="inline">
    <a href="javascript:steal()">click me</a>
    <iframe src="https://evil.example/"></iframe>
  </body></html>`;
  return {
    'imsmanifest.xml': manifest,
    'pages/intro.html': page,
    'web_resources/pic.png': PNG,
    'links/doc.xml': `<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"><title>Docs</title><url href="https://example.org/docs" target="_blank"/></webLink>`,
    'topics/t1.xml': `<topic xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1"><title>Topic</title><text texttype="text/html">&lt;p&gt;Что вы думаете?&lt;/p&gt;&lt;script&gt;steal()&lt;/script&gt;</text></topic>`,
    'quiz/q.xml': `<questestinterop><assessment ident="a1" title="Quiz one"><section ident="s"><item ident="q1"/><item ident="q2"/></section></assessment></questestinterop>`,
    'lti.xml': '<cartridge_basiclti_link/>',
  };
}

async function zipFile(path: string, files: Record<string, string | Buffer>): Promise<void> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('crafted packages', () => {
  it('a hostile cartridge: safe content comes through, the rest is reported', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'hostile.imscc');
      await zipFile(path, hostileCartridge());
      const imported = await importFile(path, { ids: sequentialIds() });
      const { course, report } = imported;
      expect(course.title).toEqual({ ru: 'Сети & протоколы' });
      expect(course.description).toEqual({ ru: 'Вводный курс' });
      expect(course.languages).toEqual({ source: 'ru', target: 'en' });
      expect(outline(course)).toEqual([['Неделя 1', ['Введение', 'Документация', 'Обсуждение']]]);
      const [intro, link, topic] = course.modules[0]!.lessons;
      const images = intro!.content['ru']!.content!.filter((b) => b.type === 'image');
      // The FILEBASE and relative references are the same file: one asset. The data: URL is another.
      expect(images.map((i) => i.attrs?.['alt'])).toEqual(['Схема', 'Та же схема', 'inline']);
      expect(course.assets).toHaveLength(1); // the inline picture has the same bytes
      expect(images.every((i) => i.attrs?.['asset'] === course.assets[0]!.id)).toBe(true);
      expect(course.assets[0]).toMatchObject({ name: 'pic.png', mime: 'image/png', size: PNG.length });
      expect(JSON.stringify(intro)).toContain('click me');
      expect(JSON.stringify(link)).toMatch(/"href":"https:\/\/example.org\/docs".*"listed":true/);
      expect(JSON.stringify(topic)).toContain('Что вы думаете?');
      expect(report).toEqual([
        'An image on "Введение" points outside the package ("../../../etc/passwd"); it was refused.',
        'The image "pages/missing.png" is missing from the package.',
        'Discussion "Обсуждение" was imported as a page: the discussion forum itself is not supported.',
        'Quiz "Тест 1" (2 questions) was not imported: quizzes are not supported yet.',
        'External tool "Лаборатория" was not imported: LTI tools are not supported.',
        'The file "pages/gone.html" is listed in the package but missing from it.',
        'Scripts were removed (lessons cannot run them): on 2 pages ("Введение", "Обсуждение").',
        'Embedded frames (iframe) were removed: on 1 page ("Введение").',
        'Images linked from the web were left out (only images inside the file are imported): on 1 page ("Введение").',
      ]);
      // The same lines as messages, for the window: worded in Russian under a Russian interface.
      expect(imported.reportTexts.map(englishText)).toEqual(report);
      expect(imported.reportTexts.map((t) => formatMessage(t, 'ru'))).toEqual([
        'Изображение на странице «Введение» ссылается за пределы пакета («../../../etc/passwd»); оно отклонено.',
        'Изображения «pages/missing.png» нет в пакете.',
        'Обсуждение «Обсуждение» импортировано как страница: сам форум обсуждения не поддерживается.',
        'Тест «Тест 1» (2 вопроса) не импортирован: тесты пока не поддерживаются.',
        'Внешний инструмент «Лаборатория» не импортирован: инструменты LTI не поддерживаются.',
        'Файл «pages/gone.html» указан в пакете, но в самом пакете его нет.',
        'Скрипты удалены (в уроках они не выполняются): на 2 страницах («Введение», «Обсуждение»).',
        'Встроенные фреймы (iframe) удалены: на 1 странице («Введение»).',
        'Изображения по ссылкам из интернета пропущены (импортируются только изображения из самого файла): на 1 странице («Введение»).',
      ]);
      expectSound(imported);
      await expectSavesAndExports(imported);
    });
  });

  it('garbage inside a package costs only the garbage', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'garbage.zip');
      const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
      await zipFile(path, {
        'imsmanifest.xml': `<manifest xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"><organizations><organization>
          <item identifierref="nothing"><title>Ghost</title></item>
          <item identifierref="r1"><title><b>Odd</b> title</title></item>
          <item identifierref="r2"/>
          <item><item><item identifierref="r3"><title>Deep</title></item></item></item>
        </organization></organizations><resources>
          <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="noise.html"/>
          <resource identifier="r2" type="webcontent" adlcp:scormtype="sco" href="page.html"/>
          <resource identifier="r3" type="webcontent" adlcp:scormtype="sco" href="../../outside.html"/>
        </resources></manifest>`,
        'noise.html': noise,
        'page.html': '<p>Text <img src="fake.png" alt="fake"><img src="noise.html"></p>',
        'fake.png': noise,
      });
      const imported = await importFile(path);
      expect(imported.kind).toBe('scorm12');
      expect(allLessons(imported.course)).toHaveLength(2);
      expect(imported.course.assets).toEqual([]);
      expect(imported.report).toEqual(
        expect.arrayContaining([
          '"Ghost" was not imported: the package does not describe what it points to.',
          '"Deep" was not imported: its page lies outside the package.',
          'An image on "page.html" ("fake.png") is not a picture a browser can show; it was left out.',
        ]),
      );
      expectSound(imported);

      await zipFile(path, { 'imsmanifest.xml': noise });
      await importFile(path).then(
        (result) => expectSound(result),
        (e: unknown) =>
          expect(e).toMatchObject({ name: 'OerError', message: expect.stringContaining('imsmanifest.xml') }),
      );
    });
  });

  it('a package zipped with its folder is found one level down', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'folder.zip');
      const files = Object.fromEntries(
        Object.entries(hostileCartridge()).map(([n, d]) => [`course/${n}`, d]),
      );
      await zipFile(path, files);
      expect(outline((await importFile(path)).course)[0]![1]).toHaveLength(3);
    });
  });

  it('refuses a zip with ../ entries, and files it cannot import, saying what it can', async () => {
    await withTempDir(async (dir) => {
      const evil = join(dir, 'evil.imscc');
      await writeZip(evil, [
        { path: 'imsmanifest.xml', data: `<manifest xmlns="${CC_NS}"/>`, deflate: true },
        { path: '../evil.sh', data: 'rm -rf /', deflate: true },
      ]);
      await expect(importFile(evil)).rejects.toMatchObject({
        code: 'unsafe-zip',
        message: expect.stringMatching(/^"evil\.imscc" was not imported\. .*climbs out of the archive/),
      });
      expect(existsSync(join(dir, '..', 'evil.sh'))).toBe(false);

      const text = join(dir, 'notes.txt');
      await writeFile(text, 'just text');
      await expect(importFile(text)).rejects.toMatchObject({
        code: 'unknown-format',
        message: expect.stringContaining('IMS Common Cartridge 1.1–1.3 (.imscc), SCORM 1.2 and SCORM 2004'),
      });
      const other = join(dir, 'photos.zip');
      await zipFile(other, { 'a.jpg': PNG });
      await expect(importFile(other)).rejects.toMatchObject({
        code: 'unknown-format',
        message: expect.stringContaining('holds no imsmanifest.xml'),
      });
      const doc = join(dir, 'old.doc');
      await writeFile(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
      await expect(importFile(doc)).rejects.toMatchObject({
        message: expect.stringContaining('Save it as .docx'),
      });
      expect((await readFile(text, 'utf8')).length).toBeGreaterThan(0);
    });
  });

  it('reopens our own packages exactly, and stops when cancelled', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'hostile.imscc');
      await zipFile(path, hostileCartridge());
      const before = new AbortController();
      before.abort();
      await expect(importFile(path, { signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });
      const during = new AbortController();
      await expect(
        importFile(path, { signal: during.signal, onProgress: (p) => p.done > 0 && during.abort() }),
      ).rejects.toMatchObject({ name: 'AbortError' });

      const imported = await importFile(path, { ids: sequentialIds() });
      const pkg = join(dir, 'own.zip');
      await writePackageFile(
        pkg,
        {
          course: imported.course,
          openAsset: imported.assets.open,
          player: await loadPlayerKit(RESOURCES),
          app: TEST_APP,
        },
        'cc11',
      );
      const again = await importFile(pkg);
      expect(again.kind).toBe('oer-studio');
      expect(again.course).toEqual(imported.course);
      expect(again.report).toEqual([]);
    });
  });
});
