import {
  BrokenInlineError,
  needsStoredOriginal,
  pairMarkers,
  parseOriginal,
  type Inline,
  type SpanMarker,
} from './inline';
import { OER_NAMESPACE, type UnitState, type XliffDocument, type XliffFile, type XliffUnit } from './types';
import {
  attr,
  buildXmlDocument,
  childElements,
  childrenOf,
  deepText,
  element,
  indent,
  nameOf,
  text,
  textOf,
  type OrderedNode,
} from './xml';

/**
 * XLIFF 1.2 (OASIS Standard, 2008), the version most CAT tools read. Inline formatting is
 * `<g>`/`<x/>`; OER Studio's own data (course id, source hashes, tag originals) sits in
 * attributes of its own namespace, which the 1.2 schema allows on `<file>`, `<trans-unit>`
 * and inline elements.
 */

const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

const STATE_OUT: Record<UnitState, string> = {
  initial: 'needs-translation',
  review: 'needs-review-translation',
  translated: 'translated',
};

function stateIn(state: string | undefined, approved: string | undefined): UnitState | undefined {
  if (approved === 'yes') return 'translated';
  if (!state) return undefined;
  if (state === 'translated' || state === 'final' || state === 'signed-off') return 'translated';
  if (state.startsWith('needs-review')) return 'review';
  return 'initial'; // new, needs-translation, needs-l10n, needs-adaptation, x-…
}

/** Serialises a document as XLIFF 1.2. */
export function writeXliff12(doc: XliffDocument): string {
  const files = doc.files.map((file) =>
    element(
      'file',
      {
        original: file.id,
        'source-language': doc.sourceLanguage,
        'target-language': doc.targetLanguage,
        datatype: 'x-oer-studio',
        'oer:course': doc.courseId,
      },
      indent([element('body', {}, indent(file.units.map(writeUnit), 2))], 1),
    ),
  );
  return buildXmlDocument(
    element(
      'xliff',
      { version: '1.2', xmlns: XLIFF12_NAMESPACE, 'xmlns:oer': OER_NAMESPACE },
      indent(files, 0),
    ),
  );
}

function writeUnit(unit: XliffUnit): OrderedNode {
  const children = [element('source', {}, writeInline(unit.source))];
  if (unit.target)
    children.push(
      element('target', { state: unit.state && STATE_OUT[unit.state] }, writeInline(unit.target)),
    );
  if (unit.note) children.push(element('note', { from: 'OER Studio' }, [text(unit.note)]));
  return element(
    'trans-unit',
    {
      id: unit.id,
      'xml:space': 'preserve',
      'oer:sourceHash': unit.sourceHash,
      'oer:targetHash': unit.targetHash,
    },
    indent(children, 3),
  );
}

function writeInline(content: Inline[]): OrderedNode[] {
  return content.flatMap((item): OrderedNode[] => {
    if (typeof item === 'string') return item ? [text(item)] : [];
    const attrs = {
      id: item.id,
      ctype: item.ctype,
      'oer:orig': needsStoredOriginal(item) ? JSON.stringify(item.original) : undefined,
    };
    return [item.kind === 'pair' ? element('g', attrs, writeInline(item.content)) : element('x', attrs)];
  });
}

/** Reads the `<xliff>` element of an XLIFF 1.2 file. */
export function readXliff12(root: OrderedNode): XliffDocument {
  const fileElements = childElements(root, 'file');
  const first = fileElements[0];
  const files: XliffFile[] = fileElements.map((file) => ({
    id: attr(file, 'original') ?? '',
    units: childElements(file, 'body').flatMap(readUnits),
  }));
  const courseIds = new Set(fileElements.map((f) => attr(f, 'course')).filter((c) => c !== undefined));
  return {
    version: '1.2',
    courseId:
      courseIds.size === 1 ? [...courseIds][0] : courseIds.size ? [...courseIds].join(', ') : undefined,
    sourceLanguage: (first && attr(first, 'source-language')) ?? '',
    targetLanguage: (first && attr(first, 'target-language')) ?? '',
    files,
  };
}

function readUnits(parent: OrderedNode): XliffUnit[] {
  return childrenOf(parent).flatMap((child): XliffUnit[] => {
    const name = nameOf(child);
    if (name === 'group') return readUnits(child);
    if (name !== 'trans-unit') return [];
    const source = childElements(child, 'source')[0];
    const target = childElements(child, 'target')[0];
    const note = childElements(child, 'note')[0];
    const unit: XliffUnit = {
      id: attr(child, 'id') ?? '',
      source: [],
      state: stateIn(target && attr(target, 'state'), attr(child, 'approved')),
      sourceHash: attr(child, 'sourceHash'),
      targetHash: attr(child, 'targetHash'),
      note: note ? deepText(note) : undefined,
    };
    try {
      unit.source = source ? readInline(childrenOf(source)) : [];
    } catch (e) {
      unit.error = `its source: ${(e as Error).message}`;
    }
    if (target) {
      try {
        unit.target = readInline(childrenOf(target));
      } catch (e) {
        unit.error ??= (e as Error).message;
      }
    }
    return [unit];
  });
}

function readInline(nodes: OrderedNode[]): Inline[] {
  const items: (Inline | SpanMarker)[] = [];
  for (const node of nodes) {
    const value = textOf(node);
    if (value !== undefined) {
      items.push(value);
      continue;
    }
    const name = nameOf(node);
    const id = attr(node, 'id') ?? '';
    const ctype = attr(node, 'ctype') ?? '';
    const original = parseOriginal(attr(node, 'orig'));
    if (name === 'g')
      items.push({ kind: 'pair', id, ctype, original, content: readInline(childrenOf(node)) });
    else if (name === 'x') items.push({ kind: 'ph', id, ctype, original });
    else if (name === 'bx') items.push({ kind: 'start', key: attr(node, 'rid') ?? id, id, ctype, original });
    else if (name === 'ex') items.push({ kind: 'end', key: attr(node, 'rid') ?? id });
    // Segmentation and annotation markers that tools add: their content is the text.
    else if (name === 'mrk') items.push(...readInline(childrenOf(node)));
    else throw new BrokenInlineError(`<${name}> is not a tag that OER Studio wrote`);
  }
  return pairMarkers(items);
}
