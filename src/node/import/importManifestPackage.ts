/**
 * Imports Common Cartridge, SCORM 1.2, SCORM 2004 and plain IMS content packages made by other
 * tools, on a best-effort basis: lenient on structure (real exports break the schemas), strict
 * on safety (every path stays inside the package, every page is sanitised).
 *
 * The mapping:
 * - organization items with children become modules, and the leaf items below them lessons;
 *   deeper levels are flattened into their module. Untitled wrapper items (Canvas's
 *   "LearningModules" root) are looked through. Consecutive top-level leaves share one module.
 * - a leaf pointing to an HTML page becomes a lesson titled by the item. When the page is only
 *   a frame that scripts fill with other pages (the Rustici launch page of a multi-page SCO),
 *   the resource's own HTML files become the lessons instead, in the order the launch page
 *   names them, in a module titled by the item.
 * - Common Cartridge web links become a lesson with the link (marked as a listed resource, as
 *   our CC export writes them), discussion topics a lesson with the topic's text, and Canvas
 *   pages outside any module (wiki pages, assignment descriptions) lessons of one more module.
 * - quizzes, question banks, LTI tools, assignments and files that are not pages are listed in
 *   the report, as is every page that scripts make (a quiz, an interactive activity).
 */
import { XMLParser } from 'fast-xml-parser';
import { ImportReport } from '../../core/import/importReport';
import { msg, type MessageKey } from '../../core/messages/message';
import { courseFromOutline, type OutlineLesson, type OutlineModule } from '../../core/import/importedCourse';
import {
  parseManifest,
  type Manifest,
  type ManifestItem,
  type ManifestResource,
} from '../../core/import/manifest';
import { fileNameOf, hasScheme, resolvePackagePath, usesFileBase } from '../../core/import/packagePaths';
import type { IdGenerator } from '../../core/model/ids';
import type { DocJson } from '../../core/model/types';
import type { ZipArchive } from '../zipReader';
import { HtmlToDoc, type ConvertedPage } from './htmlToDoc';
import { ImportAssets } from './importAssets';
import type { ImportRun } from './importRun';
import { PackageFiles, type ReadRefusal } from './packageFiles';
import type { ImportedCourse } from './types';

/** What a resource is to the importer. */
type Role =
  | 'page'
  | 'weblink'
  | 'discussion'
  | 'quiz'
  | 'questionBank'
  | 'lti'
  | 'assignment'
  | 'settings'
  | 'file'
  | 'support'
  | 'unknown';

const HTML_FILE = /\.x?html?$/i;

/** The role of a resource, from its type and its launch file. */
function roleOf(resource: ManifestResource): Role {
  const type = resource.type.toLowerCase();
  const href = resource.href?.split(/[?#]/)[0] ?? '';
  if (type.includes('imsqti') || type.includes('assessment'))
    return type.includes('question-bank') ? 'questionBank' : 'quiz';
  if (type.includes('imswl')) return 'weblink';
  if (type.includes('imsdt')) return 'discussion';
  if (type.includes('lti')) return 'lti';
  if (type.includes('assignment')) return 'assignment';
  // Canvas exports its assignments' descriptions and the syllabus as "learning application"
  // HTML pages, and its course settings as the same type with other files.
  if (type.includes('learning-application-resource')) return HTML_FILE.test(href) ? 'page' : 'settings';
  if (type === 'webcontent' || type === '' || resource.scormType) {
    if (!href) return 'support';
    return HTML_FILE.test(href) ? 'page' : 'file';
  }
  return 'unknown';
}

const descriptorParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
});

type XmlNode = Record<string, unknown>;
const node = (v: unknown): XmlNode | undefined =>
  typeof v === 'object' && v !== null ? ((Array.isArray(v) ? v[0] : v) as XmlNode) : undefined;
