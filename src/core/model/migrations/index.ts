import { SCHEMA_VERSION } from '../schema';

/**
 * One step of the file-format history: turns a document of version `from` into `from + 1`.
 * Steps are pure functions over loose JSON, and they run before the schema sees the data,
 * because the schema only knows the latest version.
 *
 * A step sees the course document as a whole, each lesson in place: a version-2 file keeps
 * lessons in their own entries, and the reader puts them back in place before migrating.
 */
export interface Migration {
  from: number;
  description: string;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

/** The ordered list of migrations, oldest first. */
export const migrations: readonly Migration[] = [
  {
    from: 1,
    description:
      'Version 2 moves each lesson (its content and translations) out of course.json into its own ' +
      'entry, lessons/<lessonId>.json, so that a large course opens to its outline and saves an edit ' +
      'without reading or rewriting every lesson. The document as a whole is unchanged: a version-1 ' +
      'course.json already holds every lesson in place, which is what the reader assembles.',
    migrate: (doc) => ({ ...doc }),
  },
];

/** Checks at load time that the steps are consecutive and end at the current version. */
export function checkMigrations(list: readonly Migration[], latest: number): void {
  list.forEach((m, i) => {
    const expected = latest - list.length + i;
    if (m.from !== expected) {
      throw new Error(`migration ${i} goes from version ${m.from}, expected ${expected}`);
    }
  });
}
checkMigrations(migrations, SCHEMA_VERSION);

/** The outcome of {@link migrate}. */
export type MigrateResult =
  | { ok: true; doc: Record<string, unknown>; from: number }
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'unknown'; version: unknown };

/**
 * Brings a loose document to the latest version. A newer document is refused, never
 * guessed at; a version older than the oldest migration is unknown.
 */
export function migrate(
  doc: Record<string, unknown>,
  list: readonly Migration[] = migrations,
  latest: number = SCHEMA_VERSION,
): MigrateResult {
  const version = doc['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version))
    return { ok: false, reason: 'unknown', version };
  if (version > latest) return { ok: false, reason: 'newer', version };
  const oldest = latest - list.length;
  if (version < oldest) return { ok: false, reason: 'unknown', version };
  let current = doc;
  for (const step of list.slice(version - oldest)) {
    current = { ...step.migrate(current), schemaVersion: step.from + 1 };
  }
  return { ok: true, doc: current, from: version };
}
