import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import xliff12ToJs from 'xliff/xliff12ToJs';
import xliff2js from 'xliff/xliff2js';
import { sampleCourse } from '../../../../test-support/exportFixtures';
import { isOerError } from '../../errors';
import { formatMessage } from '../../messages/message';
import type { Course, DocJson, Lesson, NodeJson } from '../../model/types';
import { blockHash } from '../blockHash';
import { lessonStates, recordTranslation } from '../state';
import { exportXliff, importXliff, readXliff, summarizeXliffImport, type XliffVersion } from './index';
import type { PairTag } from './inline';

const t = (text: string, marks?: NodeJson['marks']): NodeJson => ({
  type: 'text',
  text,
  ...(marks?.length ? { marks } : {}),
});
const li = (text: string): NodeJson => ({
  type: 'listItem',
  content: [{ type: 'paragraph', content: [t(text)] }],
});
const link = { type: 'link', attrs: { href: 'https://example.org/guide?a=1&b=2', target: '_blank' } };

const SOURCE_L1: NodeJson[] = [
  { type: 'heading', attrs: { id: 'bH', level: 2 }, content: [t('Networks')] },
  {
    type: 'paragraph',
    attrs: { id: 'bP' },
    content: [
      t('Read '),
      t('the guide', [link]),
      t(' and run '),
      t('ping', [{ type: 'code' }]),
      t(' '),
      t('now', [{ type: 'bold' }]),
      { type: 'hardBreak' },
      t('twice.'),
    ],
  },
  { type: 'bulletList', attrs: { id: 'bL' }, content: [li('first'), li('second')] },
  { type: 'horizontalRule', attrs: { id: 'bR' } },
  { type: 'image', attrs: { id: 'bI', asset: 'a1', alt: 'A router', title: 'Figure 1' } },
  { type: 'paragraph', attrs: { id: 'bE' } },
];

/** A small en → ru course: lesson 1 half translated, lesson 2 translated but out of date. */
function fixtureCourse(): Course {
  let l1: Lesson = {
    id: 'l1',
    title: { en: 'Lesson one', ru: 'Урок первый' },
    content: {
      en: { type: 'doc', content: SOURCE_L1 },
      ru: {
        type: 'doc',
        content: [{ type: 'heading', attrs: { id: 'bH', level: 2 }, content: [t('Сети')] }],
      },
    },
  };
  l1 = recordTranslation(l1, 'en', 'ru', 'bH');
  const l2: Lesson = {
    id: 'l2',
    title: { en: 'Lesson two' },
    content: {
      en: { type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'bA' }, content: [t('Packets')] }] },
      ru: { type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'bA' }, content: [t('Пакеты')] }] },
    },
    translations: { ru: { bA: { sourceHash: 'old-source' } } },
  };
  return {
    id: 'cNet',
    languages: { source: 'en', target: 'ru' },
    title: { en: 'Networking', ru: 'Сети' },
    description: { en: 'A course about networks.' },
    authors: [],
    institution: {},
    keywords: { en: ['network', 'router'] },
    licence: 'CC-BY-4.0',
    modules: [{ id: 'm1', title: { en: 'Basics' }, lessons: [l1, l2] }],
    assets: [],
  };
}

const lesson = (course: Course, id: string) =>
  course.modules.flatMap((m) => m.lessons).find((l) => l.id === id) as Lesson;
const doc = (course: Course, id: string, lang: string) => lesson(course, id).content[lang] as DocJson;
const block = (course: Course, id: string, lang: string, blockId: string) =>
  doc(course, id, lang).content?.find((b) => b.attrs?.['id'] === blockId);

