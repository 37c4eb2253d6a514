import {
  BrokenInlineError,
  needsStoredOriginal,
  pairMarkers,
  parseOriginal,
  tagsOf,
  type Inline,
  type SpanMarker,
  type TagOriginal,
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
 * XLIFF 2.0 (OASIS Standard, 2014). Inline formatting is `<pc>`/`<ph/>` with `type` and
 * `subType`; what each tag stands for is in the unit's `<originalData>`, the place 2.0 gives
 * for it. A translation whose source changed is `state="initial"` with
 * `subState="oer:outdated"`, since 2.0 has no "needs review" state.
 */

const XLIFF20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** 1.2 ctypes (the common inline model) ⇄ 2.0 type and subType. */
const FORMATS: Record<string, { type: string; subType?: string }> = {
  bold: { type: 'fmt', subType: 'xlf:b' },
  italic: { type: 'fmt', subType: 'xlf:i' },
  underlined: { type: 'fmt', subType: 'xlf:u' },
  lb: { type: 'fmt', subType: 'xlf:lb' },
  'x-strike': { type: 'fmt', subType: 'oer:strike' },
  'x-code': { type: 'fmt', subType: 'oer:code' },
  link: { type: 'link' },
};

function typeOf(ctype: string): { type: string; subType?: string } {
  return FORMATS[ctype] ?? { type: 'other', subType: `oer:${ctype.replace(/^x-(oer-)?/, '')}` };
}

function ctypeOf(type: string | undefined, subType: string | undefined): string {
  const known = Object.entries(FORMATS).find(([, f]) => f.type === type && f.subType === subType);
  if (known) return known[0];
  if (subType?.startsWith('oer:')) return `x-oer-${subType.slice(4)}`;
  return `x-${type ?? 'other'}`;
}

/** Serialises a document as XLIFF 2.0. */
export function writeXliff20(doc: XliffDocument): string {
  const files = doc.files.map((file) =>
    element('file', { id: file.id, 'oer:course': doc.courseId }, indent(file.units.map(writeUnit), 1)),
  );
  return buildXmlDocument(
    element(
      'xliff',
      {
        xmlns: XLIFF20_NAMESPACE,
        'xmlns:oer': OER_NAMESPACE,
        version: '2.0',
        srcLang: doc.sourceLanguage,
        trgLang: doc.targetLanguage,
      },
      indent(files, 0),
    ),
  );
}

function writeUnit(unit: XliffUnit): OrderedNode {
  const children: OrderedNode[] = [];
  if (unit.note)
    children.push(element('notes', {}, [element('note', { category: 'location' }, [text(unit.note)])]));
  // Each tag's original goes into <originalData>. A translation's tag that shares its id with
  // a source tag but stands for something else (a link to a page in the target language) gets
  // its own entry, so the source's stays as it was.
  const data = new Map<string, string>();
  const sourceRefs = new Map<Inline, string>();
  const targetRefs = new Map<Inline, string>();
  for (const tag of tagsOf(unit.source)) {
    if (!needsStoredOriginal(tag)) continue;
    data.set(`d${tag.id}`, JSON.stringify(tag.original));
    sourceRefs.set(tag, `d${tag.id}`);
  }
  for (const tag of tagsOf(unit.target ?? [])) {
    if (!needsStoredOriginal(tag)) continue;
    const json = JSON.stringify(tag.original);
    const ref = data.get(`d${tag.id}`) === json ? `d${tag.id}` : `d${tag.id}t`;
    data.set(ref, json);
    targetRefs.set(tag, ref);
  }
  if (data.size) {
    children.push(
      element(
        'originalData',
        {},
        [...data].map(([id, json]) => element('data', { id }, [text(json)])),
      ),
    );
  }
  const segment = [element('source', { 'xml:space': 'preserve' }, writeInline(unit.source, sourceRefs))];
  if (unit.target)
    segment.push(element('target', { 'xml:space': 'preserve' }, writeInline(unit.target, targetRefs)));
  children.push(
    element(
      'segment',
      {
        state: unit.state === 'translated' ? 'translated' : 'initial',
        subState: unit.state === 'review' ? 'oer:outdated' : undefined,
      },
      indent(segment, 3),
    ),
  );
  return element(
    'unit',
    { id: unit.id, 'oer:sourceHash': unit.sourceHash, 'oer:targetHash': unit.targetHash },
    indent(children, 2),
  );
}

function writeInline(content: Inline[], refs: Map<Inline, string>): OrderedNode[] {
  return content.flatMap((item): OrderedNode[] => {
    if (typeof item === 'string') return item ? [text(item)] : [];
    const dataId = refs.get(item);
    const { type, subType } = typeOf(item.ctype);
    return item.kind === 'pair'
      ? [element('pc', { id: item.id, type, subType, dataRefStart: dataId }, writeInline(item.content, refs))]
      : [element('ph', { id: item.id, type, subType, dataRef: dataId })];
  });
}

/** Reads the `<xliff>` element of an XLIFF 2.0 file. */
export function readXliff20(root: OrderedNode): XliffDocument {
  const fileElements = childElements(root, 'file');
  const files: XliffFile[] = fileElements.map((file) => ({
    id: attr(file, 'id') ?? '',
    units: readUnits(file),
  }));
  const courseIds = new Set(
    [root, ...fileElements].map((f) => attr(f, 'course')).filter((c) => c !== undefined),
  );
  return {
    version: '2.0',
    courseId: courseIds.size ? [...courseIds].join(', ') : undefined,
    sourceLanguage: attr(root, 'srcLang') ?? '',
    targetLanguage: attr(root, 'trgLang') ?? '',
    files,
  };
}

const STATE_RANK: UnitState[] = ['initial', 'review', 'translated'];

function readUnits(parent: OrderedNode): XliffUnit[] {
  return childrenOf(parent).flatMap((child): XliffUnit[] => {
    const name = nameOf(child);
    if (name === 'group') return readUnits(child);
    if (name !== 'unit') return [];
    const data = new Map<string, TagOriginal | null>();
    for (const od of childElements(child, 'originalData'))
      for (const d of childElements(od, 'data')) data.set(attr(d, 'id') ?? '', parseOriginal(deepText(d)));
    const notes = childElements(child, 'notes').flatMap((n) => childElements(n, 'note'));
    const unit: XliffUnit = {
      id: attr(child, 'id') ?? '',
      source: [],
      sourceHash: attr(child, 'sourceHash'),
      targetHash: attr(child, 'targetHash'),
      note: notes.length ? notes.map(deepText).join('\n') : undefined,
    };
    // A tool may split a unit into several segments: the unit is their concatenation, and its
    // state the least finished of theirs.
    const parts = childrenOf(child).filter((c) => ['segment', 'ignorable'].includes(nameOf(c)));
    const sources: OrderedNode[] = [];
    const targets: OrderedNode[] = [];
    let hasTarget = false;
    let state: UnitState | undefined;
    for (const part of parts) {
      const source = childElements(part, 'source')[0];
      const target = childElements(part, 'target')[0];
      sources.push(...(source ? childrenOf(source) : []));
      // An ignorable (whitespace between segments) without a target keeps its source.
      targets.push(
        ...(target ? childrenOf(target) : nameOf(part) === 'ignorable' && source ? childrenOf(source) : []),
      );
      if (target) hasTarget = true;
      if (nameOf(part) === 'segment') {
        const s = segmentState(part);
        if (!state || STATE_RANK.indexOf(s) < STATE_RANK.indexOf(state)) state = s;
      }
    }
    unit.state = state;
    try {
      unit.source = readInline(sources, data);
    } catch (e) {
      unit.error = `its source: ${(e as Error).message}`;
    }
    if (hasTarget) {
      try {
        unit.target = readInline(targets, data);
      } catch (e) {
        unit.error ??= (e as Error).message;
      }
    }
    return [unit];
  });
}

function segmentState(segment: OrderedNode): UnitState {
  const state = attr(segment, 'state') ?? 'initial'; // the 2.0 default
  if (state === 'translated' || state === 'reviewed' || state === 'final') return 'translated';
  return attr(segment, 'subState') === 'oer:outdated' ? 'review' : 'initial';
}

function readInline(nodes: OrderedNode[], data: Map<string, TagOriginal | null>): Inline[] {
  const items: (Inline | SpanMarker)[] = [];
  const original = (ref: string | undefined) => (ref ? (data.get(ref) ?? null) : null);
  for (const node of nodes) {
    const value = textOf(node);
    if (value !== undefined) {
      items.push(value);
      continue;
    }
    const name = nameOf(node);
    const id = attr(node, 'id') ?? '';
    const ctype = ctypeOf(attr(node, 'type'), attr(node, 'subType'));
    if (name === 'pc') {
      items.push({
        kind: 'pair',
        id,
        ctype,
        original: original(attr(node, 'dataRefStart')),
        content: readInline(childrenOf(node), data),
      });
    } else if (name === 'ph') {
      items.push({ kind: 'ph', id, ctype, original: original(attr(node, 'dataRef')) });
    } else if (name === 'sc') {
      if (attr(node, 'isolated') === 'yes') throw new BrokenInlineError(`tag ${id} is split across segments`);
      items.push({ kind: 'start', key: id, id, ctype, original: original(attr(node, 'dataRef')) });
    } else if (name === 'ec') {
      if (attr(node, 'isolated') === 'yes') throw new BrokenInlineError(`tag ${id} is split across segments`);
      items.push({ kind: 'end', key: attr(node, 'startRef') ?? id });
    } else if (name === 'cp') {
      items.push(String.fromCodePoint(parseInt(attr(node, 'hex') ?? '0', 16)));
    } else if (name === 'mrk') {
      items.push(...readInline(childrenOf(node), data));
    } else if (name === 'sm' || name === 'em') {
      // Annotation start and end markers carry no text.
    } else {
      throw new BrokenInlineError(`<${name}> is not a tag that OER Studio wrote`);
    }
  }
  return pairMarkers(items);
}
