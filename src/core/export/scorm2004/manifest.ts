import { pickText } from '../../model/course';
import { lomMetadata } from '../metadata';
import { scoItems, scormIds, type ScormManifestInput } from '../organization';
import { buildXml, manifestTitle, type XmlNode } from '../xml';

/**
 * The `imsmanifest.xml` of a SCORM 2004 4th Edition package: IMS CP 1.1.4 with ADL's
 * extensions, IEEE LOM metadata (not 1.2's), an `xsi:schemaLocation` for every namespace used
 * (ADL's conformance test checks both), and sequencing that lets the learner choose any
 * lesson and move through them in order (`choice` and `flow`).
 */
export function scorm2004Manifest(input: ScormManifestInput): string {
  const { course, languages, files, launch } = input;
  const lang = languages[0] as string;
  const ids = scormIds(course.id);
  const root: XmlNode = {
    manifest: {
      '@_identifier': ids.manifest,
      '@_version': '1.0',
      '@_xmlns': 'http://www.imsglobal.org/xsd/imscp_v1p1',
      '@_xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      '@_xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      '@_xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      '@_xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      '@_xmlns:lom': 'http://ltsc.ieee.org/xsd/LOM',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd ' +
        'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd ' +
        'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd ' +
        'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd ' +
        'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd ' +
        'http://ltsc.ieee.org/xsd/LOM lom.xsd',
      metadata: {
        schema: 'ADL SCORM',
        schemaversion: '2004 4th Edition',
        'lom:lom': lomMetadata(course, languages, { style: 'lom', prefix: 'lom' }),
      },
      organizations: {
        '@_default': ids.organization,
        organization: {
          '@_identifier': ids.organization,
          '@_adlseq:objectivesGlobalToSystem': 'false',
          title: manifestTitle(pickText(course.title, lang, course.languages.source) || 'Course'),
          item: scoItems(input),
          'imsss:sequencing': {
            'imsss:controlMode': { '@_choice': 'true', '@_flow': 'true' },
          },
        },
      },
      resources: {
        resource: {
          '@_identifier': ids.resource,
          '@_type': 'webcontent',
          '@_adlcp:scormType': 'sco',
          '@_href': launch,
          file: files.map((href) => ({ '@_href': href })),
        },
      },
    },
  };
  return buildXml(root);
}
