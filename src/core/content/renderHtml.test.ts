import { describe, expect, it } from 'vitest';
import type { DocJson } from '../model/types';
import { ensureBlockIds } from './blockIds';
import { lessonRenderer, renderLessonHtml } from './renderHtml';
import { sequentialIds } from '../model/ids';

const doc = (...content: DocJson['content'] & object): DocJson => ({ type: 'doc', content });
const p = (text: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({
  type: 'paragraph',
  attrs: { id: 'b1' },
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});

describe('renderLessonHtml', () => {
  it('renders headings, lists, marks, links and code as exact HTML, without block ids', () => {
    const html = renderLessonHtml(
      doc(
        {
          type: 'heading',
          attrs: { id: 'b1', level: 2 },
          content: [{ type: 'text', text: 'Нейронные сети' }],
        },
        {
          type: 'paragraph',
          attrs: { id: 'b2' },
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and ' },
            {
              type: 'text',
              text: 'docs',
              marks: [{ type: 'link', attrs: { href: 'https://scikit-learn.org/' } }],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { id: 'b3', start: 1 },
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
          ],
        },
        {
          type: 'codeBlock',
          attrs: { id: 'b4', language: 'python' },
          content: [{ type: 'text', text: 'x = 1\nprint(x)' }],
        },
      ),
    );
    expect(html).toBe(
      '<h2>Нейронные сети</h2>' +
        '<p><strong>bold</strong> and <a target="_blank" rel="noopener noreferrer" href="https://scikit-learn.org/">docs</a></p>' +
        '<ol><li><p>one</p></li></ol>' +
        '<pre><code class="language-python">x = 1\nprint(x)</code></pre>',
    );
  });

  it('escapes hostile text so it stays text', () => {
    expect(renderLessonHtml(doc(p('<script>alert("x")</script> & <img src=x onerror=alert(1)>')))).toBe(
      '<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('drops javascript: and data: link targets, and escapes quotes in URLs', () => {
    expect(renderLessonHtml(doc(p('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])))).toBe(
      '<p><a target="_blank" rel="noopener noreferrer" href="">x</a></p>',
    );
    expect(
      renderLessonHtml(doc(p('x', [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }]))),
    ).toBe('<p><a target="_blank" rel="noopener noreferrer" href="">x</a></p>');
    expect(
      renderLessonHtml(doc(p('x', [{ type: 'link', attrs: { href: 'https://a.test/?q="1"&r=<2>' } }]))),
    ).toBe(
      '<p><a target="_blank" rel="noopener noreferrer" href="https://a.test/?q=&quot;1&quot;&amp;r=&lt;2&gt;">x</a></p>',
    );
  });

  it('escapes a hostile code language attribute', () => {
    expect(
      renderLessonHtml(
        doc({
          type: 'codeBlock',
          attrs: { id: 'b1', language: '"><script>x</script>' },
          content: [{ type: 'text', text: 'a' }],
        }),
      ),
    ).toBe('<pre><code class="language-&quot;&gt;&lt;script&gt;x&lt;/script&gt;">a</code></pre>');
  });

  it('ignores attributes the schema does not know, such as event handlers', () => {
    expect(
      renderLessonHtml(doc({ type: 'paragraph', attrs: { id: 'b1', onclick: 'alert(1)', style: 'x' } })),
    ).toBe('<p></p>');
  });
});

describe('images', () => {
  it('resolve their asset through the renderer, escape alt and caption, and never take a src from JSON', () => {
    const render = lessonRenderer((id) => (id === 'a1' ? '../media/abc.png' : null));
    expect(
      render(
        doc(
          { type: 'image', attrs: { id: 'b1', asset: 'a1', alt: 'Схема "сети" <x>', title: 'Рис. 1 & <b>' } },
          { type: 'image', attrs: { id: 'b2', asset: 'unknown', alt: 'lost' } },
          { type: 'image', attrs: { id: 'b3', src: 'javascript:alert(1)', alt: 'x' } },
        ),
      ),
    ).toBe(
      '<figure><img src="../media/abc.png" alt="Схема &quot;сети&quot; &lt;x&gt;"/><figcaption>Рис. 1 &amp; &lt;b&gt;</figcaption></figure>' +
        '<figure><img alt="lost"/></figure><figure><img alt="x"/></figure>',
    );
  });
});

describe('ensureBlockIds', () => {
  it('fills missing and duplicated ids and keeps good ones', () => {
    const input = doc(p('a'), { type: 'paragraph' }, p('dup'));
    const out = ensureBlockIds(input, sequentialIds());
    expect(out.content?.map((b) => b.attrs?.['id'])).toEqual(
      ['b1', 'b1', 'b2'].map((id, i) => (i === 0 ? id : `b${i}`)),
    );
  });

  it('returns the same object when nothing changes', () => {
    const input = doc(p('a'));
    expect(ensureBlockIds(input)).toBe(input);
  });
});
