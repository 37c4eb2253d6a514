import { SCHEMA_VERSION } from '../schema';

/**
 * One step of the file-format history: turns a document of version `from` into `from + 1`.
 * Steps are pure functions over loose JSON, and they run before the schema sees the data,
 * because the schema only knows the latest version.
 */
export interface Migration {
  from: number;
  description: string;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The ordered list of migrations. Version 1 is the first released format, so the list is
 * empty; the next format change appends `{ from: 1, ... }` and bumps `SCHEMA_VERSION`.
 */
export const migrations: readonly Migration[] = [];

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
