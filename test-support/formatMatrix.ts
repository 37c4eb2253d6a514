/**
 * The export test matrix of one format: the sample and a 300-lesson stress course, each
 * bilingual and in each single language. Every package unzips, has ASCII-safe entry names,
 * passes our own package check and the official schemas (validate-package), and its manifest
 * has the structure an LMS needs. One test file per format, so Vitest runs them in parallel.
 */
import type JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFormat } from '../src/core/export';
import { allLessons } from '../src/core/model/course';
import type { Course } from '../src/core/model/types';
import { checkPackageZip } from '../src/core/validate/checkPackage';
import { exportToZip, sampleCourse, stressCourse } from './exportFixtures';
import { validatePackage, validatorAvailable, VALIDATOR_MISSING } from './validatePackage';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['item', 'resource', 'file', 'dependency'].includes(name),
});
const XS_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

type Item = { '@_identifier': string; '@_identifierref'?: string; title: string; item?: Item[] };
type Resource = { '@_identifier': string; '@_type': string; file: { '@_href': string }[] };
const flatten = (items: Item[] = []): Item[] => items.flatMap((i) => [i, ...flatten(i.item)]);

/** Defines the matrix tests of one format. */
export function describePackageMatrix(formatId: string): void {
  const format = getFormat(formatId);
  let dir: string;
  const courses: Record<string, { course: Course; assets?: Map<string, Uint8Array> }> = {};
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `oer-${formatId}-`));
    courses['sample'] = { course: await sampleCourse() };
    courses['stress'] = await stressCourse();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  if (!validatorAvailable) console.warn(VALIDATOR_MISSING);

  describe(`${format.label} packages`, () => {
    const cases = [
      ['sample', 'bilingual', undefined],
      ['sample', 'en only', ['en']],
      ['sample', 'ru only', ['ru']],
      ['stress', 'bilingual', undefined],
      ['stress', 'ru only', ['ru']],
      ['stress', 'kk only', ['kk']],
    ] as const;
    it.each(cases)('%s course, %s', { timeout: 300_000 }, async (courseName, label, languages) => {
      const { course, assets } = courses[courseName]!;
      const path = join(dir, `${courseName}-${label.replace(' ', '-')}.zip`);
      const { zip } = await exportToZip(
        course,
        formatId,
        { languages: languages ? [...languages] : undefined },
        path,
        assets,
      );
      const names = Object.keys(zip.files);
      for (const name of names) expect(name).toMatch(/^[A-Za-z0-9._/-]+$/);
      const packageLanguages = languages ?? [course.languages.source, course.languages.target];
      if (formatId === 'web') {
        expect(names).toContain('index.html');
        for (const { lesson } of allLessons(course)) {
          for (const lang of packageLanguages) expect(names).toContain(`content/${lesson.id}.${lang}.html`);
        }
        return;
      }
      expect((await checkPackageZip(zip)).errors).toEqual([]);
      await assertManifest(formatId, zip, course, names, packageLanguages);
      // The schema validator takes about a minute per 300-lesson cartridge on this workplace's
      // machines, so the stress course is validated bilingual only; its single-language packages
      // have the same manifest structure and get the structural checks above.
      if (validatorAvailable && (courseName === 'sample' || !languages)) {
        expect((await validatePackage(path)).output).toMatch(/validate-package: OK/);
      }
    });
  });
}

async function assertManifest(
  formatId: string,
  zip: JSZip,
  course: Course,
  names: string[],
  languages: readonly string[],
) {
  const xml = await zip.file('imsmanifest.xml')!.async('string');
  const manifest = parser.parse(xml).manifest;
  const resources: Resource[] = manifest.resources.resource;
  const items = flatten(manifest.organizations.organization.item);
  const ids = [
    manifest['@_identifier'],
    ...items.map((i) => i['@_identifier']),
    ...resources.map((r) => r['@_identifier']),
  ];
  for (const id of ids) expect(id).toMatch(XS_ID);
  expect(new Set(ids).size).toBe(ids.length);
  for (const item of items) expect([...(item.title ?? '')].length).toBeLessThanOrEqual(200);

  if (formatId.startsWith('scorm')) {
    // One SCO that launches the player and lists every file of the package.
    expect(items.filter((i) => i['@_identifierref'])).toHaveLength(1);
    expect(resources).toHaveLength(1);
    expect(resources[0]!.file.map((f) => f['@_href']).sort()).toEqual(
      names.filter((n) => n !== 'imsmanifest.xml').sort(),
    );
    return;
  }
  // A cartridge: modules are folders (Moodle sections), each lesson a web content page.
  const root = manifest.organizations.organization.item[0] as Item;
  expect(root.item!.slice(0, course.modules.length).map((m) => m['@_identifier'])).toEqual(
    course.modules.map((m) => `I_${m.id}`),
  );
  for (const { lesson } of allLessons(course)) {
    const resource = resources.find((r) => r['@_identifier'] === `R_${lesson.id}`)!;
    expect(resource['@_type']).toBe('webcontent');
    expect(resource.file[0]!['@_href']).toBe(`web_resources/content/${lesson.id}.html`);
  }
  const first = allLessons(course)[0]!.lesson;
  const html = await zip.file(`web_resources/content/${first.id}.html`)!.async('string');
  for (const lang of languages) expect(html).toContain(`lang="${lang}"`);
  // Moodle detects CC 1.1 by this default namespace in the first 1,024 bytes.
  const head = xml
    .slice(0, 1024)
    .toLowerCase()
    .replace(/[\s"']/g, '');
  if (formatId === 'cc11') expect(head).toContain('xmlns=http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1');
}
