import { pickText } from '../../model/course';
import { lomMetadata } from '../metadata';
import { scoItems, scormIds, type ScormManifestInput } from '../organization';
import { buildXml, manifestTitle, type XmlNode } from '../xml';

/**
 * The `imsmanifest.xml` of a SCORM 1.2 package. The identifiers derive from the course id, so
 * re-uploading a newer export updates the same course in the LMS instead of creating a new one.
 */
export function scorm12Manifest(input: ScormManifestInput): string {
  const { course, languages, files, launch } = input;
  const lang = languages[0] as string;
  const ids = scormIds(course.id);
  const root: XmlNode = {
    manifest: {
      '@_identifier': ids.manifest,
      '@_version': '1.0',
      '@_xmlns': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      '@_xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      '@_xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
        'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ' +
        'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
      metadata: {
        schema: 'ADL SCORM',
        schemaversion: '1.2',
        'imsmd:lom': lomMetadata(course, languages, { style: 'imsmd', prefix: 'imsmd' }),
      },
      organizations: {
        '@_default': ids.organization,
        organization: {
          '@_identifier': ids.organization,
          title: manifestTitle(pickText(course.title, lang, course.languages.source) || 'Course'),
          item: scoItems(input, { '@_isvisible': 'true' }),
        },
      },
      resources: {
        resource: {
          '@_identifier': ids.resource,
          '@_type': 'webcontent',
          '@_adlcp:scormtype': 'sco',
          '@_href': launch,
          file: files.map((href) => ({ '@_href': href })),
        },
      },
    },
  };
  return buildXml(root);
}
