import { pickText } from '../../model/course';
import type { Course } from '../../model/types';
import { lomMetadata } from '../metadata';
import { buildXml, manifestTitle, type XmlNode } from '../xml';
import type { CcVersion } from './versions';

/** A resource of the cartridge. Descriptor resources list their descriptor XML first. */
export interface CcResource {
  identifier: string;
  type: string;
  href?: string;
  files: string[];
  dependencies?: string[];
}

/** An item of the organization: a folder (no resource) or a pointer to a resource. */
export interface CcItem {
  identifier: string;
  title: string;
  resource?: string;
  children?: CcItem[];
}

function itemXml(item: CcItem): XmlNode {
  return {
    '@_identifier': item.identifier,
    ...(item.resource ? { '@_identifierref': item.resource } : {}),
    title: manifestTitle(item.title),
    ...(item.children?.length ? { item: item.children.map(itemXml) } : {}),
  };
}

/**
 * The `imsmanifest.xml` of a Common Cartridge. The default namespace is the first attribute
 * and no comment precedes it: Moodle looks for it in the first 1,024 bytes to detect CC 1.1.
 */
export function ccManifest(
  version: CcVersion,
  course: Course,
  languages: string[],
  items: CcItem[],
  resources: CcResource[],
): string {
  const root: XmlNode = {
    manifest: {
      '@_xmlns': version.namespace,
      '@_identifier': `M_${course.id}`,
      '@_xmlns:lomimscc': version.lomManifest,
      '@_xmlns:lom': version.lomResource,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': version.schemaLocation,
      metadata: {
        schema: 'IMS Common Cartridge',
        schemaversion: version.schemaversion,
        'lomimscc:lom': lomMetadata(course, languages, {
          style: 'lom',
          prefix: 'lomimscc',
          vocabularySource: version.lomVocabularySource,
        }),
      },
      organizations: {
        organization: {
          '@_identifier': `O_${course.id}`,
          '@_structure': 'rooted-hierarchy',
          item: {
            '@_identifier': 'I_root',
            item: items.map(itemXml),
          },
        },
      },
      resources: {
        resource: resources.map((r) => ({
          '@_identifier': r.identifier,
          '@_type': r.type,
          ...(r.href ? { '@_href': r.href } : {}),
          file: r.files.map((href) => ({ '@_href': href })),
          ...(r.dependencies?.length
            ? { dependency: r.dependencies.map((id) => ({ '@_identifierref': id })) }
            : {}),
        })),
      },
    },
  };
  return buildXml(root);
}

/** The title of a course, module or lesson in every package language: "English / Русский". */
export function bilingualTitle(text: Record<string, string>, languages: string[], source: string): string {
  const titles = [...new Set(languages.map((lang) => pickText(text, lang, source)).filter(Boolean))];
  return titles.join(' / ');
}

/** A web link descriptor (`imswl`): Moodle makes it a URL activity. */
export function webLinkXml(version: CcVersion, title: string, href: string): string {
  return buildXml({
    webLink: {
      '@_xmlns': version.webLinkNamespace,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': version.webLinkSchemaLocation,
      title: manifestTitle(title),
      url: { '@_href': href, '@_target': '_blank' },
    },
  });
}
