/**
 * Reading `imsmanifest.xml` of packages made by other tools: IMS Common Cartridge, SCORM 1.2,
 * SCORM 2004 and plain IMS content packages share one structure (metadata with LOM, an
 * organization tree of items, resources with files). Real exports often break the schemas
 * (Canvas ids start with digits, files are listed but missing), so this reader is lenient: it
 * keeps what it can read and never insists on what the schemas require.
 */
import { XMLParser } from 'fast-xml-parser';
import { OerError } from '../errors';
import { msg } from '../messages/message';

/** The family of a manifest package. */
export type ManifestKind = 'cc' | 'scorm12' | 'scorm2004' | 'imscp';

/** An item of the organization: a module when it has children, else it points to a resource. */
export interface ManifestItem {
  id: string;
  title: string;
  /** The resource it points to (`identifierref`). */
  resourceId?: string;
  children: ManifestItem[];
}

/** A resource: its type, its launch file (`href`), its own files, and the resources it needs. */
export interface ManifestResource {
  id: string;
  type: string;
  /** SCORM's `adlcp:scormtype`: `sco` or `asset`. */
  scormType?: string;
  /** The launch file as written, with any query (`shared/launchpage.html?content=playing`). */
  href?: string;
  files: string[];
  dependencies: string[];
}

/** What a manifest says, in reading order. */
export interface Manifest {
  kind: ManifestKind;
  /** `1.1`, `1.3`, `1.2`, `2004 4th Edition`…, as declared; may be empty. */
  version: string;
  /** The LOM title, or the organization's. */
  title: string;
  description: string;
  /** The LOM language, or that of the title's language string. */
  language?: string;
  /** The title of the organization that is used. */
  organizationTitle: string;
  /** The top-level items of the default organization. */
  items: ManifestItem[];
  /** Resources in manifest order. */
  resources: ManifestResource[];
}

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set([
  'organization',
  'item',
  'resource',
  'file',
  'dependency',
  'string',
  'langstring',
  'title',
  'description',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

const isNode = (v: unknown): v is XmlNode => typeof v === 'object' && v !== null && !Array.isArray(v);

function list(value: unknown): XmlNode[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => (isNode(v) ? v : { '#text': String(v) }));
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node ? list(node[name])[0] : undefined;
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** The text of an element: its own text, or its LOM `string`/`langstring` children's. */
function text(node: XmlNode | undefined): string {
  if (!node) return '';
  const own = node['#text'];
  if (typeof own === 'string' && own.trim()) return own.trim();
  for (const s of [...list(node['string']), ...list(node['langstring'])]) {
    const t = text(s);
    if (t) return t;
  }
  return '';
}

/** The language attribute of a LOM string, for manifests that declare no `general/language`. */
function stringLanguage(node: XmlNode | undefined): string | undefined {
  for (const s of [...list(node?.['string']), ...list(node?.['langstring'])]) {
    const lang = attr(s, 'language') ?? attr(s, 'lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The family of a manifest from its namespaces and its `<schema>`: Common Cartridge uses
 * `imsccv1pN` namespaces, SCORM 1.2 the `adlcp_rootv1p2` namespace and SCORM 2004 `adlcp_v1p3`;
 * anything else with a manifest is a plain IMS content package.
 */
export function manifestKind(xml: string): ManifestKind {
  if (/imsccv1p\d|IMS Common Cartridge|IMS Thin Common Cartridge/i.test(xml)) return 'cc';
  if (/adlcp_rootv1p2/i.test(xml)) return 'scorm12';
  if (/adlcp_v1p3|<(?:\w+:)?schemaversion>\s*(?:2004|CAM 1\.3)/i.test(xml)) return 'scorm2004';
  if (/ADL SCORM/i.test(xml)) return 'scorm12';
  return 'imscp';
}

function ccVersion(xml: string, declared: string): string {
  const ns = /imsccv(\d)p(\d)/i.exec(xml);
  if (ns) return `${ns[1]}.${ns[2]}`;
  return declared.replace(/\.0$/, '');
}

function readItem(node: XmlNode): ManifestItem {
  return {
    id: attr(node, 'identifier') ?? '',
    title: text(list(node['title'])[0]),
    resourceId: attr(node, 'identifierref'),
    children: list(node['item']).map(readItem),
  };
}

/**
 * Reads a manifest. Throws an {@link OerError} only when the XML cannot be read or has no
 * `<manifest>`; a manifest with no organization or no resources reads as empty lists.
 */
export function parseManifest(xml: string): Manifest {
  let root: XmlNode;
  try {
    root = parser.parse(xml) as XmlNode;
  } catch (e) {
    throw new OerError(
      'not-a-course',
      msg('import.manifestNotXml', { error: (e as Error).message.split('\n')[0] ?? '' }),
    );
  }
  const manifest = child(root, 'manifest');
  if (!manifest) throw new OerError('not-a-course', msg('import.manifestNoRoot'));
  const kind = manifestKind(xml);
  const metadata = child(manifest, 'metadata');
  const declared = text(child(metadata, 'schemaversion'));
  const general = child(child(metadata, 'lom'), 'general');
  const lomTitle = list(general?.['title'])[0];

  const organizations = child(manifest, 'organizations');
  const all = list(organizations?.['organization']);
  const wanted = attr(organizations, 'default');
  const organization = all.find((o) => attr(o, 'identifier') === wanted) ?? all[0];
  const organizationTitle = text(list(organization?.['title'])[0]);

  const resources = list(child(manifest, 'resources')?.['resource']).map((r): ManifestResource => {
    // xml:base on a resource prefixes its paths (rare, but part of IMS CP).
    const base = attr(r, 'base') ?? '';
    const href = attr(r, 'href');
    return {
      id: attr(r, 'identifier') ?? '',
      type: attr(r, 'type') ?? '',
      scormType: attr(r, 'scormtype') ?? attr(r, 'scormType'),
      href: href ? base + href : undefined,
      files: list(r['file'])
        .map((f) => attr(f, 'href'))
        .filter((h): h is string => !!h)
        .map((h) => base + h),
      dependencies: list(r['dependency'])
        .map((d) => attr(d, 'identifierref'))
        .filter((h): h is string => !!h),
    };
  });

  return {
    kind,
    version: kind === 'cc' ? ccVersion(xml, declared) : declared,
    title: text(lomTitle) || organizationTitle,
    description: text(list(general?.['description'])[0]),
    language: text(child(general, 'language')) || stringLanguage(lomTitle),
    organizationTitle,
    items: list(organization?.['item']).map(readItem),
    resources,
  };
}
