import { describe, expect, it } from 'vitest';
import { formatMessage, msg } from '../messages/message';
import { importLanguages } from './importedCourse';
import { ImportReport } from './importReport';
import { manifestKind, parseManifest } from './manifest';
import { resolvePackagePath } from './packagePaths';
import { sniffImageType } from './imageType';

describe('reading manifests of other tools', () => {
  it('reads a SCORM 1.2 manifest with IMS metadata: title, language, items and resources', () => {
    const manifest = parseManifest(`<?xml version="1.0"?>
      <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
        xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
        <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>
          <imsmd:lom><imsmd:general>
            <imsmd:title><imsmd:langstring xml:lang="kk">Желілер</imsmd:langstring></imsmd:title>
            <imsmd:description><imsmd:langstring>Кіріспе</imsmd:langstring></imsmd:description>
          </imsmd:general></imsmd:lom></metadata>
        <organizations default="o2">
          <organization identifier="o1"><title>Other</title></organization>
          <organization identifier="o2"><title>Org</title>
            <item identifier="1a" identifierref="r1"><title>A &amp; B</title></item>
            <item identifier="i2"><title>Part</title><item identifier="i3" identifierref="r2"><title>C</title></item></item>
          </organization>
        </organizations>
        <resources>
          <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="a.html?x=1"><file href="a.html"/></resource>
          <resource identifier="r2" type="webcontent" adlcp:scormtype="asset" xml:base="sub/" href="c.html"><dependency identifierref="r1"/></resource>
        </resources>
      </manifest>`);
    expect(manifest).toMatchObject({
      kind: 'scorm12',
      version: '1.2',
      title: 'Желілер',
      description: 'Кіріспе',
      language: 'kk',
      organizationTitle: 'Org',
    });
    expect(manifest.items).toEqual([
      { id: '1a', title: 'A & B', resourceId: 'r1', children: [] },
      {
        id: 'i2',
        title: 'Part',
        resourceId: undefined,
        children: [{ id: 'i3', title: 'C', resourceId: 'r2', children: [] }],
      },
    ]);
    expect(manifest.resources).toEqual([
      {
        id: 'r1',
        type: 'webcontent',
        scormType: 'sco',
        href: 'a.html?x=1',
        files: ['a.html'],
        dependencies: [],
      },
      {
        id: 'r2',
        type: 'webcontent',
        scormType: 'asset',
        href: 'sub/c.html',
        files: [],
        dependencies: ['r1'],
      },
    ]);
  });

  it('tells the families apart, is lenient on structure, and refuses what is not a manifest', () => {
    expect(manifestKind('<manifest xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"/>')).toBe('cc');
    expect(manifestKind('<manifest xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"/>')).toBe('scorm2004');
    expect(manifestKind('<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"/>')).toBe('imscp');
    expect(
      parseManifest('<manifest xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"/>'),
    ).toMatchObject({
      kind: 'cc',
      version: '1.1',
      title: '',
      items: [],
      resources: [],
    });
    expect(() => parseManifest('<notamanifest/>')).toThrow(/no <manifest> element/);
  });

  it('refuses an entity bomb instead of expanding it', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE manifest [<!ENTITY a "aaaaaaaaaa">
      ${Array.from({ length: 8 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`).join('')}
      ]><manifest><metadata><lom><general><title><string>&bbbbbbbb;</string></title></general></lom></metadata></manifest>`;
    let title = '';
    try {
      title = parseManifest(bomb).title;
    } catch (e) {
      expect((e as Error).message).toMatch(/cannot be read as XML/);
    }
    expect(title.length).toBeLessThan(1_000_000);
  });
});

describe('package paths', () => {
  it.each([
    ['pages/a.html', 'img/x.png', 'pages/img/x.png'],
    ['pages/a.html', '../img/x%20y.png?v=2#top', 'img/x y.png'],
    ['pages/a.html', '$IMS-CC-FILEBASE$/img/x.png', 'img/x.png'],
    ['pages/a.html', '%24IMS-CC-FILEBASE%24/x.png', 'x.png'],
    ['pages/a.html', '/x.png', 'x.png'],
    ['pages/a.html', '../../x.png', null],
    ['a.html', '../etc/passwd', null],
    ['a.html', 'https://example.org/x.png', null],
    ['a.html', 'javascript:alert(1)', null],
    ['a.html', 'a\\..\\..\\x', null],
  ])('from %s, %s is %s', (from, ref, expected) => {
    expect(resolvePackagePath(from, ref)).toBe(expected);
  });
});

describe('imported content', () => {
  it.each([
    [undefined, { source: 'en', target: 'ru' }],
    ['en-US', { source: 'en', target: 'ru' }],
    ['ru_RU', { source: 'ru', target: 'en' }],
    ['RU', { source: 'ru', target: 'en' }],
    ['uz-Latn-UZ', { source: 'uz-Latn', target: 'ru' }],
    ['und', { source: 'en', target: 'ru' }],
    ['x-none', { source: 'en', target: 'ru' }],
    ['not a language', { source: 'en', target: 'ru' }],
  ])('a declared language %s gives %j', (declared, languages) => {
    expect(importLanguages(declared)).toEqual(languages);
  });

  it('types images by their bytes', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a...'))?.mime).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('<?xml version="1.0"?>\n<!-- x --><svg/>'))?.mime).toBe(
      'image/svg+xml',
    );
    expect(sniffImageType(new TextEncoder().encode('<html><script>'))).toBeNull();
  });

  it('reports each loss once per kind, with its pages, and repeated notes once with a count', () => {
    const report = new ImportReport();
    for (const page of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'A']) report.dropped('script', page);
    report.dropped('frame', 'B');
    report.note(msg('report.quiz', { title: 'Q' }));
    report.note(msg('report.quiz', { title: 'Q' }));
    expect(report.lines()).toEqual([
      'Quiz "Q" was not imported: quizzes are not supported yet. (2 times)',
      'Scripts were removed (lessons cannot run them): on 7 pages ("A", "B", "C", "D", "E" and 2 more).',
      'Embedded frames (iframe) were removed: on 1 page ("B").',
    ]);
    // The same report as messages, worded in Russian with Russian plurals and quotes.
    expect(report.messages().map((m) => formatMessage(m, 'ru'))).toEqual([
      'Тест «Q» не импортирован: тесты пока не поддерживаются. (2 раза)',
      'Скрипты удалены (в уроках они не выполняются): на 7 страницах («A», «B», «C», «D», «E» и ещё 2).',
      'Встроенные фреймы (iframe) удалены: на 1 странице («B»).',
    ]);
  });
});
