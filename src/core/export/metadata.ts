import { pickText } from '../model/course';
import { licenceInfo } from '../model/licences';
import type { Course } from '../model/types';
import type { XmlNode } from './xml';

/**
 * LOM metadata for manifests: the course's bilingual title, description, keywords, languages,
 * authors and licence. Each format carries it in its own dialect:
 * - `imsmd`: IMS Metadata 1.2.1, lower-case names and `<langstring xml:lang>` (SCORM 1.2);
 * - `lom`: IEEE LOM names and `<string language>` (SCORM 2004; the CC 1.1 and 1.3 profiles).
 * `prefix` is the namespace prefix the manifest binds ("" for a default namespace).
 */
export interface LomDialect {
  style: 'imsmd' | 'lom';
  prefix: string;
  /**
   * Whether vocabulary values carry their `<source>LOMv1.0</source>`. The CC 1.1 LOM profile
   * forbids it (its vocabularies have only `<value>`). @default true
   */
  vocabularySource?: boolean;
}

/** The licence statement of a course in one language, as packages print it. */
export function licenceStatement(course: Course, lang: string): string {
  const info = licenceInfo(course.licence);
  const name = info.name[lang] ?? info.name['en'];
  return info.url ? `${name} (${info.short}): ${info.url}` : (name ?? info.short);
}

/** A vCard 3.0 with a formatted name, as LOM wants for contributors. */
export function vcard(name: string): string {
  const escaped = name.replace(/[\r\n]+/g, ' ').replace(/([\\,;])/g, '\\$1');
  return `BEGIN:VCARD\nVERSION:3.0\nFN:${escaped}\nN:${escaped}\nEND:VCARD`;
}

/** Builds the `<lom>` element for a course in the given languages. */
export function lomMetadata(course: Course, languages: string[], dialect: LomDialect): XmlNode {
  const p = dialect.prefix ? `${dialect.prefix}:` : '';
  const imsmd = dialect.style === 'imsmd';
  const n = (lom: string, ims: string) => `${p}${imsmd ? ims : lom}`;
  const langString = (texts: [string, string][]): XmlNode =>
    imsmd
      ? { [`${p}langstring`]: texts.map(([lang, text]) => ({ '@_xml:lang': lang, '#text': text })) }
      : { [`${p}string`]: texts.map(([lang, text]) => ({ '@_language': lang, '#text': text })) };
  const vocabulary = (value: string): XmlNode =>
    imsmd
      ? {
          [`${p}source`]: { [`${p}langstring`]: { '@_xml:lang': 'x-none', '#text': 'LOMv1.0' } },
          [`${p}value`]: { [`${p}langstring`]: { '@_xml:lang': 'x-none', '#text': value } },
        }
      : dialect.vocabularySource === false
        ? { [`${p}value`]: value }
        : { [`${p}source`]: 'LOMv1.0', [`${p}value`]: value };
  const perLanguage = (text: Record<string, string>): [string, string][] =>
    languages.filter((lang) => text[lang]).map((lang) => [lang, text[lang] as string]);

  const source = course.languages.source;
  const title = perLanguage(course.title);
  const description = perLanguage(course.description);
  const keywords = languages.flatMap((lang) =>
    (course.keywords[lang] ?? []).filter(Boolean).map((k) => [lang, k] as [string, string]),
  );
  const general: XmlNode = {
    [`${p}title`]: langString(
      title.length
        ? title
        : [[languages[0] as string, pickText(course.title, languages[0] as string, source) || 'Course']],
    ),
    [`${p}language`]: languages.map((lang) => ({ '#text': lang })),
    ...(description.length ? { [`${p}description`]: langString(description) } : {}),
    ...(keywords.length ? { [`${p}keyword`]: keywords.map((k) => langString([k])) } : {}),
  };
  const lifeCycle: XmlNode | undefined = course.authors.length
    ? {
        [`${p}contribute`]: course.authors.map((name) => ({
          [`${p}role`]: vocabulary(imsmd ? 'Author' : 'author'),
          ...(imsmd ? { [`${p}centity`]: { [`${p}vcard`]: vcard(name) } } : { [`${p}entity`]: vcard(name) }),
        })),
      }
    : undefined;
  const rights: XmlNode = {
    [`${p}cost`]: vocabulary('no'),
    [n('copyrightAndOtherRestrictions', 'copyrightandotherrestrictions')]: vocabulary(
      course.licence === 'CC0-1.0' ? 'no' : 'yes',
    ),
    [`${p}description`]: langString(languages.map((lang) => [lang, licenceStatement(course, lang)])),
  };
  return {
    [`${p}general`]: general,
    ...(lifeCycle ? { [n('lifeCycle', 'lifecycle')]: lifeCycle } : {}),
    [`${p}rights`]: rights,
  };
}