const textOf = (v: unknown): string => {
  const n = typeof v === 'string' ? v : node(v)?.['#text'];
  return typeof n === 'string' ? n.trim() : '';
};

/** Imports a manifest package whose `imsmanifest.xml` is in folder `base` of `zip`. */
export async function importManifestPackage(
  zip: ZipArchive,
  base: string,
  fallbackTitle: string,
  run: ImportRun,
  ids: IdGenerator,
): Promise<ImportedCourse> {
  const files = new PackageFiles(zip, base);
  const xml = await files.text('imsmanifest.xml');
  const manifest = parseManifest(typeof xml === 'string' ? '' : xml.text);
  const report = new ImportReport();
  const html = new HtmlToDoc(report);
  try {
    const importer = new ManifestImporter(manifest, files, report, html, run, ids);
    const outline = await importer.outline();
    const course = courseFromOutline(
      {
        title: manifest.title || manifest.organizationTitle || fallbackTitle,
        description: manifest.description,
        language: manifest.language ?? importer.pageLanguage,
        modules: outline,
      },
      importer.assets.list,
      ids,
    );
    run.finish();
    return {
      course,
      assets: importer.assets.store,
      report: report.lines(),
      reportTexts: report.messages(),
      kind: manifest.kind,
    };
  } finally {
    html.close();
  }
}

class ManifestImporter {
  readonly assets: ImportAssets;
  /** The `lang` of the first page that has one, for manifests that declare no language. */
  pageLanguage: string | undefined;
  private readonly resources: Map<string, ManifestResource>;
  private readonly images = new Map<string, string | null>();
  private flattened = false;

  constructor(
    private readonly manifest: Manifest,
    private readonly files: PackageFiles,
    private readonly report: ImportReport,
    private readonly html: HtmlToDoc,
    private readonly run: ImportRun,
    ids: IdGenerator,
  ) {
    this.assets = new ImportAssets(ids, (svg) => html.sanitizeSvg(svg));
    this.resources = new Map(manifest.resources.map((r) => [r.id, r]));
  }

  /** The modules, in the organization's order, then the pages outside it (Common Cartridge). */
  async outline(): Promise<OutlineModule[]> {
    const top = unwrap(this.manifest.items);
    const leavesTotal = top.reduce((n, item) => n + leaves([item]).length, 0);
    const loose = this.manifest.kind === 'cc' ? this.unplacedResources() : [];
    this.run.plan(leavesTotal + loose.length);

    const modules: OutlineModule[] = [];
    let shared: OutlineModule | null = null;
    const sharedTitle = this.manifest.organizationTitle || this.manifest.title;
    for (const item of top) {
      if (item.children.length) {
        shared = null;
        const module: OutlineModule = { title: item.title, lessons: [] };
        if (item.children.some((c) => c.children.length)) this.flattened = true;
        for (const leaf of leaves([item])) module.lessons.push(...(await this.leafLessons(leaf)));
        modules.push(module);
        continue;
      }
      const lessons = await this.leafLessons(item);
      if (lessons.length > 1) {
        shared = null;
        modules.push({ title: item.title || sharedTitle, lessons });
      } else if (lessons.length === 1) {
        if (!shared) modules.push((shared = { title: sharedTitle, lessons: [] }));
        shared.lessons.push(...lessons);
      }
    }
    if (this.flattened) this.report.note(msg('report.flattened'));

    const extra: OutlineModule = {
      title: modules.some((m) => m.lessons.length) ? 'More pages' : this.manifest.title || sharedTitle,
      lessons: [],
    };
    for (const resource of loose) {
      extra.lessons.push(...(await this.resourceLessons(resource, '', true)));
      this.run.step();
    }
    if (extra.lessons.length) {
      if (modules.some((m) => m.lessons.length))
        this.report.note(msg('report.loosePages', { count: extra.lessons.length, module: extra.title }));
      modules.push(extra);
    }
    if (!modules.some((m) => m.lessons.length)) this.report.note(msg('report.nothingImported'));
    return modules;
  }

