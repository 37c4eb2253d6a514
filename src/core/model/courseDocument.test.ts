import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOerError, type OerError } from '../errors';
import { parseCourseDocument, toCourseDocument, validateCourse } from './courseDocument';
import { createCourse } from './course';
import { sequentialIds } from './ids';
import { checkMigrations, migrate, type Migration } from './migrations';
import { SCHEMA_VERSION } from './schema';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

function parseError(json: unknown): OerError {
  try {
    parseCourseDocument(json);
  } catch (e) {
    if (isOerError(e)) return e;
    throw e;
  }
  throw new Error('expected parseCourseDocument to throw');
}

describe('the frozen v1 fixture', () => {
  it('migrates to the latest version and validates, keeping every field', () => {
    const doc = parseCourseDocument(fixture('course.v1.json'));
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.course.languages).toEqual({ source: 'en', target: 'kk' });
    expect(doc.course.title['kk']).toBe('Желілер мен хаттамалар');
    expect(doc.course.modules[0]?.lessons.map((l) => l.id)).toEqual(['lOne', 'lTwo']);
    const en = doc.course.modules[0]?.lessons[0]?.content['en'];
    expect(en?.content?.map((b) => b.attrs?.['id'])).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(doc.course.assets[0]?.name).toBe('Логотип курса.png');
  });

  it('round-trips through toCourseDocument unchanged', () => {
    const doc = parseCourseDocument(fixture('course.v1.json'));
    const again = parseCourseDocument(JSON.parse(JSON.stringify(toCourseDocument(doc.course, doc.app))));
    expect(again).toEqual(doc);
  });
});

describe('parseCourseDocument refuses bad input with a clear message', () => {
  it('refuses JSON that is not a course', () => {
    expect(parseError([1, 2]).code).toBe('not-a-course');
    expect(parseError({ hello: 'world' }).message).toMatch(/not an OER Studio course/);
  });

  it('refuses a newer format version and says to update', () => {
    const doc = fixture('course.v1.json');
    doc.schemaVersion = SCHEMA_VERSION + 1;
    const error = parseError(doc);
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(/newer OER Studio.*Update OER Studio/);
  });

  it('refuses a missing or non-numeric version', () => {
    const doc = fixture('course.v1.json');
    doc.schemaVersion = 'one';
    expect(parseError(doc).code).toBe('damaged-course');
  });

  it('lists schema problems with their paths', () => {
    const doc = fixture('course.v1.json');
    doc.course.modules[0].lessons[1].id = 'lOne';
    doc.course.languages.target = 'not a tag!';
    const error = parseError(doc);
    expect(error.code).toBe('damaged-course');
    expect(error.details.join('\n')).toMatch(/course\.languages\.target: not a valid BCP-47 language tag/);
    expect(error.details.join('\n')).toMatch(/duplicate id "lOne"/);
  });

  it('points at a broken node deep inside a lesson document', () => {
    const doc = fixture('course.v1.json');
    doc.course.modules[0].lessons[0].content.en.content[2].content[1].content = [{ text: 'no type' }];
    const error = parseError(doc);
    expect(error.details.join('\n')).toMatch(
      /modules\.0\.lessons\.0\.content\.en: \.content\.2\.content\.1\.content\.0: a node needs a type/,
    );
    doc.course.modules[0].lessons[0].content.en = { type: 'paragraph' };
    expect(parseError(doc).details.join('\n')).toMatch(/not a document/);
  });

  it('refuses ids that would break manifests', () => {
    const doc = fixture('course.v1.json');
    doc.course.modules[0].id = '1starts-with-a-digit';
    expect(parseError(doc).details[0]).toMatch(/modules\.0\.id: an id starts with a letter/);
  });

  it('keeps unknown fields for forward compatibility', () => {
    const doc = fixture('course.v1.json');
    doc.course.futureField = { kept: true };
    expect((parseCourseDocument(doc).course as Record<string, unknown>)['futureField']).toEqual({
      kept: true,
    });
  });
});

describe('migrations', () => {
  const steps: Migration[] = [
    {
      from: 1,
      description: 'rename title to name',
      migrate: (d) => ({ ...d, name: d['title'], title: undefined }),
    },
    { from: 2, description: 'add tags', migrate: (d) => ({ ...d, tags: [] }) },
  ];

  it('runs the steps in order from the document version', () => {
    const result = migrate({ schemaVersion: 1, title: 'x' }, steps, 3);
    expect(result).toEqual({
      ok: true,
      from: 1,
      doc: { schemaVersion: 3, name: 'x', title: undefined, tags: [] },
    });
    expect(migrate({ schemaVersion: 2, name: 'y' }, steps, 3)).toEqual({
      ok: true,
      from: 2,
      doc: { schemaVersion: 3, name: 'y', tags: [] },
    });
  });

  it('refuses newer and unknown versions', () => {
    expect(migrate({ schemaVersion: 4 }, steps, 3)).toEqual({ ok: false, reason: 'newer', version: 4 });
    expect(migrate({ schemaVersion: 0 }, steps, 3)).toEqual({ ok: false, reason: 'unknown', version: 0 });
  });

  it('checks at load time that steps are consecutive', () => {
    expect(() => checkMigrations(steps, 3)).not.toThrow();
    expect(() => checkMigrations([steps[1] as Migration, steps[0] as Migration], 3)).toThrow(/expected 1/);
  });
});

describe('validateCourse (what main does with every course from the renderer)', () => {
  it('accepts a new course and refuses a tampered one', () => {
    const course = createCourse({ title: 'T', ids: sequentialIds() });
    expect(validateCourse(course)).toEqual(course);
    expect(() => validateCourse({ ...course, languages: { source: 'en', target: 'en' } })).toThrow(
      /not valid/,
    );
    expect(() => validateCourse({ ...course, modules: 'nope' })).toThrow(/not valid/);
  });
});
