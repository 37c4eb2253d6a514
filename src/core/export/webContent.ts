import { lessonRenderer, renderLessonHtml, type LessonRenderer } from '../content/renderHtml';
import { licenceDoc, licenceStrings } from './licencePage';
import { allLessons, pickText } from '../model/course';
import type { Course, DocJson, Lesson, NodeJson } from '../model/types';
import { shouldDeflate } from '../project/compression';
import { assetData, assetEntryName, documentEntries, isLessonInFile } from '../project/projectFile';
import { lessonPageHtml, pickTitle, shellHtml, type PlayerCourse, type Standard } from './player/pages';
import { englishText, msg, type Message } from '../messages/message';
import type { BuiltPackage, ExportInput, PackageEntry } from './types';

/** The package path of a lesson page in one language. */
export function lessonHref(lessonId: string, lang: string): string {
  return `content/${lessonId}.${lang}.html`;
}

/** The package path of the licence and attribution page in one language. */
export function licenceHref(lang: string): string {
  return `about/licence.${lang}.html`;
}

/**
 * Where every package embeds the course document, so that OER Studio can reopen its own
 * exports losslessly (assets are the package's `media/` files, matched by hash). From format
 * version 2 the folder holds the project's own layout: `course.json` (the outline) and
 * `lessons/<id>.json`; `readEmbeddedProject` in src/node/projectIo.ts reads it.
 */
export const EMBEDDED_COURSE_PATH = 'oer-studio/course.json';
/** The folder of the embedded course document inside every package. */
export const EMBEDDED_PREFIX = 'oer-studio/';

/**
 * The embedded course document's entries: lessons still in the project file, and the assets'
 * stored entries, are copied from it byte for byte (see `ExportInput.rawEntry`).
 */
export function embeddedEntries(input: ExportInput): PackageEntry[] {
  return documentEntries(input.course, input.app, EMBEDDED_PREFIX, input.rawEntry);
}

/** An asset's entry in a package: copied as stored in the project file when it is there. */
export function assetEntry(input: ExportInput, asset: Course['assets'][number], path: string): PackageEntry {
  const raw = input.rawEntry?.(assetEntryName(asset.hash));
  return {
    path,
    data: assetData(input.openAsset, asset),
    deflate: shouldDeflate(asset.mime),
    ...(raw ? { raw } : {}),
  };
}

/**
 * Gives each lesson in full: as it is, or read from the project file when the course was opened
 * as an outline. The last few reads are kept, because a lesson's pages (one per language) are
 * rendered one after the other, and only those: a large course is never all in memory.
 */
export function lessonLoader(input: ExportInput): (lesson: Lesson) => Promise<Lesson> {
  const recent = new Map<string, Promise<Lesson>>();
  return (lesson) => {
    if (!isLessonInFile(lesson)) return Promise.resolve(lesson);
    const load = input.loadLesson;
    if (!load) return Promise.reject(new Error(`lesson ${lesson.id} is still in the project file`));
    let loading = recent.get(lesson.id);
    if (!loading) {
      loading = load(lesson).then((full) => ({ ...full, title: lesson.title }));
      recent.set(lesson.id, loading);
      if (recent.size > 4) recent.delete(recent.keys().next().value as string);
    }
    return loading;
  };
}

/** The package path of an asset: its hash keeps it ASCII-safe and unique, whatever its name. */
export function assetHref(hash: string, name: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  return `media/${hash.slice(0, 16)}${ext ? `.${ext}` : ''}`;
}

/** The web content shared by every format: the player shell, lesson pages, player kit and media. */
export interface WebContent {
  entries: PackageEntry[];
  /** The launch page of the player. */
  launch: string;
  /** Warnings for the author, in English (see `BuiltPackage`). */
  warnings: string[];
  /** The same warnings as messages. */
  warningTexts: Message[];
}

/** An export's warnings as they are collected: English and messages side by side (see `BuiltPackage`). */
export interface ExportWarnings extends Pick<BuiltPackage, 'warnings' | 'warningTexts'> {
  /** Adds warnings to both lists. */
  add(...texts: Message[]): void;
}

/** Empty {@link ExportWarnings}. */
export function exportWarnings(): ExportWarnings {
  const warnings: string[] = [];
  const warningTexts: Message[] = [];
  return {
    warnings,
    warningTexts,
    add(...texts) {
      warningTexts.push(...texts);
      warnings.push(...texts.map(englishText));
    },
  };
}

/**
 * Maps a course to the player's view of it: titles, the file of each lesson per language, and
 * the licence and attribution page.
 */