  /** Resources no item points to and no resource depends on, in manifest order. */
  private unplacedResources(): ManifestResource[] {
    const used = new Set<string>();
    const walk = (items: ManifestItem[]) => {
      for (const item of items) {
        if (item.resourceId) used.add(item.resourceId);
        walk(item.children);
      }
    };
    walk(this.manifest.items);
    for (const r of this.manifest.resources) for (const d of r.dependencies) used.add(d);
    return this.manifest.resources.filter((r) => !used.has(r.id));
  }

  private async leafLessons(item: ManifestItem): Promise<OutlineLesson[]> {
    try {
      const resource = item.resourceId ? this.resources.get(item.resourceId) : undefined;
      if (!resource) {
        // A titled item without a resource is a text header (Canvas "SubHeader"): nothing to import.
        if (item.resourceId)
          this.report.note(msg('report.undescribed', { title: item.title || item.resourceId }));
        return [];
      }
      return await this.resourceLessons(resource, item.title, false);
    } finally {
      this.run.step();
    }
  }

  /**
   * The lessons of one resource. `unplaced` resources are pages outside the organization:
   * tool settings and plain files among them are skipped without a word.
   */
  private async resourceLessons(
    resource: ManifestResource,
    itemTitle: string,
    unplaced: boolean,
  ): Promise<OutlineLesson[]> {
    const role = roleOf(resource);
    const label = itemTitle || fileNameOf(resource.href ?? resource.files[0] ?? resource.id);
    switch (role) {
      case 'page':
        return this.pageLessons(resource, itemTitle);
      case 'weblink':
        return this.weblink(resource, itemTitle);
      case 'discussion':
        return this.discussion(resource, itemTitle);
      case 'quiz':
      case 'questionBank': {
        const { title, questions } = await this.quizInfo(resource);
        const name = itemTitle || title || resource.id;
        const key = role === 'quiz' ? 'report.quiz' : 'report.questionBank';
        this.report.note(
          questions ? msg(`${key}Questions`, { title: name, count: questions }) : msg(key, { title: name }),
        );
        return [];
      }
      case 'lti':
        this.report.note(msg('report.lti', { title: label }));
        return [];
      case 'assignment':
        this.report.note(msg('report.assignment', { title: label }));
        return [];
      case 'settings':
      case 'support':
        if (!unplaced) this.report.note(msg('report.otherTool', { title: label }));
        return [];
      case 'file':
        if (!unplaced) this.report.note(msg('report.notPage', { name: label }));
        return [];
      default:
        this.report.note(msg('report.unsupportedType', { title: label, type: resource.type }));
        return [];
    }
  }

  /** Lessons of an HTML resource: the page itself, or the pages its launch frame shows. */
  private async pageLessons(resource: ManifestResource, itemTitle: string): Promise<OutlineLesson[]> {
    const launch = resolvePackagePath('', resource.href ?? '');
    if (!launch) {
      this.report.note(msg('report.pageOutside', { title: itemTitle || resource.id }));
      return [];
    }
    const read = await this.files.text(launch);
    const others = this.ownPages(resource, launch);
    if (typeof read === 'string') {
      this.missing(launch, read);
      return others.length ? this.framePages(others, '') : [];
    }
    const raw = read.text;
    const page = await this.convert(raw, launch, itemTitle);
    if (!page.hollow || others.length === 0) {
      if (page.hollow && page.hadScripts) {
        this.report.note(msg('report.scripted', { title: itemTitle || page.title || fileNameOf(launch) }));
        return [];
      }
      if (resource.files.some((f) => /(^|\/)assignment_settings\.xml$/i.test(f)))
        this.report.note(msg('report.assignmentAsPage', { title: page.title || itemTitle }));
      return [{ title: itemTitle || page.title || fileNameOf(launch), doc: page.doc }];
    }
    return this.framePages(others, raw);
  }