/** Inline tags as each version writes them, for the translator's side of the tests. */
const tags = (version: XliffVersion) => ({
  pair: (id: string, ctype: string, content: string) => {
    if (version === '1.2') return `<g id="${id}" ctype="${ctype}">${content}</g>`;
    const type: Record<string, string> = {
      bold: 'type="fmt" subType="xlf:b"',
      link: 'type="link"',
      'x-code': 'type="fmt" subType="oer:code"',
    };
    const attrs = type[ctype] ?? `type="other" subType="oer:${ctype.replace(/^x-oer-/, '')}"`;
    return `<pc id="${id}" ${attrs}>${content}</pc>`;
  },
  lineBreak: (id: string) =>
    version === '1.2' ? `<x id="${id}" ctype="lb"/>` : `<ph id="${id}" type="fmt" subType="xlf:lb"/>`,
  unclosed: (id: string) =>
    version === '1.2'
      ? `<bx id="${id}" rid="r${id}" ctype="bold"/>`
      : `<sc id="${id}" type="fmt" subType="xlf:b"/>`,
});

// Entities stay as written, so a translator's numeric character references reach the importer.
const ordered = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  trimValues: false,
  processEntities: false,
} as const;
type Node = Record<string, unknown>;
const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') as string;
const kids = (n: Node): Node[] => {
  const value = n[nameOf(n)];
  return Array.isArray(value) ? (value as Node[]) : [];
};

/**
 * What a translator's CAT tool does to one unit: a new target (XML fragment) and state. Parses
 * and rebuilds the file with fast-xml-parser, as a tool would, rather than patching text.
 */
function translate(xml: string, unitId: string, target: string | null, state = 'translated'): string {
  const tree = new XMLParser(ordered).parse(xml) as Node[];
  let found = false;
  const visit = (node: Node) => {
    const name = nameOf(node);
    const attrs = node[':@'] as Record<string, string> | undefined;
    if ((name === 'trans-unit' || name === 'unit') && attrs?.['@_id'] === unitId) {
      found = true;
      for (const child of kids(node)) {
        const holder = nameOf(child) === 'segment' ? child : node;
        for (const part of nameOf(child) === 'segment' ? kids(child) : [child]) {
          if (nameOf(part) !== 'target') continue;
          if (target !== null)
            part['target'] = (new XMLParser(ordered).parse(`<t>${target}</t>`) as Node[])[0]?.['t'];
          const stateHolder = name === 'unit' ? holder : part;
          const own = (stateHolder[':@'] ?? {}) as Record<string, string>;
          delete own['@_subState'];
          stateHolder[':@'] = { ...own, '@_state': state };
        }
      }
      return;
    }
    for (const child of kids(node)) visit(child);
  };
  for (const node of tree) visit(node);
  if (!found) throw new Error(`no unit ${unitId}`);
  return new XMLBuilder({ ...ordered, suppressEmptyNode: true }).build(tree) as string;
}

/** The state of every unit, read with a plain fast-xml-parser parse. */
function statesOf(xml: string, version: XliffVersion): Record<string, string> {
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => ['file', 'trans-unit', 'unit'].includes(name),
  }).parse(xml) as { xliff: { file: Record<string, unknown>[] } };
  const states: Record<string, string> = {};
  for (const file of parsed.xliff.file) {
    if (version === '1.2') {
      for (const unit of (file['body'] as { 'trans-unit': Node[] })['trans-unit'])
        states[unit['@_id'] as string] = (unit['target'] as Node)['@_state'] as string;
    } else {
      for (const unit of file['unit'] as Node[]) {
        const segment = unit['segment'] as Node;
        states[unit['@_id'] as string] = [segment['@_state'], segment['@_subState']]
          .filter(Boolean)
          .join('/');
      }
    }
  }
  return states;
}

