/**
 * Imports a Word document (.docx) with mammoth, which maps Word's styles to plain HTML; the
 * HTML then takes the same sanitise-and-map path as package pages.
 *
 * How headings become the outline. Lecturers' documents come in two shapes: a list of topics
 * (Heading 1 per topic) or chapters with sections (Heading 1 chapters, Heading 2 sections).
 * So, with L the highest heading level the document uses:
 * - if it also uses level L+1, level L headings start modules and level L+1 headings lessons;
 *   text between a module heading and its first lesson heading becomes a lesson titled like
 *   the module;
 * - otherwise level L headings start lessons, all in one module titled like the course.
 * Text before the first heading becomes a first lesson titled like the course. Deeper headings
 * stay inside their lesson as its headings. The course title is the paragraph in Word's
 * "Title" style, else the document's title property, else the file name.
 */
import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { OerError, isOerError } from '../../core/errors';
import { msg, type Message } from '../../core/messages/message';
import { ImportReport } from '../../core/import/importReport';
import { courseFromOutline, type OutlineModule } from '../../core/import/importedCourse';
import type { IdGenerator } from '../../core/model/ids';
import type { ZipArchive } from '../zipReader';
import { HtmlToDoc } from './htmlToDoc';
import { ImportAssets } from './importAssets';
import type { ImportRun } from './importRun';
import type { ImportedCourse } from './types';

/** The largest part of a document read into memory (a 1,000-page book is far below it). */
const MAX_PART = 256 * 1024 * 1024;
/** Where converted images are, as mammoth writes them into the HTML: a placeholder path. */
const IMAGE_SRC = 'oer-docx-image/';

/** Word's "Title" paragraph, marked so it can become the course title. */
const STYLE_MAP = ["p[style-name='Title'] => p.oer-docx-title:fresh"];

/**
 * Mammoth reads a document through an object with `exists` and `read` (its `file` input,
 * which its own zip wrapper also implements). Giving it one over our zip reader means every
 * byte of the .docx is read with the same safety checks as any package: size caps, no bombs.
 */
