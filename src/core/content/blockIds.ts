import type { DocJson, NodeJson } from '../model/types';
import { newId, type IdGenerator } from '../model/ids';

/**
 * Top-level blocks carry a stable `attrs.id`. The target language's blocks reuse the id of the
 * source block they translate, which is how translations stay aligned when blocks move.
 */
export function blockId(node: NodeJson): string | undefined {
  const id = node.attrs?.['id'];
  return typeof id === 'string' && id ? id : undefined;
}

/**
 * Gives every top-level block of `doc` an id, replacing missing and duplicated ones.
 * Returns the same object when nothing changed.
 */
export function ensureBlockIds(doc: DocJson, ids: IdGenerator = newId): DocJson {
  const seen = new Set<string>();
  let changed = false;
  const content = (doc.content ?? []).map((node) => {
    const id = blockId(node);
    if (id && !seen.has(id)) {
      seen.add(id);
      return node;
    }
    changed = true;
    const fresh = ids('b');
    seen.add(fresh);
    return { ...node, attrs: { ...node.attrs, id: fresh } };
  });
  return changed ? { ...doc, content } : doc;
}
