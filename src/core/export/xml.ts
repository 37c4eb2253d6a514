import { XMLBuilder } from 'fast-xml-parser';

/**
 * Builds XML from a plain object with fast-xml-parser, which escapes text and attribute
 * values. Attributes are keys prefixed with `@_`; `#text` is element text.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Otherwise an attribute whose value is "true" is written bare (isvisible), which is not XML.
  suppressBooleanAttributes: false,
});

/** An XML element as a plain object for {@link buildXml}. */
export type XmlNode = { [key: string]: XmlNode | XmlNode[] | string | number | undefined };

/** Serialises `root` (one top-level element) with an XML declaration. */
export function buildXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;
}

/**
 * A title for a manifest: SCORM 1.2's content-packaging schema allows at most 200 characters
 * (code points), and long lesson titles are real, so longer ones are cut with an ellipsis.
 */
export function manifestTitle(title: string, max = 200): string {
  const chars = [...title];
  return chars.length <= max
    ? title
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
