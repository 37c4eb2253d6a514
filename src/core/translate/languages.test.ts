import { describe, expect, it } from 'vitest';
import { allLessons, createCourse } from '../model/course';
import type { Course, Lesson, NodeJson } from '../model/types';
import { changeTargetLanguage, hasTextIn, swapLanguages } from './languages';
import { lessonStates, recordTranslation } from './state';

const p = (id: string, text?: string): NodeJson => ({
  type: 'paragraph',
  attrs: { id },
  ...(text ? { content: [{ type: 'text', text }] } : {}),
});

/** A course whose one lesson has a done, an out-of-date and a missing block. */
function course(): Course {
  const base = createCourse({ title: 'Networks', languages: { source: 'en', target: 'ru' } });
  const lesson = allLessons(base)[0]!.lesson;
  let l: Lesson = {
    ...lesson,
    title: { en: 'Packets', ru: 'Пакеты' },
    content: {
      en: { type: 'doc' as const, content: [p('d', 'Done'), p('o', 'Old'), p('m', 'Missing')] },
      ru: { type: 'doc' as const, content: [p('d', 'Готово'), p('o', 'Старое'), p('m')] },
    },
  };
  l = recordTranslation(recordTranslation(l, 'en', 'ru', 'd'), 'en', 'ru', 'o');
  l = {
    ...l,
    content: {
      ...l.content,
      en: { type: 'doc', content: [p('d', 'Done'), p('o', 'Old!'), p('m', 'Missing')] },
    },
  };
  return { ...base, title: { en: 'Networks', ru: 'Сети' }, modules: [{ ...base.modules[0]!, lessons: [l] }] };
}

describe('swapLanguages', () => {
  it('makes the translation the source and keeps what was done and out of date', () => {
    const swapped = swapLanguages(course());
    expect(swapped.languages).toEqual({ source: 'ru', target: 'en' });
    const lesson = allLessons(swapped)[0]!.lesson;
    expect(Object.fromEntries(lessonStates(lesson, 'ru', 'en'))).toEqual({
      d: 'done',
      o: 'outdated',
      m: 'done',
    });
    expect(lesson.translations?.['ru']).toBeUndefined();
  });

  it('swapped twice gives the same states back', () => {
    const twice = allLessons(swapLanguages(swapLanguages(course())))[0]!.lesson;
    expect(Object.fromEntries(lessonStates(twice, 'en', 'ru'))).toEqual({
      d: 'done',
      o: 'outdated',
      m: 'missing',
    });
  });
});

describe('changeTargetLanguage', () => {
  it('drops the old target text when asked', () => {
    const changed = changeTargetLanguage(course(), 'kk', false);
    expect(changed.languages).toEqual({ source: 'en', target: 'kk' });
    expect(hasTextIn(changed, 'ru')).toBe(false);
    expect(hasTextIn(changed, 'en')).toBe(true);
    const lesson = allLessons(changed)[0]!.lesson;
    expect(Object.values(Object.fromEntries(lessonStates(lesson, 'en', 'kk')))).toEqual([
      'missing',
      'missing',
      'missing',
    ]);
  });

  it('keeps the old target text in the file, and brings it back when chosen again', () => {
    const kept = changeTargetLanguage(course(), 'kk', true);
    expect(hasTextIn(kept, 'ru')).toBe(true);
    const back = changeTargetLanguage(kept, 'ru', true);
    expect(allLessons(back)[0]!.lesson.content['ru']).toEqual(allLessons(course())[0]!.lesson.content['ru']);
  });

  it('refuses the source language as the target', () => {
    const c = course();
    expect(changeTargetLanguage(c, 'en', false)).toBe(c);
  });
});
