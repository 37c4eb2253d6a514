import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isOerError } from '../errors';
import { readProject } from '../project/projectFile';

/** The result of checking a project file or a package. */
export interface CheckReport {
  kind: 'project' | 'package' | 'unknown';
  /** For packages: scorm12, scorm2004, cc11, cc13, imscp or unknown. */
  family?: string;
  errors: string[];
  warnings: string[];
}

/** Manifest root namespaces by package family. */
const FAMILIES: Record<string, string> = {
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'scorm12',
  'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1': 'cc11',
  'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1': 'cc13',
  'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp',
};

const SAFE_NAME = /^[A-Za-z0-9._\-/]+$/;

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

type XmlElement = Record<string, unknown>;

/** Collects every element named `name` (any namespace prefix) below `node`. */
function collect(node: unknown, name: string, out: XmlElement[] = []): XmlElement[] {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, name, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as XmlElement)) {
      if (key.startsWith('@_')) continue;
      const local = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
      if (local === name)
        for (const v of asArray(value)) if (v && typeof v === 'object') out.push(v as XmlElement);
      collect(value, name, out);
    }
  }
  return out;
}

/**
 * Whether HTML holds a script element, an event-handler attribute or a `javascript:` URL.
 * Only real tags are looked at: escaped text (`&lt;script&gt;` in a code sample) cannot match.
 */
export function hasScript(html: string): boolean {
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    if (/^<script\b/i.test(tag) || /\son[a-z]+\s*=/i.test(tag) || /=\s*["']?\s*javascript:/i.test(tag))
      return true;
  }
  return false;
}

/**
 * Checks a package as an LMS would see it, without schemas: a well-formed `imsmanifest.xml`
 * at the root, a known family, ASCII-safe entry names, every referenced file present, every
 * item pointing at a resource, and no script in lesson pages. The XSD check is
 * `shared/validate/validate-package`'s job; this one runs anywhere, with no tools installed.
 */
export async function checkPackageZip(zip: JSZip): Promise<CheckReport> {
  const report: CheckReport = { kind: 'package', errors: [], warnings: [] };
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  for (const name of names) {
    if (name.startsWith('/') || name.split('/').includes('..'))
      report.errors.push(`Unsafe entry name: ${name}`);
    else if (!SAFE_NAME.test(name)) report.warnings.push(`Entry name is not ASCII-safe: ${name}`);
  }
  const manifestEntry = zip.file('imsmanifest.xml');
  if (!manifestEntry) {
    report.errors.push('imsmanifest.xml is missing at the root of the package.');
    return report;
  }
  const xml = await manifestEntry.async('string');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    report.errors.push(`imsmanifest.xml is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`);
    return report;
  }
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(
    xml,
  ) as XmlElement;
  const manifest = parsed['manifest'] as XmlElement | undefined;
  if (!manifest) {
    report.errors.push('imsmanifest.xml has no <manifest> root element.');
    return report;
  }
  report.family = FAMILIES[String(manifest['@_xmlns'])] ?? 'unknown';
  if (report.family === 'imscp' && xml.includes('http://www.adlnet.org/xsd/adlcp_v1p3'))
    report.family = 'scorm2004';
  if (report.family === 'unknown')
    report.errors.push(`Unknown manifest namespace "${String(manifest['@_xmlns'])}".`);

  const present = new Set(names);
  const resourceIds = new Set<string>();
  for (const resource of collect(manifest, 'resource')) {
    const id = String(resource['@_identifier'] ?? '');
    resourceIds.add(id);
    const hrefs = [resource['@_href'], ...collect(resource, 'file').map((f) => f['@_href'])].filter(
      (h): h is string => typeof h === 'string',
    );
    for (const href of hrefs) {
      if (/^[a-z]+:/i.test(href)) continue;
      const path = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
      if (!present.has(path))
        report.errors.push(`Resource ${id} lists ${href}, which is not in the package.`);
    }
  }
  for (const item of collect(manifest, 'item')) {
    const ref = item['@_identifierref'];
    if (typeof ref === 'string' && !resourceIds.has(ref))
      report.errors.push(`Item ${String(item['@_identifier'])} points to a missing resource ${ref}.`);
  }
  for (const name of names.filter((n) => n.startsWith('content/') && n.endsWith('.html'))) {
    const html = await zip.file(name)!.async('string');
    if (hasScript(html)) report.errors.push(`${name} contains script, which lesson pages must not.`);
  }
  return report;
}

/**
 * Checks a project file or a package, telling them apart by content. Never throws for bad
 * input: every problem ends up in the report.
 */
export async function checkFile(bytes: Uint8Array, name = 'The file'): Promise<CheckReport> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { kind: 'unknown', errors: [`${name} is not a zip archive.`], warnings: [] };
  }
  if (zip.file('imsmanifest.xml')) return checkPackageZip(zip);
  if (zip.file('course.json')) {
    try {
      const { warnings } = await readProject(bytes, name);
      return { kind: 'project', errors: [], warnings };
    } catch (e) {
      const message = isOerError(e) ? [e.message, ...e.details].join(' ') : String(e);
      return { kind: 'project', errors: [message], warnings: [] };
    }
  }
  return {
    kind: 'unknown',
    errors: [`${name} is neither an OER Studio course nor a package (no course.json or imsmanifest.xml).`],
    warnings: [],
  };
}
