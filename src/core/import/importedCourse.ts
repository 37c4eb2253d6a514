/**
 * The shape every importer of other tools' content fills in (an outline of titled lessons with
 * one document each), and its conversion into a course. Imported content is in one language:
 * it becomes the source language, and the target language starts empty, ready to translate.
 */
import { ensureBlockIds } from '../content/blockIds';
import { createCourse, emptyDoc } from '../model/course';
import { newId, type IdGenerator } from '../model/ids';
import { isLanguageTag } from '../model/schema';
import type { Asset, Course, DocJson, LanguagePair } from '../model/types';

/** A lesson found by an importer. */
export interface OutlineLesson {
  title: string;
  doc: DocJson;
}

/** A module found by an importer. */
export interface OutlineModule {
  title: string;
  lessons: OutlineLesson[];
}

/** What an importer found: titles, the content's language if it says, and the modules. */
export interface ImportOutline {
  title: string;
  description?: string;
  /** The content's language as the source declares it (`en-US`, `ru_RU`, `RU`); unchecked. */
  language?: string;
  modules: OutlineModule[];
}

/**
 * The course languages for imported content. The source is the declared language reduced to
 * its language and script (`en-US` → `en`, `uz-Latn-UZ` → `uz-Latn`): a course language is what
 * the author writes in, and a region would split one language into several in the language
 * menus. Without a usable declaration it is English, the most common language of packages
 * without one. The target is Russian, the other language of most OER Studio courses, unless
 * the source is Russian, where it is English; the author can change both after the import.
 */
export function importLanguages(declared?: string): LanguagePair {
  let source = 'en';
  const tag = declared?.trim().replace(/_/g, '-');
  if (tag && isLanguageTag(tag)) {
    try {
      const locale = new Intl.Locale(tag);
      const candidate = locale.script ? `${locale.language}-${locale.script}` : locale.language;
      // "und", "zxx", "mul" and private-use tags say nothing about the language.
      if (isLanguageTag(candidate) && !['und', 'zxx', 'mul', 'mis'].includes(locale.language))
        source = candidate;
    } catch {
      // Not a locale Intl understands: keep the default.
    }
  }
  return { source, target: source === 'ru' ? 'en' : 'ru' };
}

/**
 * Builds a course from an importer's outline and assets. Empty modules are left out; a course
 * with no lessons at all gets the new-course module and lesson, so the editor has somewhere to
 * start. Every top-level block of every document gets a block id.
 */
export function courseFromOutline(outline: ImportOutline, assets: Asset[], ids: IdGenerator = newId): Course {
  const languages = importLanguages(outline.language);
  const { source, target } = languages;
  const title = outline.title.trim() || 'Imported course';
  const course = createCourse({ title, languages, ids });
  const modules = outline.modules
    .filter((m) => m.lessons.length > 0)
    .map((m, mi) => ({
      id: ids('m'),
      title: { [source]: m.title.trim() || `Module ${mi + 1}` },
      lessons: m.lessons.map((l, li) => ({
        id: ids('l'),
        title: { [source]: l.title.trim() || `Lesson ${li + 1}` },
        content: { [source]: ensureBlockIds(l.doc, ids), [target]: emptyDoc(ids) },
      })),
    }));
  if (modules.length) course.modules = modules;
  if (outline.description?.trim()) course.description = { [source]: outline.description.trim() };
  course.assets = assets;
  return course;
}
