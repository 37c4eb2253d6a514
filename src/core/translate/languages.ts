import { blockId } from '../content/blockIds';
import type { Course, DocJson, Lesson, Module } from '../model/types';
import { blockState, cachedBlockHash, type TranslationRecord } from './state';

/**
 * A recorded source hash that no block can have: after a swap, a translation that was out of
 * date stays out of date, the other way round.
 */
const STALE = 'stale';

function mapLessons(course: Course, fn: (lesson: Lesson, module: Module) => Lesson): Course {
  return {
    ...course,
    modules: course.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => fn(lesson, module)),
    })),
  };
}

/**
 * Swaps the source and target languages of the whole course: the translation becomes the
 * text to translate from. What was done stays done, what was out of date stays out of date,
 * and blocks the new source lacks simply have nothing to translate.
 */
export function swapLanguages(course: Course): Course {
  const { source, target } = course.languages;
  const swapped = mapLessons(course, (lesson) => {
    const oldSource = new Map(
      ((lesson.content[source] as DocJson | undefined)?.content ?? []).map((b) => [blockId(b), b] as const),
    );
    const oldRecords = lesson.translations?.[target] ?? {};
    const records: Record<string, TranslationRecord> = {};
    for (const block of (lesson.content[target] as DocJson | undefined)?.content ?? []) {
      const id = blockId(block);
      const was = id ? oldSource.get(id) : undefined;
      if (!id || !was) continue;
      const state = blockState(was, block, oldRecords[id]);
      records[id] = { sourceHash: state === 'outdated' ? STALE : cachedBlockHash(block) };
    }
    const { [target]: _old, ...others } = lesson.translations ?? {};
    return { ...lesson, translations: { ...others, [source]: records } };
  });
  return { ...swapped, languages: { source: target, target: source } };
}

/** Whether the course holds any text in `lang` (titles, metadata or lesson content). */
export function hasTextIn(course: Course, lang: string): boolean {
  if (course.title[lang] || course.description[lang] || course.institution[lang]) return true;
  return course.modules.some(
    (m) =>
      Boolean(m.title[lang]) ||
      m.lessons.some((l) => Boolean(l.title[lang]) || Boolean(l.content[lang]?.content?.length)),
  );
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/**
 * Makes `lang` the course's target language. The old target's text is either kept in the
 * file (`keep`: not shown, not exported, back again if that language is chosen once more) or
 * dropped. Text already in `lang` (kept from before) comes back as the translation.
 */
export function changeTargetLanguage(course: Course, lang: string, keep: boolean): Course {
  const old = course.languages.target;
  if (lang === old || lang === course.languages.source) return course;
  let next: Course = { ...course, languages: { ...course.languages, target: lang } };
  if (keep) return next;
  next = {
    ...next,
    title: without(next.title, old),
    description: without(next.description, old),
    institution: without(next.institution, old),
    keywords: without(next.keywords, old),
  };
  next = {
    ...next,
    modules: next.modules.map((module) => ({ ...module, title: without(module.title, old) })),
  };
  return mapLessons(next, (lesson) => ({
    ...lesson,
    title: without(lesson.title, old),
    content: without(lesson.content, old),
    ...(lesson.translations ? { translations: without(lesson.translations, old) } : {}),
  }));
}
