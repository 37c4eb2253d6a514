import { describe, expect, it } from 'vitest';
import type { NodeJson } from '../../model/types';
import {
  BrokenInlineError,
  decodeBlock,
  encodeBlock,
  encodeTranslation,
  pairMarkers,
  resolveTags,
  type Inline,
} from './inline';

const t = (text: string, marks?: NodeJson['marks']): NodeJson => ({
  type: 'text',
  text,
  ...(marks?.length ? { marks } : {}),
});
const p = (...content: NodeJson[]): NodeJson => ({ type: 'paragraph', content });
const link = {
  type: 'link',
  attrs: { href: 'https://example.org/a?b=1&c=<2>', target: '_blank', listed: true },
};

/** Encodes a block, then decodes it as a translation of itself would be. */
const roundTrip = (block: NodeJson) => {
  const inline = encodeBlock(block);
  return decodeBlock(block, resolveTags(inline, inline));
};

describe('inline content ⇄ TipTap JSON', () => {
  it.each<[string, NodeJson]>([
    [
      'marks, links, code and hard breaks',
      {
        type: 'paragraph',
        attrs: { id: 'b1' },
        content: [
          t('Plain, '),
          t('bold', [{ type: 'bold' }]),
          t(' bold italic', [{ type: 'bold' }, { type: 'italic' }]),
          t(' ', []),
          t('a link', [link]),
          t('code()', [{ type: 'code' }]),
          { type: 'hardBreak' },
          t('struck', [{ type: 'strike' }, { type: 'underline' }]),
          t(' Привет 😀'),
        ],
      },
    ],
    [
      'a nested list with a multi-paragraph item',
      {
        type: 'bulletList',
        attrs: { id: 'b2' },
        content: [
          { type: 'listItem', content: [p(t('one'))] },
          {
            type: 'listItem',
            content: [
              p(t('two ', []), t('bold', [{ type: 'bold' }])),
              p(t('second paragraph')),
              {
                type: 'orderedList',
                attrs: { start: 3, type: null },
                content: [{ type: 'listItem', content: [p(t('deep'))] }],
              },
            ],
          },
          { type: 'listItem', content: [{ type: 'paragraph' }] },
        ],
      },
    ],
    [
      'a quote with a rule inside',
      {
        type: 'blockquote',
        attrs: { id: 'b3' },
        content: [p(t('Quote')), { type: 'horizontalRule' }, p(t('more'))],
      },
    ],
    [
      'a code block',
      {
        type: 'codeBlock',
        attrs: { id: 'b4', language: 'python' },
        content: [t('def f():\n    return "<x>"  \n')],
      },
    ],
    ['a heading', { type: 'heading', attrs: { id: 'b5', level: 3 }, content: [t('Title')] }],
    ['an image', { type: 'image', attrs: { id: 'b6', asset: 'a1', alt: 'A cat', title: 'Figure 1' } }],
  ])('round-trips %s', (_name, block) => {
    expect(roundTrip(block)).toEqual(block);
  });

  it('wraps a list item and its only paragraph in one tag, and simple marks need no stored original', () => {
    const inline = encodeBlock({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(t('x', [{ type: 'bold' }]))] }],
    });
    expect(inline).toEqual([
      {
        kind: 'pair',
        id: '1',
        ctype: 'x-oer-listItem-paragraph',
        original: { nodes: [{ type: 'listItem' }, { type: 'paragraph' }] },
        content: [
          { kind: 'pair', id: '2', ctype: 'bold', original: { mark: { type: 'bold' } }, content: ['x'] },
        ],
      },
    ]);
  });

  it('gives a translation the ids of the source tags that stand for the same thing', () => {
    const source = encodeBlock(p(t('a', [{ type: 'bold' }]), t('b', [link])));
    const ruLink = { type: 'link', attrs: { href: 'https://example.ru/' } };
    const target = encodeTranslation(p(t('ссылка', [ruLink]), t('жирный', [{ type: 'bold' }])), source);
    expect(target.map((i) => (typeof i === 'string' ? i : [i.id, i.ctype]))).toEqual([
      ['2', 'link'],
      ['1', 'bold'],
    ]);
    // The translation's own link target survives, not the source's.
    expect(decodeBlock(p(), resolveTags(target, source)).content?.[0]?.marks).toEqual([ruLink]);
  });

  it('takes what a tag stands for from the source when the translation has only its id', () => {
    const source = encodeBlock(p(t('see ', []), t('this', [link])));
    const target: Inline[] = [
      { kind: 'pair', id: '1', ctype: 'link', original: null, content: ['это'] },
      ' см.',
    ];
    expect(decodeBlock(p(), resolveTags(target, source))).toEqual(p(t('это', [link]), t(' см.')));
  });

  it('refuses unknown tags, tags that change kind and misplaced structure', () => {
    const source = encodeBlock({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('a'))] }] });
    const unknown: Inline[] = [{ kind: 'pair', id: '9', ctype: 'x-nope', original: null, content: ['x'] }];
    expect(() => resolveTags(unknown, source)).toThrow(BrokenInlineError);
    const changedKind: Inline[] = [
      { kind: 'ph', id: '1', ctype: 'x-oer-listItem-paragraph', original: null },
    ];
    expect(() => resolveTags(changedKind, source)).toThrow(/standalone in the translation/);
    const outside: Inline[] = ['text outside the item'];
    expect(() => decodeBlock({ type: 'bulletList' }, resolveTags(outside, source))).toThrow(/outside/);
    const boldSource = encodeBlock(p(t('b', [{ type: 'bold' }])));
    const listInParagraph = resolveTags(source, source);
    expect(() => decodeBlock(p(), resolveTags(listInParagraph, boldSource))).toThrow(/inside a paragraph/);
  });

  it('pairs start and end codes, and refuses unbalanced ones', () => {
    const start = { kind: 'start' as const, key: 'a', id: '1', ctype: 'bold', original: null };
    expect(pairMarkers(['x', start, 'y', { kind: 'end', key: 'a' }])).toEqual([
      'x',
      { kind: 'pair', id: '1', ctype: 'bold', original: null, content: ['y'] },
    ]);
    expect(() => pairMarkers([start, 'y'])).toThrow(/never closed/);
    expect(() => pairMarkers(['y', { kind: 'end', key: 'a' }])).toThrow(/without being opened/);
  });
});
