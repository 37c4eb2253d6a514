import { pickText } from '../model/course';
import { licenceInfo } from '../model/licences';
import { LICENCE_IDS } from '../model/schema';
import type { Course, DocJson, LicenceId, NodeJson } from '../model/types';

/**
 * The human-readable licence and attribution page that every package carries, built as a
 * lesson document so the one renderer makes its HTML: the course's licence, authors and
 * institution, each asset's attribution, and the bundled fonts.
 */

const STRINGS: Record<string, Record<string, string>> = {
  en: {
    title: 'Licence and attribution',
    course: 'Course',
    authors: 'Authors',
    institution: 'Institution',
    licence: 'Licence',
    licensed: 'This course is licensed under the',
    reserved: 'All rights reserved. Ask the authors before you reuse this course.',
    media: 'Media',
    by: 'by',
    source: 'source',
    fonts: 'Fonts',
    fontsText: 'Noto Sans and Noto Sans Mono, SIL Open Font License 1.1.',
    made: 'Made with OER Studio.',
  },
  ru: {
    title: 'Лицензия и авторство',
    course: 'Курс',
    authors: 'Авторы',
    institution: 'Организация',
    licence: 'Лицензия',
    licensed: 'Этот курс распространяется на условиях лицензии',
    reserved: 'Все права защищены. Прежде чем использовать курс, спросите разрешения у авторов.',
    media: 'Медиафайлы',
    by: 'автор:',
    source: 'источник',
    fonts: 'Шрифты',
    fontsText: 'Noto Sans и Noto Sans Mono, лицензия SIL Open Font License 1.1.',
    made: 'Сделано в OER Studio.',
  },
};

/** The page's strings in `lang`, falling back to English. */
export function licenceStrings(lang: string): Record<string, string> {
  return { ...STRINGS['en'], ...(STRINGS[lang] ?? STRINGS[lang.split('-')[0] ?? '']) };
}

const text = (value: string, marks?: NodeJson['marks']): NodeJson => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const link = (label: string, href: string) => text(label, [{ type: 'link', attrs: { href } }]);
const paragraph = (...content: NodeJson[]): NodeJson => ({
  type: 'paragraph',
  content: content.filter((c) => c.text !== ''),
});
const heading = (value: string): NodeJson => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [text(value)],
});
const labelled = (label: string, value: string) =>
  paragraph(text(`${label}: `, [{ type: 'bold' }]), text(value));

/** The licence page of a course in one language. */
export function licenceDoc(course: Course, lang: string): DocJson {
  const s = licenceStrings(lang);
  const source = course.languages.source;
  const info = licenceInfo(course.licence);
  const content: NodeJson[] = [labelled(s['course'] as string, pickText(course.title, lang, source))];
  if (course.authors.length) content.push(labelled(s['authors'] as string, course.authors.join(', ')));
  const institution = pickText(course.institution, lang, source);
  if (institution) content.push(labelled(s['institution'] as string, institution));
  content.push(heading(s['licence'] as string));
  const licenceName = info.name[lang] ?? info.name['en'] ?? info.short;
  content.push(
    info.url
      ? paragraph(text(`${s['licensed']} `), link(`${licenceName} (${info.short})`, info.url), text('.'))
      : paragraph(
          text(course.authors.length ? `© ${course.authors.join(', ')}. ` : '© '),
          text(s['reserved'] as string),
        ),
  );
  const attributed = course.assets.filter((a) => a.attribution && Object.values(a.attribution).some(Boolean));
  if (attributed.length) {
    content.push(heading(s['media'] as string));
    content.push({
      type: 'bulletList',
      content: attributed.map((asset) => {
        const a = asset.attribution ?? {};
        const parts: NodeJson[] = [text(a.title || asset.name, [{ type: 'italic' }])];
        if (a.author) parts.push(text(`, ${s['by']} ${a.author}`));
        if (a.source)
          parts.push(
            text(`, ${s['source']}: `),
            /^https?:\/\//.test(a.source) ? link(a.source, a.source) : text(a.source),
          );
        if (a.licence) {
          const known = (LICENCE_IDS as readonly string[]).includes(a.licence)
            ? licenceInfo(a.licence as LicenceId)
            : null;
          parts.push(text(', '), known?.url ? link(known.short, known.url) : text(a.licence));
        }
        return { type: 'listItem', content: [paragraph(...parts)] };
      }),
    });
  }
  content.push(
    heading(s['fonts'] as string),
    paragraph(text(s['fontsText'] as string)),
    paragraph(text(s['made'] as string, [{ type: 'italic' }])),
  );
  return { type: 'doc', content };
}
