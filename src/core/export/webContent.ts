import { lessonRenderer, renderLessonHtml, type LessonRenderer } from '../content/renderHtml';
import { toCourseDocument } from '../model/courseDocument';
import { licenceDoc, licenceStrings } from './licencePage';
import { allLessons, pickText } from '../model/course';
import type { Course, DocJson, NodeJson } from '../model/types';
import { shouldDeflate } from '../project/compression';
import { assetData } from '../project/projectFile';
import { lessonPageHtml, pickTitle, shellHtml, type PlayerCourse, type Standard } from './player/pages';
import type { ExportInput, PackageEntry } from './types';

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
 * exports losslessly (assets are the package's `media/` files, matched by hash).
 */
export const EMBEDDED_COURSE_PATH = 'oer-studio/course.json';

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
  warnings: string[];
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
  const warnings: string[] = [];
  const entries: PackageEntry[] = [];
  entries.push({
    path: 'index.html',
    data: shellHtml(playerCourse(course, languages, standard)),
    deflate: true,
  });
  const render = packageRenderer(course, '../');
  for (const { lesson } of allLessons(course)) {
    for (const lang of languages) {
      const doc = lesson.content[lang];
      const { text: title, lang: titleLang } = pickTitle(lesson.title, lang, source);
      if (!hasText(doc)) warnings.push(`Lesson "${title}" has no ${lang} text yet.`);
      warnings.push(...contentWarnings(doc, `lesson "${title}" (${lang})`));
      entries.push({
        path: lessonHref(lesson.id, lang),
        // Rendered when zipped, one page at a time, so a large course's HTML is never all in memory.
        data: lazyText(() =>
          lessonPageHtml({
            lang,
            title,
            titleLang,
            courseTitle: pickText(course.title, lang, source),
            bodyHtml: render(doc ?? { type: 'doc', content: [] }),
            cssHref: '../player/player.css',
          }),
        ),
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
  entries.push({
    path: EMBEDDED_COURSE_PATH,
    data: JSON.stringify(toCourseDocument(course, input.app)),
    deflate: true,
  });
  for (const file of input.player.files) {
    entries.push({ path: `player/${file.path}`, data: file.data, deflate: !file.path.endsWith('.woff2') });
  }
  const seen = new Set<string>();
  for (const asset of course.assets) {
    if (seen.has(asset.hash)) continue;
    seen.add(asset.hash);
    entries.push({
      path: assetHref(asset.hash, asset.name),
      data: assetData(input.openAsset, asset),
      deflate: shouldDeflate(asset.mime),
    });
  }
  return { entries, launch: 'index.html', warnings };
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

/** Problems a learner would notice in a lesson document: images with no text alternative. */
export function contentWarnings(doc: DocJson | undefined, where: string): string[] {
  const warnings: string[] = [];
  const walk = (node: NodeJson) => {
    if (node.type === 'image' && !String(node.attrs?.['alt'] ?? '').trim())
      warnings.push(`An image in ${where} has no alt text.`);
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
