import type { Message } from '../../messages/message';
import { pickText } from '../../model/course';
import type { DocJson, Lesson, NodeJson } from '../../model/types';
import { isLessonInFile } from '../../project/projectFile';
import { packageLanguages } from '../languages';
import { licenceDoc, licenceStrings } from '../licencePage';
import { lessonPageHtml } from '../player/pages';
import type { ExportFormat, PackageEntry } from '../types';
import {
  assetEntry,
  assetHref,
  embeddedEntries,
  exportWarnings,
  lazyText,
  lessonLoader,
  lessonWarnings as docWarnings,
  packageRenderer,
} from '../webContent';
import { bilingualTitle, ccManifest, webLinkXml, type CcItem, type CcResource } from './manifest';
import { stackedBodyHtml } from './pages';
import { CC11, CC13, type CcVersion } from './versions';

/** A link the author marked as a course resource. */
interface ListedLink {
  href: string;
  text: string;
}

/** The links marked `listed` in a document, in order, each href once. */
export function listedLinks(doc: DocJson | undefined): ListedLink[] {
  const found = new Map<string, ListedLink>();
  const walk = (node: NodeJson) => {
    for (const mark of node.marks ?? []) {
      const href = mark.attrs?.['href'];
      if (
        mark.type === 'link' &&
        mark.attrs?.['listed'] &&
        typeof href === 'string' &&
        /^https?:\/\//.test(href)
      ) {
        const previous = found.get(href);
        found.set(href, { href, text: (previous?.text ?? '') + (node.text ?? '') });
      }
    }
    node.content?.forEach(walk);
  };
  doc?.content?.forEach(walk);
  return [...found.values()];
}

const WEB = 'web_resources';
const utf8 = new TextEncoder();

/**
 * Builds a Common Cartridge. Lessons are web content under `web_resources/` (Moodle makes each
 * a Page), modules are folders of the organization (Moodle makes each a section), marked links
 * are web link resources (Moodle URLs), and the licence page comes last. Quizzes will be QTI
 * assessment resources beside the lessons, in the same item tree.
 */
