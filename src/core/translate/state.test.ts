import { describe, expect, it } from 'vitest';
import type { Lesson, NodeJson } from '../model/types';
import { blockHash } from './blockHash';
import { countStates, lessonStates, recordTranslation, recordTranslations } from './state';

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

  it('works out again only what an edit changed, with the same result as from scratch', () => {
    const withBlock = (l: Lesson, lang: string, index: number, block: NodeJson): Lesson => {
      const content = [...(l.content[lang]?.content ?? [])];
      content[index] = block;
      return { ...l, content: { ...l.content, [lang]: { type: 'doc', content } } };
    };
    // From scratch: copies of the documents, which no earlier lesson object shares.
    const scratch = (l: Lesson) => Object.fromEntries(lessonStates(structuredClone(l), 'en', 'ru'));
    const check = (l: Lesson) => expect(Object.fromEntries(lessonStates(l, 'en', 'ru'))).toEqual(scratch(l));

    let l = lesson(
      [p('b1', 'Networks'), p('b2', 'Packets'), p('b3', 'Routers'), p('b2', 'Twice'), p('b5')],
      // A duplicated id (before the editor fixes it): the last block with it counts.
      [p('b1', 'Сети'), p('b2'), p('b3', 'Маршрутизаторы'), p('b4', 'Лишний'), p('b1', 'Дубль')],
    );
    l = recordTranslations(l, 'en', 'ru', ['b1', 'b3']);
    check(l);
    // The translator types into b2: only the target side changes, block by block.
    l = recordTranslations(withBlock(l, 'ru', 1, p('b2', 'Пакеты')), 'en', 'ru', ['b2']);
    check(l);
    expect(lessonStates(l, 'en', 'ru').get('b2')).toBe('done');
    l = withBlock(l, 'ru', 1, p('b2', 'Пакеты!'));
    check(l);
    // The author edits the source of b1 and b3: their translations are out of date.
    l = withBlock(withBlock(l, 'en', 0, p('b1', 'Nets')), 'en', 2, p('b3', 'Routers!'));
    check(l);
    expect(lessonStates(l, 'en', 'ru').get('b1')).toBe('outdated');
    // The translator empties b3 and the first of the two b1, then a block's id changes and a
    // block is added.
    l = withBlock(l, 'ru', 2, p('b3'));
    check(l);
    l = withBlock(l, 'ru', 0, p('b1'));
    check(l);
    l = withBlock(l, 'ru', 3, p('b5', 'Пятый'));
    check(l);
    l = {
      ...l,
      content: {
        ...l.content,
        en: { type: 'doc', content: [...(l.content['en']?.content ?? []), p('b6', 'New')] },
      },
    };
    check(l);
    expect(Object.fromEntries(lessonStates(l, 'en', 'ru'))).toEqual({
      b1: 'outdated',
      b2: 'done',
      b3: 'missing',
      b5: 'done',
      b6: 'missing',
    });
  });
});
