import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { OerError } from '../../errors';
import { msg, type Message } from '../../messages/message';

/**
 * XML in fast-xml-parser's ordered form, which keeps mixed content (text between inline tags)
 * in order: an element is `{ name: children, ':@': { '@_attr': value } }`, text is `{ '#text' }`.
 */
export type OrderedNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Formatting would indent inside <source> and <target>, changing the text; whitespace
  // between structural elements is added as text nodes by {@link indent} instead.
  format: false,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Segments are mixed content: spaces around tags are part of the text.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Tools pick their own prefixes (xlf:, oer:…); elements and attributes are matched by local name.
  removeNSPrefix: true,
  // CAT tools write characters outside the BMP as numeric references (&#128512;).
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** An element with attributes (undefined ones left out) and children. */
export function element(
  name: string,
  attrs: Record<string, string | undefined>,
  children: OrderedNode[] = [],
): OrderedNode {
  const prefixed: Record<string, string> = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) prefixed[`@_${key}`] = value;
  return Object.keys(prefixed).length ? { [name]: children, [ATTRS]: prefixed } : { [name]: children };
}

/** A text node. */
export function text(value: string): OrderedNode {
  return { [TEXT]: value };
}

/** Children with a line break and indentation before each, and before the closing tag, for readable files. */
export function indent(children: OrderedNode[], depth: number): OrderedNode[] {
  const pad = text(`\n${'  '.repeat(depth + 1)}`);
  const out: OrderedNode[] = [];
  for (const child of children) out.push(pad, child);
  if (children.length) out.push(text(`\n${'  '.repeat(depth)}`));
  return out;
}

/** Serialises one root element with an XML declaration. fast-xml-parser escapes text and attributes. */
export function buildXmlDocument(root: OrderedNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([root]) as string}\n`;
}

/** Parses XML text; throws an {@link OerError} when it is not well-formed XML. */
export function parseXmlDocument(xmlText: string, notXml: Message): OrderedNode[] {
  const textNoBom = xmlText.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(textNoBom);
  if (valid !== true) {
    throw new OerError(
      'unknown-format',
      msg('xml.notWellFormed', { what: notXml, line: valid.err.line, error: valid.err.msg }),
    );
  }
  return parser.parse(textNoBom) as OrderedNode[];
}

/** The name of an element, or `#text` for text. */
export function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((k) => k !== ATTRS) ?? '';
}

/** The children of an element. */
export function childrenOf(node: OrderedNode): OrderedNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
}

/** The child elements named `name`. */
export function childElements(node: OrderedNode, name: string): OrderedNode[] {
  return childrenOf(node).filter((child) => nameOf(child) === name);
}

/** An attribute by local name, or undefined. */
export function attr(node: OrderedNode, name: string): string | undefined {
  const value = (node[ATTRS] as Record<string, unknown> | undefined)?.[`@_${name}`];
  return value === undefined || value === null ? undefined : String(value);
}

/** The text of a text node, or undefined for an element. */
export function textOf(node: OrderedNode): string | undefined {
  const value = node[TEXT];
  return value === undefined ? undefined : String(value);
}

/** All the text inside an element. */
export function deepText(node: OrderedNode): string {
  const own = textOf(node);
  return own ?? childrenOf(node).map(deepText).join('');
}
