import { describe, expect, it } from 'vitest';
import type { Lesson, NodeJson } from '../model/types';
import { blockHash } from './blockHash';
import { countStates, lessonStates, recordTranslation } from './state';

const p = (id: string, text?: string, marks?: NodeJson['marks']): NodeJson => ({
  type: 'paragraph',
  attrs: { id },
  ...(text ? { content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] } : {}),
});
const lesson = (en: NodeJson[], ru: NodeJson[]): Lesson => ({
  id: 'l1',
  title: { en: 'T' },
  content: { en: { type: 'doc', content: en }, ru: { type: 'doc', content: ru } },
});

describe('translation state', () => {
  it('derives missing, out of date and done per block', () => {
    let l = lesson(
      [p('b1', 'Networks'), p('b2', 'Packets'), p('b3', 'Routers'), p('b4')],
      [p('b1', 'Сети'), p('b2', 'Пакеты'), p('b3')],
    );
    l = recordTranslation(l, 'en', 'ru', 'b1');
    l = recordTranslation(l, 'en', 'ru', 'b2');
    expect(Object.fromEntries(lessonStates(l, 'en', 'ru'))).toEqual({
      b1: 'done',
      b2: 'done',
      b3: 'missing',
      b4: 'done',
    });
    // The author edits the source of b2: its translation is now out of date.
    l = {
      ...l,
      content: {
        ...l.content,
        en: { type: 'doc', content: [p('b1', 'Networks'), p('b2', 'Packets!'), p('b3', 'Routers'), p('b4')] },
      },
    };
    expect(lessonStates(l, 'en', 'ru').get('b2')).toBe('outdated');
    // Marking it reviewed, without editing, makes it done again.
    l = recordTranslation(l, 'en', 'ru', 'b2');
    expect(countStates(lessonStates(l, 'en', 'ru').values())).toEqual({
      missing: 1,
      outdated: 0,
      done: 3,
      total: 4,
    });
  });

  it('hashes content, not the block id or key order', () => {
    expect(blockHash(p('b1', 'x'))).toBe(blockHash(p('b9', 'x')));
    expect(blockHash({ type: 'paragraph', content: [{ text: 'x', type: 'text' }] })).toBe(
      blockHash(p('b1', 'x')),
    );
    expect(blockHash(p('b1', 'x'))).not.toBe(blockHash(p('b1', 'x', [{ type: 'bold' }])));
    expect(blockHash(p('b1', 'x'))).not.toBe(blockHash(p('b1', 'y')));
  });
});
