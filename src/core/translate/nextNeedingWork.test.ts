import { describe, expect, it } from 'vitest';
import type { Course, Lesson, NodeJson } from '../model/types';
import { nextNeedingWork } from './nextNeedingWork';

const p = (id: string, text?: string): NodeJson => ({
  type: 'paragraph',
  attrs: { id },
  ...(text ? { content: [{ type: 'text', text }] } : {}),
});
const lesson = (id: string, ru: string | undefined, en: NodeJson[], target: NodeJson[]): Lesson => ({
  id,
  title: { en: id, ...(ru ? { ru } : {}) },
  content: { en: { type: 'doc', content: en }, ru: { type: 'doc', content: target } },
});
const course = (...lessons: Lesson[]): Course => ({
  id: 'c1',
  languages: { source: 'en', target: 'ru' },
  title: { en: 'C' },
  description: {},
  authors: [],
  institution: {},
  keywords: {},
  licence: 'CC-BY-4.0',
  modules: [{ id: 'm1', title: { en: 'M' }, lessons }],
  assets: [],
});

describe('nextNeedingWork', () => {
  const c = course(
    lesson('l1', 'Урок', [p('a', 'A'), p('b', 'B')], [p('a', 'А'), p('b')]),
    lesson('l2', undefined, [p('c', 'C')], [p('c', 'Ц')]),
    lesson('l3', 'Три', [p('d', 'D')], [p('d')]),
  );

  it('goes to the next missing block or title in reading order', () => {
    expect(nextNeedingWork(c, null)).toEqual({ lessonId: 'l1', blockId: 'b' });
    expect(nextNeedingWork(c, { lessonId: 'l1', blockId: 'b' })).toEqual({ lessonId: 'l2', blockId: null });
    expect(nextNeedingWork(c, { lessonId: 'l2', blockId: null })).toEqual({ lessonId: 'l3', blockId: 'd' });
    expect(nextNeedingWork(c, { lessonId: 'l2', blockId: 'c' })).toEqual({ lessonId: 'l3', blockId: 'd' });
  });

  it('wraps round to the start', () => {
    expect(nextNeedingWork(c, { lessonId: 'l3', blockId: 'd' })).toEqual({ lessonId: 'l1', blockId: 'b' });
  });

  it('answers null when everything is done', () => {
    expect(nextNeedingWork(course(lesson('l1', 'Урок', [p('a', 'A')], [p('a', 'А')])), null)).toBeNull();
  });
});