  /** The resource's own HTML files other than its launch file, each once. */
  private ownPages(resource: ManifestResource, launch: string): string[] {
    const pages = new Set<string>();
    for (const file of resource.files) {
      const path = resolvePackagePath('', file);
      if (path && path !== launch && HTML_FILE.test(path)) pages.add(path);
    }
    return [...pages];
  }

  /**
   * The pages a launch frame shows, as lessons. The Rustici samples (and most hand-made
   * multi-page SCOs) list their pages in a script array, so the order is that of their first
   * mention in the launch page, then the manifest's for pages it does not name.
   */
  private async framePages(pages: string[], launchText: string): Promise<OutlineLesson[]> {
    const mention = (path: string) => {
      const at = launchText.indexOf(path);
      return at >= 0 ? at : Number.MAX_SAFE_INTEGER;
    };
    const ordered = pages
      .map((path, index) => ({ path, index, at: mention(path) }))
      .sort((a, b) => a.at - b.at || a.index - b.index);
    this.run.plan(ordered.length);
    const lessons: OutlineLesson[] = [];
    for (const { path } of ordered) {
      const read = await this.files.text(path);
      this.run.step();
      if (typeof read === 'string') {
        this.missing(path, read);
        continue;
      }
      const page = await this.convert(read.text, path, '');
      const title = page.title || fileNameOf(path);
      if (page.hollow && page.hadScripts) {
        this.report.note(msg('report.scriptedPage', { title }));
        continue;
      }
      lessons.push({ title, doc: page.doc });
    }
    return lessons;
  }

