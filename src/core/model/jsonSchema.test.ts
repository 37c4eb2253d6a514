import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCHEMA_VERSION, courseDocumentSchema } from './schema';

/**
 * docs/course.schema.json is generated from the zod schema so that other tools can write
 * courses. This test fails when the two drift apart; `npm run schema` regenerates the file.
 */
const path = new URL('../../../docs/course.schema.json', import.meta.url);

function generate(): string {
  const schema = z.toJSONSchema(courseDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return `${JSON.stringify({ ...schema, $id: `https://oer-studio.org/schema/course-${SCHEMA_VERSION}.json`, title: `OER Studio course document, schema version ${SCHEMA_VERSION} (course.json with each lesson in place)` }, null, 2)}\n`;
}

describe('docs/course.schema.json', () => {
  it('matches the zod schema', () => {
    const fresh = generate();
    if (process.env['UPDATE_SCHEMA']) writeFileSync(path, fresh);
    expect(readFileSync(path, 'utf8')).toBe(fresh);
  });

  it('describes the required envelope and the block structure', () => {
    const schema = JSON.parse(generate());
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'schemaVersion', 'app', 'course']));
    expect(schema.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
    expect(JSON.stringify(schema)).toContain('^[A-Za-z][A-Za-z0-9_-]{0,63}$');
  });
});
