import type { NodeJson } from '../model/types';

/**
 * A short, stable fingerprint of a block's content (text, marks, attributes other than its id),
 * for telling when a source block changed after its translation was written. FNV-1a over a
 * canonical JSON form: synchronous and cheap enough to run on every keystroke for one block.
 */
export function blockHash(block: NodeJson): string {
  let hash = 0x811c9dc5;
  const text = canonical(block, true);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** JSON with sorted keys, leaving out the top-level block id (it never changes the meaning). */
function canonical(value: unknown, top = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && v !== null && !(top && k === 'attrs' && isIdOnly(v)))
      .map(([k, v]) => [k, k === 'attrs' && top ? withoutId(v as Record<string, unknown>) : v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function withoutId(attrs: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = attrs;
  return rest;
}

function isIdOnly(attrs: unknown): boolean {
  return (
    !!attrs &&
    typeof attrs === 'object' &&
    Object.keys(withoutId(attrs as Record<string, unknown>)).every(
      (k) => (attrs as Record<string, unknown>)[k] == null,
    )
  );
}