export function playerCourse(course: Course, languages: string[], standard: Standard): PlayerCourse {
  return {
    id: course.id,
    title: course.title,
    languages,
    standard,
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: l.title,
        files: Object.fromEntries(languages.map((lang) => [lang, lessonHref(l.id, lang)])),
      })),
    })),
    // The licence and attribution page that buildWebContent writes for every package language.
    licence: { files: Object.fromEntries(languages.map((lang) => [lang, licenceHref(lang)])) },
  };
}

/**
 * Builds the files every package shares. Lesson pages carry no script: the player shell is the
 * only page with one, and it loads only the vetted runtime in `player/`.
 */
export function buildWebContent(input: ExportInput, languages: string[], standard: Standard): WebContent {
  const { course } = input;
  const source = course.languages.source;
  const warnings = exportWarnings();
  const entries: PackageEntry[] = [];
  entries.push({
    path: 'index.html',
    data: shellHtml(playerCourse(course, languages, standard)),
    deflate: true,
  });
  const render = packageRenderer(course, '../');
  const load = lessonLoader(input);
  for (const { lesson } of allLessons(course)) {
    // A lesson still in the project file is checked when it is read, as its pages are written.
    const inFile = isLessonInFile(lesson);
    for (const lang of languages) {
      const { text: title, lang: titleLang } = pickTitle(lesson.title, lang, source);
      const check = (doc: DocJson | undefined) => warnings.add(...lessonWarnings(doc, title, lang));
      if (!inFile) check(lesson.content[lang]);
      entries.push({
        path: lessonHref(lesson.id, lang),
        // Rendered when zipped, one page at a time, so a large course's HTML is never all in memory.
        data: async () => {
          const doc = (await load(lesson)).content[lang];
          if (inFile) check(doc);
          return utf8.encode(
            lessonPageHtml({
              lang,
              title,
              titleLang,
              courseTitle: pickText(course.title, lang, source),
              bodyHtml: render(doc ?? { type: 'doc', content: [] }),
              cssHref: '../player/player.css',
            }),
          );
        },
        deflate: true,
      });
    }
  }
  for (const lang of languages) {
    entries.push({
      path: licenceHref(lang),
      data: lessonPageHtml({
        lang,
        title: licenceStrings(lang)['title'] as string,
        courseTitle: pickText(course.title, lang, source),
        bodyHtml: renderLessonHtml(licenceDoc(course, lang)),
        cssHref: '../player/player.css',
      }),
      deflate: true,
    });
  }
  entries.push(...embeddedEntries(input));
  for (const file of input.player.files) {
    entries.push({ path: `player/${file.path}`, data: file.data, deflate: !file.path.endsWith('.woff2') });
  }
  const seen = new Set<string>();
  for (const asset of course.assets) {
    if (seen.has(asset.hash)) continue;
    seen.add(asset.hash);
    entries.push(assetEntry(input, asset, assetHref(asset.hash, asset.name)));
  }
  return { entries, launch: 'index.html', warnings: warnings.warnings, warningTexts: warnings.warningTexts };
}

/**
 * The lesson renderer of a package: images point at their asset's file in `media/`, seen from
 * a page `prefix` away from the package's media folder (`../` from `content/`).
 */
export function packageRenderer(course: Course, prefix: string): LessonRenderer {
  const byId = new Map(course.assets.map((a) => [a.id, a]));
  return lessonRenderer((id) => {
    const asset = byId.get(id);
    return asset ? prefix + assetHref(asset.hash, asset.name) : null;
  });
}

/**
 * What the author should check in one language of a lesson titled `title`: no text yet, and
 * problems a learner would notice (images with no text alternative).
 */
export function lessonWarnings(doc: DocJson | undefined, title: string, lang: string): Message[] {
  return [
    ...(hasText(doc) ? [] : [msg('export.noText', { title, lang })]),
    ...contentWarnings(doc, title, lang),
  ];
}

/** Problems a learner would notice in a lesson document: images with no text alternative. */
function contentWarnings(doc: DocJson | undefined, title: string, lang: string): Message[] {
  const warnings: Message[] = [];
  const walk = (node: NodeJson) => {
    if (node.type === 'image' && !String(node.attrs?.['alt'] ?? '').trim())
      warnings.push(msg('export.noAlt', { title, lang }));
    node.content?.forEach(walk);
  };
  doc?.content?.forEach(walk);
  return warnings;
}

const utf8 = new TextEncoder();

/** Entry data made only when the entry is written. */
export function lazyText(make: () => string): () => Promise<Uint8Array> {
  return async () => utf8.encode(make());
}

/** Whether a lesson document has any text in it (an untranslated lesson has only empty blocks). */
export function hasText(doc: DocJson | undefined): boolean {
  return Boolean(doc?.content?.some((b) => (b.content?.length ?? 0) > 0));
}
