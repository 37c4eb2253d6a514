import { XMLParser } from 'fast-xml-parser';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportInput,
  exportToZip,
  hostileCourse,
  sampleCourse,
} from '../../../../test-support/exportFixtures';
import {
  validatePackage,
  validatorAvailable,
  VALIDATOR_MISSING,
} from '../../../../test-support/validatePackage';
import { formatMessage } from '../../messages/message';
import { allLessons } from '../../model/course';
import type { Course } from '../../model/types';
import { checkFile, hasScript } from '../../validate/checkPackage';
import { buildPackage } from '..';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['file', 'item'].includes(name),
});
const XS_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

let dir: string;
let course: Course;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-scorm12-'));
  course = await sampleCourse();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const exported = (c: Course, languages?: string[]) => exportToZip(c, 'scorm12', { languages });

describe('SCORM 1.2 export of the sample course', () => {
  it('has a manifest that parses back to one SCO launching the player', async () => {
    const { zip } = await exported(course);
    const manifest = parser.parse(await zip.file('imsmanifest.xml')!.async('string')).manifest;
    expect(manifest['@_xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(manifest.metadata.schema).toBe('ADL SCORM');
    expect(manifest.metadata.schemaversion).toBe('1.2');
    // LOM metadata (IMS MD 1.2.1): bilingual title, both languages, authors, licence.
    const lom = manifest.metadata['imsmd:lom'];
    expect(lom['imsmd:general']['imsmd:title']['imsmd:langstring']).toEqual([
      { '@_xml:lang': 'en', '#text': course.title['en'] },
      { '@_xml:lang': 'ru', '#text': course.title['ru'] },
    ]);
    expect(lom['imsmd:general']['imsmd:language']).toEqual(['en', 'ru']);
    expect(JSON.stringify(lom['imsmd:lifecycle'])).toContain(`FN:${course.authors[0]}`);
    expect(lom['imsmd:rights']['imsmd:description']['imsmd:langstring'][0]['#text']).toBe(
      'Creative Commons Attribution 4.0 International (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/',
    );
    const org = manifest.organizations.organization;
    expect(manifest.organizations['@_default']).toBe(org['@_identifier']);
    expect(org.title).toBe(course.title['en']);
    expect(org.item).toHaveLength(1);
    const resource = manifest.resources.resource;
    expect(org.item[0]['@_identifierref']).toBe(resource['@_identifier']);
    expect(org.item[0]['@_isvisible']).toBe('true');
    expect(resource['@_adlcp:scormtype']).toBe('sco');
    expect(resource['@_href']).toBe('index.html');
    for (const id of [
      manifest['@_identifier'],
      org['@_identifier'],
      org.item[0]['@_identifier'],
      resource['@_identifier'],
    ]) {
      expect(id).toMatch(XS_ID);
    }
    // Every file of the package is declared, and every declared file is there.
    const files = resource.file.map((f: { '@_href': string }) => f['@_href']).sort();
    const entries = Object.keys(zip.files)
      .filter((n) => n !== 'imsmanifest.xml')
      .sort();
    expect(files).toEqual(entries);
  });

  it('has a page per lesson and language, with no script in any lesson page', async () => {
    const { zip } = await exported(course);
    for (const { lesson } of allLessons(course)) {
      for (const lang of ['en', 'ru']) {
        const html = await zip.file(`content/${lesson.id}.${lang}.html`)!.async('string');
        expect(html).toContain(`lang="${lang}"`);
        expect(hasScript(html)).toBe(false);
      }
    }
    const shell = await zip.file('index.html')!.async('string');
    expect([...shell.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'player/player.js',
    ]);
  });

  it('uses ASCII-safe entry names and no folder entries', async () => {
    const { zip } = await exported(hostileCourse());
    for (const name of Object.keys(zip.files)) {
      expect(name).toMatch(/^[A-Za-z0-9._/-]+$/);
      expect(zip.files[name]!.dir).toBe(false);
    }
  });

  it('is byte-identical when exported twice', async () => {
    const a = await exported(course);
    const b = await exported(course);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('warns about lessons with no text in a language', async () => {
    const c = structuredClone(course);
    c.modules[0]!.lessons[0]!.content['ru'] = { type: 'doc', content: [] };
    const { warnings, warningTexts } = await exported(c);
    const title = c.modules[0]!.lessons[0]!.title['ru'];
    expect(warnings).toEqual([`Lesson "${title}" has no ru text yet.`]);
    // The same warning for the export dialog, worded in the interface language.
    expect(warningTexts.map((t) => formatMessage(t, 'ru'))).toEqual([
      `В уроке «${title}» ещё нет текста на языке ru.`,
    ]);
  });

  it('passes our own package check', async () => {
    const { bytes } = await exported(course);
    expect(await checkFile(bytes)).toEqual({ kind: 'package', family: 'scorm12', errors: [], warnings: [] });
  });

  it.skipIf(!validatorAvailable)('passes the official SCORM 1.2 schemas (validate-package)', async () => {
    const { bytes } = await exported(course);
    const path = join(dir, 'sample-scorm12.zip');
    await writeFile(path, bytes);
    const result = await validatePackage(path);
    expect(result.output).toContain('validate-package: OK (scorm12');
    expect(result.ok).toBe(true);
  });
  if (!validatorAvailable) console.warn(VALIDATOR_MISSING);
});

describe('SCORM 1.2 language options', () => {
  it('exports one language without the other', async () => {
    const { zip } = await exported(course, ['ru']);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.endsWith('.en.html'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.ru.html'))).toHaveLength(allLessons(course).length + 1); // and the licence page
    const manifest = parser.parse(await zip.file('imsmanifest.xml')!.async('string')).manifest;
    expect(manifest.organizations.organization.title).toBe(course.title['ru']);
  });

  it('refuses a language the course does not have', async () => {
    await expect(exported(course, ['de'])).rejects.toMatchObject({
      code: 'export-failed',
      message: 'The course has no language "de": its languages are en and ru.',
    });
  });

  it('refuses an unknown format with the list of known ones', async () => {
    await expect(buildPackage(await exportInput(course), 'pdf')).rejects.toThrow(
      'Unknown export format "pdf". Known formats: scorm12, scorm2004, cc11, cc13, web.',
    );
  });
});

describe('SCORM 1.2 export of a hostile course', () => {
  it('keeps titles as text in the manifest and the pages', async () => {
    const c = hostileCourse();
    const { bytes, zip } = await exported(c);
    const manifest = parser.parse(await zip.file('imsmanifest.xml')!.async('string')).manifest;
    expect(manifest.organizations.organization.title).toBe(c.title['kk']);
    const lesson = c.modules[0]!.lessons[0]!;
    const page = await zip.file(`content/${lesson.id}.kk.html`)!.async('string');
    expect(hasScript(page)).toBe(false);
    expect(page).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    if (validatorAvailable) {
      const path = join(dir, 'hostile.zip');
      await writeFile(path, bytes);
      expect((await validatePackage(path)).ok).toBe(true);
    }
  });
});
