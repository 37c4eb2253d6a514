import type { Node as PmNode } from '@tiptap/pm/model';
import type { DocJson, NodeJson } from '../../../core/model/types';

/**
 * The JSON of each top-level block, by ProseMirror node. A transaction keeps the node objects
 * of the blocks it did not touch, so a keystroke converts one block instead of the whole
 * lesson, and the unchanged blocks keep their JSON objects: the translation state's caches
 * (keyed by those objects) stay warm.
 */
const blocks = new WeakMap<PmNode, NodeJson>();

/** The JSON of a ProseMirror document, as `editor.getJSON()` gives it, but incrementally. */
export function docToJson(doc: PmNode): DocJson {
  const content: NodeJson[] = [];
  doc.forEach((node) => {
    let json = blocks.get(node);
    if (!json) {
      json = node.toJSON() as NodeJson;
      blocks.set(node, json);
    }
    content.push(json);
  });
  return { type: 'doc', content };
}