function mammothFile(zip: ZipArchive) {
  const entry = (name: string) => zip.entries.get(name.replace(/^\//, ''));
  return {
    exists: (name: string) => entry(name) !== undefined,
    async read(name: string, encoding?: string): Promise<Uint8Array | string> {
      const found = entry(name);
      if (!found) throw new Error(`missing part ${name}`);
      if (found.uncompressedSize > MAX_PART)
        throw new OerError('not-a-course', msg('import.docxPartTooLarge', { name }));
      const bytes = await zip.read(found);
      if (encoding === 'base64') return bytes.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(bytes);
      return new Uint8Array(bytes);
    },
    write() {
      throw new Error('read only');
    },
    toArrayBuffer() {
      throw new Error('read only');
    },
  };
}

async function partText(zip: ZipArchive, name: string): Promise<string> {
  const entry = zip.entries.get(name);
  if (!entry || entry.uncompressedSize > MAX_PART) return '';
  return (await zip.read(entry)).toString('utf8');
}

function xmlText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Mammoth's warnings in a lecturer's words; null for those the importer reports itself. */
function describeMessage(message: string): Message | null {
  // Mammoth warns about EMF/WMF pictures; the image converter reports those it leaves out.
  if (/^Image of type .* is unlikely to display in web browsers/.test(message)) return null;
  const paragraph = /^Unrecognised paragraph style: '(.*?)'/.exec(message);
  if (paragraph) return msg('report.wordParagraphStyle', { style: paragraph[1] ?? '' });
  const run = /^Unrecognised run style: '(.*?)'/.exec(message);
  if (run) return msg('report.wordRunStyle', { style: run[1] ?? '' });
  // Mammoth's other warnings are its own English: shown as they are, after words the reader knows.
  return msg('report.wordConversion', { message });
}

interface DraftLesson {
  title: string;
  parts: string[];
}

/** Imports an open .docx; `fallbackTitle` is the file name without its extension. */
export async function importDocx(
  zip: ZipArchive,
  fallbackTitle: string,
  run: ImportRun,
  ids: IdGenerator,
): Promise<ImportedCourse> {
  const report = new ImportReport();
  const html = new HtmlToDoc(report);
  try {
    const assets = new ImportAssets(ids, (svg) => html.sanitizeSvg(svg));
    const images = new Map<string, string | null>();
    run.plan(1);
    const result = await mammoth
      .convertToHtml({ file: mammothFile(zip) } as unknown as Parameters<typeof mammoth.convertToHtml>[0], {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          const bytes = await image.read();
          const n = images.size + 1;
          const extension = image.contentType.split('/')[1]?.replace(/^x-/, '') ?? 'bin';
          const added = assets.addImage(bytes, `image-${n}.${extension}`);
          if ('refused' in added) report.note(msg('report.docxImage', { n, extension }));
          images.set(`${IMAGE_SRC}${n}`, 'id' in added ? added.id : null);
          return { src: `${IMAGE_SRC}${n}` };
        }),
      })
      .catch((e: unknown) => {
        if (isOerError(e)) throw e;
        // Mammoth's own errors name XML parts; the lecturer needs to know the file is unreadable.
        throw new OerError(
          'not-a-course',
          msg('import.docxUnreadable', { error: (e as Error)?.message ?? String(e) }),
        );
      });
    run.step();
    for (const message of result.messages) {
      const line = describeMessage(message.message);
      if (line) report.note(line);
    }

    const core = await partText(zip, 'docProps/core.xml');
    const fragment = JSDOM.fragment(result.value);
    const titleParagraph = fragment.querySelector('p.oer-docx-title');
    const styledTitle = titleParagraph?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    titleParagraph?.remove();
    const title =
      styledTitle || xmlText(/<dc:title>([\s\S]*?)<\/dc:title>/.exec(core)?.[1] ?? '') || fallbackTitle;
    const language =
      xmlText(/<dc:language>([\s\S]*?)<\/dc:language>/.exec(core)?.[1] ?? '') ||
      /<w:docDefaults>[\s\S]*?<w:lang\b[^>]*\bw:val="([^"]+)"/.exec(
        await partText(zip, 'word/styles.xml'),
      )?.[1];

    const modules = outline([...fragment.childNodes], title);
    const lessonCount = modules.reduce((n, m) => n + m.lessons.length, 0);
    run.plan(lessonCount);
    const converted: OutlineModule[] = [];
    for (const module of modules) {
      const lessons = [];
      for (const lesson of module.lessons) {
        const page = await html.convert(`<body>${lesson.parts.join('')}</body>`, {
          name: lesson.title || title,
          image: (src) => Promise.resolve(images.get(src) ?? null),
        });
        lessons.push({ title: lesson.title, doc: page.doc });
        run.step();
      }
      converted.push({ title: module.title, lessons });
    }
    const course = courseFromOutline({ title, language, modules: converted }, assets.list, ids);
    run.finish();
    return {
      course,
      assets: assets.store,
      report: report.lines(),
      reportTexts: report.messages(),
      kind: 'docx',
    };
  } finally {
    html.close();
  }
}

/** Splits mammoth's flat HTML into modules and lessons by its headings (see the file comment). */
function outline(nodes: ChildNode[], courseTitle: string): { title: string; lessons: DraftLesson[] }[] {
  const level = (n: ChildNode) => (/^H[1-6]$/.test(n.nodeName) ? Number(n.nodeName[1]) : 0);
  const levels = nodes.map(level).filter(Boolean);
  const top = levels.length ? Math.min(...levels) : 0;
  const twoLevels = top > 0 && levels.includes(top + 1);
  const lessonLevel = twoLevels ? top + 1 : top;

  const modules: { title: string; lessons: DraftLesson[] }[] = [];
  let module: { title: string; lessons: DraftLesson[] } | null = null;
  let lesson: DraftLesson | null = null;
  const currentModule = () => {
    if (!module) modules.push((module = { title: courseTitle, lessons: [] }));
    return module;
  };
  for (const n of nodes) {
    const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    const l = level(n);
    if (twoLevels && l === top) {
      modules.push((module = { title: text, lessons: [] }));
      lesson = null;
      continue;
    }
    if (l && l === lessonLevel) {
      lesson = { title: text, parts: [] };
      currentModule().lessons.push(lesson);
      continue;
    }
    if (n.nodeType === 3 && !text) continue;
    if (!lesson) {
      lesson = { title: module ? module.title : courseTitle, parts: [] };
      currentModule().lessons.push(lesson);
    }
    lesson.parts.push(n.nodeType === 1 ? (n as Element).outerHTML : escapeText(n.textContent ?? ''));
  }
  return modules;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
