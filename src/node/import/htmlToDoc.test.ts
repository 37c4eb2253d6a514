import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportReport } from '../../core/import/importReport';
import { HtmlToDoc } from './htmlToDoc';

let report: ImportReport;
let html: HtmlToDoc;
beforeEach(() => {
  report = new ImportReport();
  html = new HtmlToDoc(report);
});
afterEach(() => html.close());

const noImages = { image: () => Promise.resolve(null) };

describe('HTML of other tools becomes lesson content', () => {
  it('keeps text, marks, lists and web links, and shifts headings under the lesson title', async () => {
    const page = await html.convert(
      `<html lang="ru-RU"><head><title> Урок 1 </title></head><body>
        <h1>Введение</h1><p>Текст <b>жирный</b> и <em>курсив</em>, <a href="https://example.org/x">ссылка</a>.</p>
        <h2>Раздел</h2><ul><li>один</li><li>два</li></ul><h5>глубоко</h5></body></html>`,
      noImages,
    );
    expect(page.title).toBe('Урок 1');
    expect(page.lang).toBe('ru-RU');
    expect(page.hollow).toBe(false);
    const blocks = page.doc.content!;
    expect(blocks.map((b) => [b.type, b.attrs?.['level']])).toEqual([
      ['heading', 2],
      ['paragraph', undefined],
      ['heading', 3],
      ['bulletList', undefined],
      ['heading', 4],
    ]);
    const json = JSON.stringify(page.doc);
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"type":"italic"');
    expect(json).toContain('"href":"https://example.org/x"');
    expect(report.lines()).toEqual([]);
  });

  it('removes scripts, event handlers, javascript: links, iframes, styles and forged attributes, and says so', async () => {
    let asked = '';
    const page = await html.convert(
      `<html><head><title>Hostile</title><script>steal()</script><style>p{}</style></head><body>
        <p onclick="steal()" style="color:red" data-block-id="forged">Safe text</p>
        <img src="x.png" onerror="steal()" alt="pic" data-asset="a-forged">
        <a href="javascript:steal()">click</a> <a href="other.html">next page</a>
        <iframe src="https://evil.example/"></iframe>
        <object data="x.swf"></object><video src="v.mp4">no video</video>
        <form><input name="q"><button>Go</button></form>
        <svg><script>steal()</script></svg>
        <script>steal()</script>
        <table><tr><th>Head</th><td>Cell</td></tr></table>
      </body></html>`,
      {
        image: (src) => {
          asked = src;
          return Promise.resolve('a1');
        },
      },
    );
    expect(asked).toBe('x.png');
    const json = JSON.stringify(page.doc);
    for (const bad of [
      'steal',
      'javascript',
      'iframe',
      'evil',
      'forged',
      'color',
      'onerror',
      'onclick',
      'swf',
    ])
      expect(json).not.toContain(bad);
    expect(json).toContain('Safe text');
    expect(json).toContain('next page');
    expect(json).not.toContain('other.html');
    const image = page.doc.content!.find((b) => b.type === 'image');
    expect(image?.attrs).toMatchObject({ asset: 'a1', alt: 'pic' });
    // A table row becomes one paragraph: header cells bold, cells separated by " | ".
    const row = page.doc.content!.find((b) => JSON.stringify(b).includes('Head'));
    expect(row?.content).toEqual([
      { type: 'text', text: 'Head', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' | Cell' },
    ]);
    expect(page.hadScripts).toBe(true);
    const lines = report.lines().join('\n');
    for (const what of [
      /Scripts were removed.*"Hostile"/,
      /Embedded frames/,
      /Embedded objects/,
      /Video and audio/,
      /Forms and input fields/,
      /Page styling/,
      /Inline drawings/,
      /Tables were turned into plain paragraphs/,
      /Links to other pages/,
    ])
      expect(lines).toMatch(what);
    expect(report.lines()).toHaveLength(9);
  });

  it('marks a page made by scripts as hollow', async () => {
    const page = await html.convert(
      '<html><body><h1>Knowledge Check</h1><script>RenderTest(test)</script></body></html>',
      noImages,
    );
    expect(page).toMatchObject({ hollow: true, hadScripts: true, title: 'Knowledge Check' });
  });

  it('keeps a drawing but not its scripts', () => {
    const svg = html.sanitizeSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="steal()"><script>steal()</script><circle r="4"/></svg>',
    );
    expect(svg).toContain('<circle');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain('steal');
    expect(html.sanitizeSvg('<p>not a drawing</p>')).toBeNull();
  });
});
