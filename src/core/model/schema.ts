import { z } from 'zod';

/**
 * The course model as zod schemas. The saved form is plain JSON: no classes, no Dates.
 * Rich text is TipTap `JSONContent`, one document per language.
 */

/** Identifiers double as `xs:ID`s in manifests, so they start with a letter and stay ASCII. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'an id starts with a letter and holds only A-Z, a-z, 0-9, _ and -');

/** A BCP-47 language tag, as `Intl` understands it (`en`, `ru`, `kk`, `uz-Latn`, `tg-Cyrl`). */
export const languageTagSchema = z.string().refine(isLanguageTag, 'not a valid BCP-47 language tag');

/** True when `tag` is a well-formed BCP-47 language tag. */
export function isLanguageTag(tag: string): boolean {
  if (tag.length < 2 || tag.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Text in several languages, keyed by language tag. A missing key means "not written yet". */
export const langTextSchema = z.record(z.string(), z.string());

/** A ProseMirror mark in TipTap JSON. */
export interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A ProseMirror node in TipTap JSON. Structure only: the editor schema checks node types. */
export interface NodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJson[];
  marks?: MarkJson[];
  text?: string;
  [key: string]: unknown;
}

/** A whole rich-text document in one language. */
export interface DocJsonShape {
  type: 'doc';
  content?: NodeJson[];
  [key: string]: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where a TipTap JSON document breaks the node structure, or null when it is well formed.
 * Documents are most of a course's bytes, so they are checked by this iterative walk, in
 * place: a recursive zod schema copied every node and took most of the time and memory of
 * opening a large course.
 */
export function docStructureError(doc: unknown): string | null {
  if (!isRecord(doc) || doc['type'] !== 'doc') return 'not a document (type must be "doc")';
  const stack: [unknown, string][] = [[doc, '']];
  while (stack.length) {
    const [node, path] = stack.pop() as [unknown, string];
    if (!isRecord(node) || typeof node['type'] !== 'string' || node['type'] === '')
      return `${path || '(doc)'}: a node needs a type`;
    if (node['attrs'] !== undefined && !isRecord(node['attrs'])) return `${path}.attrs: must be an object`;
    if (node['text'] !== undefined && typeof node['text'] !== 'string')
      return `${path}.text: must be a string`;
    const marks = node['marks'];
    if (marks !== undefined) {
      if (!Array.isArray(marks)) return `${path}.marks: must be a list`;
      for (const [i, mark] of marks.entries()) {
        if (
          !isRecord(mark) ||
          typeof mark['type'] !== 'string' ||
          (mark['attrs'] !== undefined && !isRecord(mark['attrs']))
        ) {
          return `${path}.marks.${i}: a mark needs a type`;
        }
      }
    }
    const content = node['content'];
    if (content !== undefined) {
      if (!Array.isArray(content)) return `${path}.content: must be a list`;
      for (let i = content.length - 1; i >= 0; i--) stack.push([content[i], `${path}.content.${i}`]);
    }
  }
  return null;
}

/** A JSON Schema of a TipTap document, for docs/course.schema.json (zod cannot derive it from a check). */
const docJsonSchemaDescription = {
  type: 'object',
  required: ['type'],
  properties: { type: { const: 'doc' }, content: { type: 'array', items: { $ref: '#/$defs/node' } } },
  $defs: {
    node: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { type: 'string', minLength: 1 },
        attrs: { type: 'object' },
        content: { type: 'array', items: { $ref: '#/$defs/node' } },
        marks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type'],
            properties: { type: { type: 'string' }, attrs: { type: 'object' } },
          },
        },
        text: { type: 'string' },
      },
    },
  },
};

/** A whole rich-text document in one language, checked in place by {@link docStructureError}. */
export const docJsonSchema = z
  .custom<DocJsonShape>((value) => docStructureError(value) === null, {
    error: (issue) => docStructureError(issue.input) ?? 'not a valid document',
  })
  .meta({ jsonSchema: docJsonSchemaDescription });

/**
 * What a translator recorded per target language and block id: the hash of the source block
 * the translation was made from, so an edit of the source shows the translation as out of date.
 */
export const translationsSchema = z.record(
  z.string(),
  z.record(z.string(), z.looseObject({ sourceHash: z.string() })),
);

/** A lesson: bilingual title and one rich-text document per language. */
export const lessonSchema = z.looseObject({
  id: idSchema,
  title: langTextSchema,
  content: z.record(z.string(), docJsonSchema),
  translations: translationsSchema.optional(),
});

/** A module groups lessons. */
export const moduleSchema = z.looseObject({
  id: idSchema,
  title: langTextSchema,
  lessons: z.array(lessonSchema),
});

/** The licences an author can choose: the Creative Commons 4.0 family, CC0, or all rights reserved. */
export const LICENCE_IDS = [
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
  'CC0-1.0',
  'all-rights-reserved',
] as const;
export const licenceSchema = z.enum(LICENCE_IDS);

/** Who made an asset and under which terms: shown on every package's licence page. */
export const attributionSchema = z.looseObject({
  title: z.string().optional(),
  author: z.string().optional(),
  /** Where the asset comes from (a URL or a citation). */
  source: z.string().optional(),
  /** A licence id of {@link LICENCE_IDS}, or any other licence named in words. */
  licence: z.string().optional(),
});

/** A binary file kept in the project, stored by the SHA-256 of its bytes. */
export const assetSchema = z.looseObject({
  id: idSchema,
  /** Lower-case hex SHA-256 of the bytes: the entry name inside the project file. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'an asset hash is 64 lower-case hex digits (SHA-256)'),
  /** The original file name, kept for display; packages use an ASCII-safe name. */
  name: z.string().min(1).max(255),
  mime: z.string().min(1),
  size: z.number().int().nonnegative(),
  attribution: attributionSchema.optional(),
});

/** The course: languages, bilingual metadata, modules and assets. */
export const courseSchema = z
  .looseObject({
    id: idSchema,
    languages: z.object({ source: languageTagSchema, target: languageTagSchema }),
    title: langTextSchema,
    description: langTextSchema.default({}),
    /** Authors' names, in the order they are credited. */
    authors: z.array(z.string()).default([]),
    institution: langTextSchema.default({}),
    /** Keywords per language. */
    keywords: z.record(z.string(), z.array(z.string())).default({}),
    licence: licenceSchema.default('CC-BY-4.0'),
    modules: z.array(moduleSchema),
    assets: z.array(assetSchema).default([]),
  })
  .superRefine((course, ctx) => {
    if (course.languages.source === course.languages.target) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages'],
        message: 'source and target languages must differ',
      });
    }
    const seen = new Set<string>();
    const check = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
      seen.add(id);
    };
    course.modules.forEach((m, mi) => {
      check(m.id, ['modules', mi, 'id']);
      m.lessons.forEach((l, li) => check(l.id, ['modules', mi, 'lessons', li, 'id']));
    });
    course.assets.forEach((a, ai) => check(a.id, ['assets', ai, 'id']));
  });

/** The current version of the saved document. Bump it only together with a new migration. */
export const SCHEMA_VERSION = 2;

/** The `format` marker of a course document. */
export const COURSE_FORMAT = 'oer-studio/course';

/** The document stored as `course.json` in a project file. */
export const courseDocumentSchema = z.looseObject({
  format: z.literal(COURSE_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  app: z.looseObject({ name: z.string(), version: z.string() }),
  course: courseSchema,
});