function buildCartridge(version: CcVersion): ExportFormat['build'] {
  return async (input, options) => {
    const { course } = input;
    const source = course.languages.source;
    const languages = packageLanguages(course, options.languages);
    const warnings = exportWarnings();
    const entries: PackageEntry[] = [];
    const resources: CcResource[] = [];

    // The stylesheet and fonts that every page uses: one resource the pages depend on.
    const styleFiles = input.player.files.filter((f) => !f.path.endsWith('.js'));
    for (const file of styleFiles) {
      entries.push({
        path: `${WEB}/player/${file.path}`,
        data: file.data,
        deflate: !file.path.endsWith('.woff2'),
      });
    }
    resources.push({
      identifier: 'R__style',
      type: 'webcontent',
      files: styleFiles.map((f) => `${WEB}/player/${f.path}`),
    });

    /** A page with every package language, one after the other; returns its resource id. */
    const render = packageRenderer(course, '../');
    const load = lessonLoader(input);
    // The manifest lists each lesson's marked links, so lessons still in the project file are
    // read once here, one at a time, for their links and warnings; their pages read them again.
    const checked = new Map<string, { links: ListedLink[]; warnings: Message[] }>();
    for (const module of course.modules) {
      for (const lesson of module.lessons) {
        if (!isLessonInFile(lesson)) continue;
        const full = await load(lesson);
        checked.set(lesson.id, {
          links: listedLinks(full.content[source] ?? full.content[languages[0] as string]),
          warnings: lessonWarnings(full),
        });
      }
    }
    function lessonWarnings(lesson: Lesson): Message[] {
      return languages.flatMap((lang) =>
        docWarnings(
          lesson.content[lang] ?? { type: 'doc', content: [] },
          pickText(lesson.title, lang, source),
          lang,
        ),
      );
    }
    const page = (
      path: string,
      resourceId: string,
      title: string,
      part: (lang: string, full: Lesson | null) => { title: string; doc: DocJson },
      lesson: Lesson | null = null,
    ) => {
      const html = (full: Lesson | null) => {
        const parts = languages.map((lang) => ({ lang, ...part(lang, full) }));
        return lessonPageHtml({
          lang: languages[0] as string,
          title,
          courseTitle: bilingualTitle(course.title, languages, source),
          bodyHtml: stackedBodyHtml(
            parts.map((p) => ({ lang: p.lang, title: p.title, bodyHtml: render(p.doc) })),
          ),
          cssHref: '../player/player.css',
        });
      };
      entries.push({
        path,
        // Rendered when zipped, one page at a time, so a large course's HTML is never all in memory.
        data:
          lesson && isLessonInFile(lesson)
            ? async () => utf8.encode(html(await load(lesson)))
            : lazyText(() => html(lesson)),
        deflate: true,
      });
      resources.push({
        identifier: resourceId,
        type: 'webcontent',
        href: path,
        files: [path],
        dependencies: ['R__style'],
      });
      return resourceId;
    };

    const items: CcItem[] = course.modules.map((module) => ({
      identifier: `I_${module.id}`,
      title: bilingualTitle(module.title, languages, source) || module.id,
      children: module.lessons.flatMap((lesson) => {
        const title = bilingualTitle(lesson.title, languages, source) || lesson.id;
        const inFile = checked.get(lesson.id);
        warnings.add(...(inFile ? inFile.warnings : lessonWarnings(lesson)));
        const resource = page(
          `${WEB}/content/${lesson.id}.html`,
          `R_${lesson.id}`,
          title,
          (lang, full) => ({
            title: pickText(lesson.title, lang, source),
            doc: (full ?? lesson).content[lang] ?? { type: 'doc', content: [] },
          }),
          lesson,
        );
        const lessonItem: CcItem = { identifier: `I_${lesson.id}`, title, resource };
        const links = (
          inFile?.links ?? listedLinks(lesson.content[source] ?? lesson.content[languages[0] as string])
        ).map((link, n): CcItem => {
          const id = `${lesson.id}_link${n + 1}`;
          const path = `links/${id}/weblink.xml`;
          entries.push({
            path,
            data: webLinkXml(version, link.text || link.href, link.href),
            deflate: true,
          });
          resources.push({ identifier: `R_${id}`, type: version.webLinkType, files: [path] });
          return { identifier: `I_${id}`, title: link.text || link.href, resource: `R_${id}` };
        });
        return [lessonItem, ...links];
      }),
    }));

    // The licence and attribution page, in its own closing section.
    const licenceTitle = (lang: string) => licenceStrings(lang)['title'] as string;
    const aboutTitle = bilingualTitle(
      Object.fromEntries(languages.map((l) => [l, licenceTitle(l)])),
      languages,
      source,
    );
    // In its own folder, so no lesson id can clash with it.
    // Fixed identifiers get a double underscore and the page its own folder: no course id can start
    // with an underscore, so nothing of the author's can clash with them.
    const licenceResource = page(`${WEB}/about/licence.html`, 'R__licence', aboutTitle, (lang) => ({
      title: licenceTitle(lang),
      doc: licenceDoc(course, lang),
    }));
    items.push({
      identifier: 'I__about',
      title: aboutTitle,
      children: [{ identifier: 'I__licence', title: aboutTitle, resource: licenceResource }],
    });

    // Assets, and the course document so OER Studio can reopen this cartridge losslessly.
    const seen = new Set<string>();
    const mediaFiles: string[] = [];
    for (const asset of course.assets) {
      if (seen.has(asset.hash)) continue;
      seen.add(asset.hash);
      const path = `${WEB}/${assetHref(asset.hash, asset.name)}`;
      mediaFiles.push(path);
      entries.push(assetEntry(input, asset, path));
    }
    if (mediaFiles.length) resources.push({ identifier: 'R__media', type: 'webcontent', files: mediaFiles });
    const embedded = embeddedEntries(input);
    entries.push(...embedded);
    resources.push({ identifier: 'R__source', type: 'webcontent', files: embedded.map((e) => e.path) });

    const manifest = ccManifest(version, course, languages, items, resources);
    return {
      entries: [{ path: 'imsmanifest.xml', data: manifest, deflate: true }, ...entries],
      warnings: warnings.warnings,
      warningTexts: warnings.warningTexts,
    };
  };
}

/** IMS Common Cartridge 1.1, the version Moodle imports. */
export const cc11Format: ExportFormat = {
  id: 'cc11',
  label: CC11.label,
  description: 'Lessons as pages, modules as sections, marked links as URLs. What Moodle imports.',
  extension: 'imscc',
  options: [],
  build: buildCartridge(CC11),
};

/** IMS Common Cartridge 1.3, for Canvas and other current LMSs. */
export const cc13Format: ExportFormat = {
  id: 'cc13',
  label: CC13.label,
  description: 'The same cartridge in version 1.3, for Canvas and other LMSs.',
  extension: 'imscc',
  options: [],
  build: buildCartridge(CC13),
};