describe.each<XliffVersion>(['1.2', '2.0'])('XLIFF %s', (version) => {
  const { pair, lineBreak, unclosed } = tags(version);
  const read = (xml: string) => (version === '1.2' ? xliff12ToJs(xml) : xliff2js(xml));

  it('exports every unit with a target, its state, a location note and the source hash', async () => {
    const course = fixtureCourse();
    const { xml, counts } = exportXliff(course, { version });
    const js = await read(xml);
    expect(js.sourceLanguage).toBe('en');
    expect(js.targetLanguage).toBe('ru');
    expect(Object.keys(js.resources)).toEqual(['course:cNet', 'lesson:l1', 'lesson:l2']);
    expect(Object.keys(js.resources['course:cNet'] ?? {})).toEqual([
      'title:cNet',
      'description:cNet',
      'keywords:cNet',
      'title:m1',
    ]);
    // No unit for the horizontal rule or the empty paragraph: nothing to translate.
    expect(Object.keys(js.resources['lesson:l1'] ?? {})).toEqual(['title:l1', 'bH', 'bP', 'bL', 'bI']);
    const l1 = js.resources['lesson:l1'] as Record<
      string,
      { source: unknown; target: unknown; note?: string }
    >;
    expect(l1['bH']?.target).toBe('Сети');
    // Untranslated: the target is a copy of the source, inline tags and all.
    expect(l1['bP']?.target).toEqual(l1['bP']?.source);
    expect(l1['bP']?.note).toBe('Basics › Lesson one');
    expect(JSON.stringify(l1['bP']?.source)).toContain('ping');
    const untranslated = version === '1.2' ? 'needs-translation' : 'initial';
    expect(statesOf(xml, version)).toEqual({
      'title:cNet': 'translated',
      'description:cNet': untranslated,
      'keywords:cNet': untranslated,
      'title:m1': untranslated,
      'title:l1': 'translated',
      bH: 'translated',
      bP: untranslated,
      bL: untranslated,
      bI: untranslated,
      'title:l2': untranslated,
      bA: version === '1.2' ? 'needs-review-translation' : 'initial/oer:outdated',
    });
    expect(counts).toEqual({ initial: 7, review: 1, translated: 3, total: 11 });
    expect(xml).toContain('course="cNet"');
    expect(xml).toContain(`sourceHash="${blockHash(SOURCE_L1[1] as NodeJson)}"`);
    // Inline formatting is XLIFF tags, not escaped HTML.
    expect(xml).not.toMatch(/&lt;(b|strong|a|code)\b/);
  });

  it('imports an untouched export without changing anything', () => {
    const course = fixtureCourse();
    const { course: after, report } = importXliff(course, exportXliff(course, { version }).xml);
    expect(after).toBe(course);
    expect(report).toMatchObject({
      updated: 0,
      outdated: [],
      unknownIds: [],
      brokenUnits: [],
      unchanged: 11,
    });
  });

  it('round-trips the sample course without changing it', async () => {
    const course = await sampleCourse();
    const { xml } = exportXliff(course, { version });
    const { course: after, report } = importXliff(course, xml);
    expect(after).toEqual(course);
    expect(report.updated).toBe(0);
    expect(report.brokenUnits).toEqual([]);
  });

  it('applies a translation: blocks in source order, formatting kept, states done, titles and metadata', () => {
    const course = fixtureCourse();
    let xml = exportXliff(course, { version }).xml;
    xml = translate(
      xml,
      'bP',
      `Прочтите ${pair('1', 'link', 'руководство')} и запустите ${pair('2', 'x-code', 'ping')} ${pair('3', 'bold', 'сейчас')}${lineBreak('4')}дважды.`,
    );
    xml = translate(
      xml,
      'bL',
      `${pair('1', 'x-oer-listItem-paragraph', 'первый')}${pair('2', 'x-oer-listItem-paragraph', 'второй')}`,
    );
    xml = translate(xml, 'bI', `Маршрутизатор${pair('1', 'x-oer-caption', 'Рисунок 1')}`);
    xml = translate(xml, 'description:cNet', 'Курс о сетях.');
    xml = translate(xml, 'keywords:cNet', 'сеть, маршрутизатор');
    xml = translate(xml, 'title:m1', 'Основы');
    xml = translate(xml, 'title:l2', 'Урок второй');
    const { course: after, report } = importXliff(course, xml);
    expect(report).toMatchObject({
      updated: 7,
      unchanged: 4,
      outdated: [],
      unknownIds: [],
      brokenUnits: [],
      copiedBlocks: 1,
      changedLessons: ['l1', 'l2'],
    });
    expect(Object.fromEntries(lessonStates(lesson(after, 'l1'), 'en', 'ru'))).toEqual({
      bH: 'done',
      bP: 'done',
      bL: 'done',
      bR: 'done',
      bI: 'done',
      bE: 'done',
    });
    expect(doc(after, 'l1', 'ru').content?.map((b) => b.attrs?.['id'])).toEqual([
      'bH',
      'bP',
      'bL',
      'bR',
      'bI',
    ]);
    expect(block(after, 'l1', 'ru', 'bP')).toEqual({
      type: 'paragraph',
      attrs: { id: 'bP' },
      content: [
        t('Прочтите '),
        t('руководство', [link]),
        t(' и запустите '),
        t('ping', [{ type: 'code' }]),
        t(' '),
        t('сейчас', [{ type: 'bold' }]),
        { type: 'hardBreak' },
        t('дважды.'),
      ],
    });
    expect(block(after, 'l1', 'ru', 'bL')).toEqual({
      type: 'bulletList',
      attrs: { id: 'bL' },
      content: [li('первый'), li('второй')],
    });
    expect(block(after, 'l1', 'ru', 'bI')?.attrs).toEqual({
      id: 'bI',
      asset: 'a1',
      alt: 'Маршрутизатор',
      title: 'Рисунок 1',
    });
    expect(after.description['ru']).toBe('Курс о сетях.');
    expect(after.keywords['ru']).toEqual(['сеть', 'маршрутизатор']);
    expect(after.modules[0]?.title['ru']).toBe('Основы');
    expect(lesson(after, 'l2').title['ru']).toBe('Урок второй');
    // The input course is untouched: the app applies the result as one undo step.
    expect(course).toEqual(fixtureCourse());
    // Exported again and imported, the translated course stays as it is.
    expect(importXliff(after, exportXliff(after, { version }).xml).course).toBe(after);
    expect(summarizeXliffImport(report)[0]).toBe(
      `XLIFF ${version}: 7 units updated, 4 unchanged, in 2 lessons.`,
    );
  });

  it("keeps a translation's own link target apart from the source's", () => {
    const course = structuredClone(fixtureCourse());
    const ruLink = { type: 'link', attrs: { href: 'https://example.ru/руководство', target: '_blank' } };
    (doc(course, 'l1', 'ru').content as NodeJson[]).push({
      type: 'paragraph',
      attrs: { id: 'bP' },
      content: [t('Прочтите '), t('руководство', [ruLink])],
    });
    const { xml } = exportXliff(course, { version });
    const unit = readXliff(xml).files[1]?.units.find((u) => u.id === 'bP');
    const linkOf = (content: unknown[] | undefined) =>
      (content?.find((i) => typeof i !== 'string' && (i as PairTag).ctype === 'link') as PairTag).original;
    // The same tag id as the source's link (CAT tools expect it), its own target.
    expect(linkOf(unit?.source)).toEqual({ mark: link });
    expect(linkOf(unit?.target)).toEqual({ mark: ruLink });
    expect(importXliff(course, xml).course).toBe(course);
    // A CAT tool that rewrites the tag without our attributes keeps the translation's link.
    const edited = translate(xml, 'bP', `Читайте ${pair('1', 'link', 'руководство')}`);
    const after = importXliff(course, edited).course;
    expect(block(after, 'l1', 'ru', 'bP')?.content).toEqual([t('Читайте '), t('руководство', [ruLink])]);
  });

  it('fills an empty placeholder that the editor aligned with the source block', () => {
    const course = structuredClone(fixtureCourse());
    (doc(course, 'l1', 'ru').content as NodeJson[]).push({ type: 'paragraph', attrs: { id: 'bL' } });
    const xml = translate(
      exportXliff(course, { version }).xml,
      'bL',
      `${pair('1', 'x-oer-listItem-paragraph', 'первый')}${pair('2', 'x-oer-listItem-paragraph', 'второй')}`,
    );
    const { course: after, report } = importXliff(course, xml);
    expect(report.brokenUnits).toEqual([]);
    expect(block(after, 'l1', 'ru', 'bL')).toEqual({
      type: 'bulletList',
      attrs: { id: 'bL' },
      content: [li('первый'), li('второй')],
    });
    // The rule after the list has nothing to translate: it is copied with the translation.
    expect(doc(after, 'l1', 'ru').content?.map((b) => b.attrs?.['id'])).toEqual(['bH', 'bL', 'bR']);
  });

  it('keeps Cyrillic and emoji, and reads numeric character references', () => {
    const course = fixtureCourse();
    const xml = translate(exportXliff(course, { version }).xml, 'bP', 'Привет 😀 &#128512; &#x1F680; ёЁ «ъ»');
    const { course: after } = importXliff(course, xml);
    expect(block(after, 'l1', 'ru', 'bP')?.content).toEqual([t('Привет 😀 😀 🚀 ёЁ «ъ»')]);
    const { course: again } = importXliff(after, exportXliff(after, { version }).xml);
    expect(again).toBe(after);
  });

  it('applies a unit whose source changed since export, leaves it out of date and reports it', () => {
    const course = fixtureCourse();
    const xml = translate(exportXliff(course, { version }).xml, 'bH', 'Компьютерные сети');
    // The author edits the source heading after the export.
    const edited = structuredClone(course);
    (doc(edited, 'l1', 'en').content as NodeJson[])[0] = {
      type: 'heading',
      attrs: { id: 'bH', level: 2 },
      content: [t('Computer networks')],
    };
    const { course: after, report } = importXliff(edited, xml);
    expect(block(after, 'l1', 'ru', 'bH')?.content).toEqual([t('Компьютерные сети')]);
    expect(report.outdated).toEqual([
      { id: 'bH', where: 'Basics › Lesson one', whereText: 'Basics › Lesson one' },
    ]);
    expect(lessonStates(lesson(after, 'l1'), 'en', 'ru').get('bH')).toBe('outdated');
    expect(summarizeXliffImport(report).join('\n')).toMatch(/1 unit applied but left out of date.*bH/);
  });

  it('marks an out-of-date translation done when the translator confirms it unchanged', () => {
    const course = fixtureCourse();
    expect(lessonStates(lesson(course, 'l2'), 'en', 'ru').get('bA')).toBe('outdated');
    const xml = translate(exportXliff(course, { version }).xml, 'bA', null, 'translated');
    const { course: after, report } = importXliff(course, xml);
    expect(report.updated).toBe(1);
    expect(lessonStates(lesson(after, 'l2'), 'en', 'ru').get('bA')).toBe('done');
    expect(block(after, 'l2', 'ru', 'bA')).toEqual(block(course, 'l2', 'ru', 'bA'));
  });

  it('never overwrites a translation with an untranslated copy of the source', () => {
    const course = fixtureCourse();
    const xml = exportXliff(course, { version }).xml; // bP is a copy of the source, needs translation
    // Meanwhile someone translates bP in the app.
    const later = structuredClone(course);
    const ru = doc(later, 'l1', 'ru').content as NodeJson[];
    ru.push({ type: 'paragraph', attrs: { id: 'bP' }, content: [t('Уже переведено')] });
    const { course: after, report } = importXliff(later, xml);
    expect(after).toBe(later);
    expect(report.updated).toBe(0);
  });

  it('does not revert translations edited or deleted in the app after the export', () => {
    const course = fixtureCourse();
    const xml = exportXliff(course, { version }).xml; // bH "Сети", the lesson title, left untouched
    const later = structuredClone(course);
    (doc(later, 'l1', 'ru').content as NodeJson[])[0] = {
      type: 'heading',
      attrs: { id: 'bH', level: 2 },
      content: [t('Компьютерные сети')],
    };
    lesson(later, 'l1').title['ru'] = 'Первый урок';
    doc(later, 'l2', 'ru').content = [];
    const { course: after, report } = importXliff(later, xml);
    expect(after).toBe(later);
    expect(report.updated).toBe(0);
  });

  it("reports a translation edited on both sides, and takes the translator's", () => {
    const course = fixtureCourse();
    const xml = translate(exportXliff(course, { version }).xml, 'bH', 'Сети передачи данных');
    const later = structuredClone(course);
    (doc(later, 'l1', 'ru').content as NodeJson[])[0] = {
      type: 'heading',
      attrs: { id: 'bH', level: 2 },
      content: [t('Компьютерные сети')],
    };
    const { course: after, report } = importXliff(later, xml);
    expect(block(after, 'l1', 'ru', 'bH')?.content).toEqual([t('Сети передачи данных')]);
    expect(report.conflicts).toEqual([
      { id: 'bH', where: 'Basics › Lesson one', whereText: 'Basics › Lesson one' },
    ]);
    expect(summarizeXliffImport(report).join('\n')).toMatch(
      /1 translation edited in OER Studio after the export/,
    );
  });

  it('reports unknown ids and broken tags, skips those units and applies the rest', () => {
    const course = fixtureCourse();
    let xml = exportXliff(course, { version }).xml;
    xml = translate(xml, 'bP', `Прочтите ${pair('9', 'x-unknown', 'это')}`);
    xml = translate(xml, 'bL', `${pair('1', 'x-oer-listItem-paragraph', 'первый')} и текст вне пунктов`);
    xml = translate(xml, 'bI', `${unclosed('1')}Маршрутизатор`);
    xml = translate(xml, 'bA', 'Пакеты данных');
    xml = translate(xml, 'description:cNet', 'Курс о сетях.');
    // The author deletes lesson 2's paragraph after the export.
    const edited = structuredClone(course);
    doc(edited, 'l2', 'en').content = [];
    const { course: after, report } = importXliff(edited, xml);
    expect(report.unknownIds).toEqual(['bA']);
    expect(report.brokenUnits.map((u) => u.id)).toEqual(['bP', 'bL', 'bI']);
    expect(report.brokenUnits[0]?.reason).toMatch(/tag 9/);
    expect(report.brokenUnits[1]?.reason).toMatch(/outside/);
    expect(report.brokenUnits[2]?.reason).toMatch(/never closed/);
    expect(report.brokenUnits[0]?.where).toBe('Basics › Lesson one');
    expect(doc(after, 'l1', 'ru')).toEqual(doc(edited, 'l1', 'ru'));
    expect(after.description['ru']).toBe('Курс о сетях.');
    const summary = summarizeXliffImport(report).join('\n');
    expect(summary).toMatch(/3 units skipped because of broken tags/);
    expect(summary).toMatch(/1 unit skipped because the course has no such id.*bA/);
  });

  it('names course and module units by places the app words in its language', () => {
    const course = fixtureCourse();
    let xml = exportXliff(course, { version }).xml;
    xml = translate(xml, 'description:cNet', `Курс ${pair('1', 'bold', 'о сетях')}`);
    xml = translate(xml, 'title:m1', `${pair('1', 'bold', 'Основы')}`);
    const { report } = importXliff(course, xml);
    expect(report.brokenUnits.map((u) => u.where)).toEqual(['Course', 'Module Basics']);
    expect(report.brokenUnits.map((u) => formatMessage(u.whereText, 'ru'))).toEqual([
      'Курс',
      'Модуль «Basics»',
    ]);
  });

  it('lets no script or unknown node in through tags from the file', () => {
    const course = fixtureCourse();
    const evil = (json: object) => JSON.stringify(json).replace(/"/g, '&quot;');
    const evilTag =
      version === '1.2'
        ? (id: string, json: object, text: string) =>
            `<g id="${id}" ctype="link" oer:orig="${evil(json)}">${text}</g>`
        : (id: string, _json: object, text: string) =>
            `<pc id="${id}" type="other" subType="oer:script">${text}</pc>`;
    let xml = exportXliff(course, { version }).xml;
    // Tag 1 is the source's link: a target that claims another address for it gets the source's.
    xml = translate(
      xml,
      'bP',
      `Прочтите ${evilTag('1', { mark: { type: 'link', attrs: { href: 'javascript:alert(1)' } } }, 'это')}`,
    );
    xml = translate(xml, 'bH', `Сети ${evilTag('7', { node: { type: 'script' } }, 'x')}`);
    const { course: after, report } = importXliff(course, xml);
    expect(JSON.stringify(after)).not.toMatch(/javascript:|"script"/);
    expect(report.brokenUnits.map((u) => u.id)).toEqual(['bH']);
    if (version === '1.2') expect(block(after, 'l1', 'ru', 'bP')?.content?.[1]?.marks).toEqual([link]);
  });

  it('refuses a file for another course, another language pair, or not XLIFF', () => {
    const course = fixtureCourse();
    const { xml } = exportXliff(course, { version });
    const refusal = (c: Course, text: string) => {
      try {
        importXliff(c, text);
      } catch (e) {
        expect(isOerError(e)).toBe(true);
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal({ ...course, id: 'cOther' }, xml)).toMatch(
      /exported from another course \(id cNet\).*Open the course it was exported from/,
    );
    expect(refusal({ ...course, languages: { source: 'en', target: 'kk' } }, xml)).toMatch(
      /translates en → ru, but the course is en → kk\. Export a new XLIFF file/,
    );
    expect(refusal(course, 'just text')).toMatch(/not an XLIFF file/);
    expect(refusal(course, '<html><body>x</body></html>')).toMatch(/not an XLIFF file/);
    expect(refusal(course, '<xliff version="3.0"/>')).toMatch(/version 3\.0.*1\.2 and 2\.0/);
  });
});

describe('XLIFF export options and files from other tools', () => {
  it('exports the chosen lessons only, and refuses unknown lesson ids', async () => {
    const course = fixtureCourse();
    const js = await xliff12ToJs(exportXliff(course, { lessonIds: ['l2'] }).xml);
    expect(Object.keys(js.resources)).toEqual(['lesson:l2']);
    expect(() => exportXliff(course, { lessonIds: ['l2', 'nope'] })).toThrow(/no lesson with the id "nope"/);
  });

  it('reads a 2.0 unit a tool split into segments, with start and end codes', () => {
    const course = fixtureCourse();
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
  <file id="lesson:l1">
    <unit id="bH">
      <segment state="translated"><source>Net</source><target>Компьютерные </target></segment>
      <ignorable><source></source></ignorable>
      <segment state="final"><source>works</source><target><sc id="7" type="fmt" subType="xlf:b"/>сети<ec startRef="7"/></target></segment>
    </unit>
  </file>
</xliff>`;
    const { course: after, report } = importXliff(course, xml);
    expect(block(after, 'l1', 'ru', 'bH')?.content).toEqual([
      t('Компьютерные '),
      t('сети', [{ type: 'bold' }]),
    ]);
    // No hash in the file: the source in the file is compared with the course's.
    expect(report.outdated).toEqual([]);
    expect(report.warnings[0]).toMatch(/does not say which course/);
  });

  it('reads a 1.2 target with segmentation marks and a begin/end pair', () => {
    const course = fixtureCourse();
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="lesson:l1" source-language="en-US" target-language="ru" datatype="plaintext"><body>
    <group id="g"><trans-unit id="bH"><source>Networks</source>
      <target><mrk mtype="seg" mid="1">Компьютерные <bx id="1" rid="a" ctype="italic"/>сети<ex id="2" rid="a"/></mrk></target>
    </trans-unit></group>
  </body></file>
</xliff>`;
    expect(() => importXliff(course, xml)).toThrow(/translates en-US → ru/);
    const { course: after } = importXliff(course, xml.replace('en-US', 'EN'));
    expect(block(after, 'l1', 'ru', 'bH')?.content).toEqual([
      t('Компьютерные '),
      t('сети', [{ type: 'italic' }]),
    ]);
  });
});