  /** A Common Cartridge web link as a lesson holding the link. */
  private async weblink(resource: ManifestResource, itemTitle: string): Promise<OutlineLesson[]> {
    const descriptor = await this.descriptor(resource);
    const link = node(descriptor?.['webLink']);
    const url = (node(link?.['url'])?.['@_href'] as string | undefined)?.trim() ?? '';
    const title = itemTitle || textOf(link?.['title']) || url;
    if (!/^(?:https?:|mailto:)/i.test(url)) {
      this.report.note(msg('report.badWebLink', { title }));
      return [];
    }
    const doc: DocJson = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: title,
              marks: [
                {
                  type: 'link',
                  attrs: {
                    href: url,
                    target: '_blank',
                    rel: 'noopener noreferrer',
                    class: null,
                    listed: true,
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    return [{ title, doc }];
  }

  /** A Common Cartridge discussion topic as a lesson with its text; the forum itself is not kept. */
  private async discussion(resource: ManifestResource, itemTitle: string): Promise<OutlineLesson[]> {
    const path = this.descriptorPath(resource);
    const topic = node((await this.descriptor(resource))?.['topic']);
    if (!path || !topic) return [];
    const title = itemTitle || textOf(topic['title']) || 'Discussion';
    const page = await this.convert(`<body>${textOf(topic['text'])}</body>`, path, title);
    this.report.note(msg('report.discussion', { title }));
    return [{ title, doc: page.doc }];
  }

  private async quizInfo(resource: ManifestResource): Promise<{ title: string; questions: number }> {
    const path = this.descriptorPath(resource);
    const read = path ? await this.files.text(path) : 'missing';
    if (typeof read === 'string') return { title: '', questions: 0 };
    const text = read.text;
    const title = /<(?:\w+:)?(?:assessment|objectbank)\b[^>]*\btitle\s*=\s*"([^"]*)"/i.exec(text)?.[1] ?? '';
    const questions = text.match(/<(?:\w+:)?item\b[\s>]/gi)?.length ?? 0;
    return { title: decodeEntities(title), questions };
  }

  /** Moodle reads a descriptor resource's first `<file>` as its XML, so this does too. */
  private descriptorPath(resource: ManifestResource): string | null {
    const href = resource.files[0] ?? resource.href;
    return href ? resolvePackagePath('', href) : null;
  }

  private async descriptor(resource: ManifestResource): Promise<XmlNode | undefined> {
    const path = this.descriptorPath(resource);
    const read = path ? await this.files.text(path) : 'missing';
    if (typeof read === 'string') {
      this.missing(path ?? resource.id, read);
      return undefined;
    }
    try {
      return descriptorParser.parse(read.text) as XmlNode;
    } catch {
      this.report.note(msg('report.notXml', { path: path ?? resource.id }));
      return undefined;
    }
  }

  /** Converts a page at package path `path`, resolving its images inside the package. */
  private async convert(raw: string, path: string, name: string): Promise<ConvertedPage> {
    const page = await this.html.convert(raw, {
      name: name || undefined,
      image: async (src) => this.image(src, path, name || fileNameOf(path)),
    });
    this.pageLanguage ??= page.lang;
    return page;
  }

  /** The asset id of an image a page shows, or null (reported) when it cannot be brought in. */
  private async image(src: string, pagePath: string, pageName: string): Promise<string | null> {
    const data = /^data:([^;,]*)(;base64)?,(.*)$/is.exec(src);
    if (data) {
      let bytes: Buffer;
      try {
        bytes = data[2]
          ? Buffer.from(data[3] ?? '', 'base64')
          : Buffer.from(decodeURIComponent(data[3] ?? ''));
      } catch {
        bytes = Buffer.alloc(0); // a malformed data: URL is no picture; added() reports it
      }
      return this.added(bytes, 'image', pageName);
    }
    if (/^(?:https?:)?\/\//i.test(src)) {
      this.report.dropped('webImage', pageName);
      return null;
    }
    if (hasScheme(src) && !usesFileBase(src)) {
      // file:, blob: and the like point at the author's machine or browser, not the package.
      this.report.note(msg('report.imageNotInPackage', { src: src.slice(0, 120), page: pageName }));
      return null;
    }
    const path = resolvePackagePath(pagePath, src);
    if (!path) {
      this.report.note(msg('report.imageOutside', { page: pageName, src }));
      return null;
    }
    // $IMS-CC-FILEBASE$ means the cartridge's files, which Canvas keeps in web_resources/.
    const candidates = usesFileBase(src) ? [`web_resources/${path}`, path] : [path];
    const found = candidates.find((c) => this.files.find(c));
    if (!found) {
      this.report.note(msg('report.imageMissing', { path }));
      return null;
    }
    if (this.images.has(found)) return this.images.get(found) ?? null;
    const bytes = await this.files.bytes(found);
    const id =
      typeof bytes === 'string'
        ? (this.missing(found, bytes), null)
        : this.added(bytes, fileNameOf(found), pageName);
    this.images.set(found, id);
    return id;
  }

  private added(bytes: Uint8Array, name: string, pageName: string): string | null {
    const result = this.assets.addImage(bytes, name);
    if ('id' in result) return result.id;
    this.report.note(msg('report.notPicture', { page: pageName, name }));
    return null;
  }

  private missing(path: string, why: ReadRefusal): void {
    const lines: Record<ReadRefusal, MessageKey> = {
      missing: 'report.fileMissing',
      'too-large': 'report.fileTooLarge',
      damaged: 'report.fileDamaged',
    };
    this.report.note(msg(lines[why], { path }));
  }
}

/** Top-level items, looking through untitled wrappers that only hold other items. */
function unwrap(items: ManifestItem[]): ManifestItem[] {
  return items.flatMap((item) =>
    item.children.length && !item.resourceId && !item.title ? unwrap(item.children) : [item],
  );
}

/** The items of `items` that point to resources, depth first: a module's lessons. */
function leaves(items: ManifestItem[]): ManifestItem[] {
  return items.flatMap((item) =>
    item.children.length ? [...(item.resourceId ? [item] : []), ...leaves(item.children)] : [item],
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
