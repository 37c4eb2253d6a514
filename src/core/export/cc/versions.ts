/** What differs between the Common Cartridge versions we write: namespaces and resource types. */
export interface CcVersion {
  id: 'cc11' | 'cc13';
  label: string;
  schemaversion: string;
  /** The manifest's default namespace: Moodle detects 1.1 by it, so it comes first. */
  namespace: string;
  lomManifest: string;
  lomResource: string;
  schemaLocation: string;
  webLinkType: string;
  webLinkNamespace: string;
  webLinkSchemaLocation: string;
  /** Whether LOM vocabularies carry `<source>` (the 1.1 profile forbids it). */
  lomVocabularySource: boolean;
}

const profile = (v: string) => `http://www.imsglobal.org/profile/cc/ccv${v}`;

/** IMS Common Cartridge 1.1: the version Moodle imports. */
export const CC11: CcVersion = {
  id: 'cc11',
  label: 'IMS Common Cartridge 1.1',
  schemaversion: '1.1.0',
  namespace: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
  lomManifest: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
  lomResource: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource',
  schemaLocation:
    `http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 ${profile('1p1')}/ccv1p1_imscp_v1p2_v1p0.xsd ` +
    `http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest ${profile('1p1')}/LOM/ccv1p1_lommanifest_v1p0.xsd ` +
    `http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource ${profile('1p1')}/LOM/ccv1p1_lomresource_v1p0.xsd`,
  webLinkType: 'imswl_xmlv1p1',
  webLinkNamespace: 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1',
  webLinkSchemaLocation: `http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1 ${profile('1p1')}/ccv1p1_imswl_v1p1.xsd`,
  lomVocabularySource: false,
};

/** IMS Common Cartridge 1.3: Canvas and other current LMSs. */
export const CC13: CcVersion = {
  id: 'cc13',
  label: 'IMS Common Cartridge 1.3',
  schemaversion: '1.3.0',
  namespace: 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1',
  lomManifest: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest',
  lomResource: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource',
  schemaLocation:
    `http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1 ${profile('1p3')}/ccv1p3_imscp_v1p2_v1p0.xsd ` +
    `http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest ${profile('1p3')}/LOM/ccv1p3_lommanifest_v1p0.xsd ` +
    `http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource ${profile('1p3')}/LOM/ccv1p3_lomresource_v1p0.xsd`,
  webLinkType: 'imswl_xmlv1p3',
  webLinkNamespace: 'http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3',
  webLinkSchemaLocation: `http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3 ${profile('1p3')}/ccv1p3_imswl_v1p3.xsd`,
  lomVocabularySource: true,
};
