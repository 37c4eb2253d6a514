import type { Course, DocJson, LanguagePair, Lesson, Module } from './types';
import { newId, type IdGenerator } from './ids';

/** Options for {@link createCourse}. */
export interface NewCourseOptions {
  title: string;
  languages?: LanguagePair;
  ids?: IdGenerator;
}

/** An empty document with one empty paragraph that carries a block id. */
export function emptyDoc(ids: IdGenerator = newId): DocJson {
  return { type: 'doc', content: [{ type: 'paragraph', attrs: { id: ids('b') } }] };
}

/** A new lesson titled in the source language, with an empty document per language. */
export function createLesson(languages: LanguagePair, title: string, ids: IdGenerator = newId): Lesson {
  const source = emptyDoc(ids);
  // The target starts aligned with the source: the same block ids, no text.
  const target: DocJson = structuredClone(source);
  return {
    id: ids('l'),
    title: { [languages.source]: title },
    content: { [languages.source]: source, [languages.target]: target },
  };
}

/** A new module with one lesson, titled in the source language. */
export function createModule(languages: LanguagePair, title: string, ids: IdGenerator = newId): Module {
  return { id: ids('m'), title: { [languages.source]: title }, lessons: [] };
}

/** A new course with one module holding one lesson, so the editor has somewhere to start. */
export function createCourse({
  title,
  languages = { source: 'en', target: 'ru' },
  ids = newId,
}: NewCourseOptions): Course {
  const module = createModule(languages, 'Module 1', ids);
  module.lessons.push(createLesson(languages, 'Lesson 1', ids));
  return {
    id: ids('c'),
    languages: { ...languages },
    title: { [languages.source]: title },
    description: {},
    authors: [],
    institution: {},
    keywords: {},
    licence: 'CC-BY-4.0',
    modules: [module],
    assets: [],
  };
}

/** Every lesson in reading order, with its module. */
export function allLessons(course: Course): { module: Module; lesson: Lesson }[] {
  return course.modules.flatMap((module) => module.lessons.map((lesson) => ({ module, lesson })));
}

/** Finds a lesson by id. */
export function findLesson(course: Course, lessonId: string): { module: Module; lesson: Lesson } | undefined {
  return allLessons(course).find((e) => e.lesson.id === lessonId);
}

/** Text in `lang`, else in the source language, else the first one written, else "". */
export function pickText(text: Record<string, string>, lang: string, fallback?: string): string {
  return text[lang] || (fallback ? text[fallback] : undefined) || Object.values(text).find(Boolean) || '';
}
