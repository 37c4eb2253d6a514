import { describe, expect, it } from 'vitest';
import {
  LESSON_CSP,
  PLAYER_STRINGS,
  languageName,
  lessonPageHtml,
  pickTitle,
  playerData,
  playerStrings,
  scriptJson,
  shellHtml,
  type PlayerCourse,
  type PlayerData,
} from './pages';

const HOSTILE = '</script><script>alert(1)</script>';

function course(overrides: Partial<PlayerCourse> = {}): PlayerCourse {
  return {
    id: 'c_1',
    title: { en: 'Intro to AI', ru: 'Введение в ИИ' },
    languages: ['en', 'ru'],
    standard: 'scorm12',
    modules: [
      {
        id: 'm1',
        title: { en: 'Basics', ru: 'Основы' },
        lessons: [
          {
            id: 'l1',
            title: { en: 'First', ru: 'Первый' },
            files: { en: 'content/l1.en.html', ru: 'content/l1.ru.html' },
          },
          {
            id: 'l2',
            title: { en: 'Second', ru: 'Второй' },
            files: { en: 'content/l2.en.html', ru: 'content/l2.ru.html' },
          },
        ],
      },
      {
        id: 'm2',
        title: { en: 'More', ru: 'Ещё' },
        lessons: [
          { id: 'l3', title: { en: 'Third' }, files: { en: 'content/l3.en.html', ru: 'content/l3.ru.html' } },
        ],
      },
    ],
    ...overrides,
  };
}

/** The JSON of the shell's `<script type="application/json" id="oer-course">`, raw and parsed. */
function courseJson(html: string): { raw: string; data: PlayerData } {
  const match = /<script type="application\/json" id="oer-course">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no course JSON');
  return { raw: match[1], data: JSON.parse(match[1]) as PlayerData };
}

/**
 * The markup with every attribute value emptied. Inside a double-quoted value `<` is text; what
 * keeps a value from breaking out is that `"` is always escaped, so this shows the real tags.
 */
function tagsOnly(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

function body(html: string): string {
  return html.slice(html.indexOf('<body'));
}

describe('lessonPageHtml', () => {
  it('renders a complete static page, exactly', () => {
    expect(
      lessonPageHtml({
        lang: 'kk',
        title: 'Сәлем & "бар" ә ғ қ ң ө ұ ү һ і',
        courseTitle: 'Курс',
        bodyHtml: '<p>Мәтін <strong>бар</strong></p>',
        cssHref: '../player/player.css',
      }),
    ).toBe(
      '<!doctype html><html lang="kk"><head><meta charset="utf-8">' +
        '<meta http-equiv="Content-Security-Policy" content="script-src &#x27;none&#x27;; object-src &#x27;none&#x27;; base-uri &#x27;none&#x27;">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>Сәлем &#x26; "бар" ә ғ қ ң ө ұ ү һ і — Курс</title>' +
        '<link rel="stylesheet" href="../player/player.css"></head>' +
        '<body class="oer-page"><main class="oer-article"><h1>Сәлем &#x26; "бар" ә ғ қ ң ө ұ ү һ і</h1><p>Мәтін <strong>бар</strong></p></main></body></html>\n',
    );
  });

  it('forbids every script through its CSP', () => {
    expect(LESSON_CSP).toBe("script-src 'none'; object-src 'none'; base-uri 'none'");
  });

  it('keeps a hostile title as text: no script element, no attribute break-out', () => {
    const html = lessonPageHtml({
      lang: 'en',
      title: `${HOSTILE} "quoted" 'single' & <b>bold</b> 🎓`,
      courseTitle: `${HOSTILE} & co`,
      bodyHtml: '<p>ok</p>',
      cssHref: '../player/player.css',
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      '<h1>&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script> "quoted" \'single\' &#x26; &#x3C;b>bold&#x3C;/b> 🎓</h1>',
    );
    expect(html).toContain('<title>&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script> "quoted"');
  });

  it('inserts the trusted body as is, right after the title, inside main', () => {
    const html = lessonPageHtml({
      lang: 'ru',
      title: 'Урок',
      courseTitle: 'Курс',
      bodyHtml: '<h2>Раздел</h2><p>Текст &amp; <a href="https://example.org">ссылка</a></p>',
      cssHref: '../player/player.css',
    });
    expect(html).toContain(
      '<main class="oer-article"><h1>Урок</h1><h2>Раздел</h2><p>Текст &amp; <a href="https://example.org">ссылка</a></p></main>',
    );
  });

  it('marks a title that fell back to another language', () => {
    const html = lessonPageHtml({
      lang: 'ru',
      title: 'Only in English',
      titleLang: 'en',
      courseTitle: 'Курс',
      bodyHtml: '',
      cssHref: '../player/player.css',
    });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h1 lang="en">Only in English</h1>');
    expect(
      lessonPageHtml({
        lang: 'ru',
        title: 'Т',
        titleLang: 'ru',
        courseTitle: '',
        bodyHtml: '',
        cssHref: 'x.css',
      }),
    ).toContain('<h1>Т</h1>');
  });
});

describe('shellHtml', () => {
  it('is a whole document with exactly two scripts: the course JSON and the deferred player', () => {
    const html = shellHtml(course());
    expect(
      html.startsWith('<!doctype html><html lang="en" data-lang="en"><head><meta charset="utf-8">'),
    ).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<script src="player/player.js" defer></script></head>');
    expect(html).toContain('<link rel="stylesheet" href="player/player.css">');
    expect(html).toContain('<title>First — Intro to AI</title>');
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/javascript:/i);
  });

  it('carries the course as escaped JSON that cannot end its script element', () => {
    const hostile = course({
      id: 'c_</script>',
      title: { en: `${HOSTILE} & "q" \u2028`, ru: 'Курс 🎓' },
      modules: [
        {
          id: 'm1',
          title: { en: '<!-- <script>' },
          lessons: [
            {
              id: 'l1',
              title: { en: HOSTILE, ru: 'Қазақ тілі: ә ғ қ ң ө ұ ү һ і' },
              files: { en: 'content/l1.en.html' },
            },
          ],
        },
      ],
    });
    const html = shellHtml(hostile);
    const { raw, data } = courseJson(html);
    expect(raw).not.toMatch(/[<>&\u2028]/);
    expect(tagsOnly(html).match(/<script/g)).toHaveLength(2);
    expect(tagsOnly(html).match(/<\/script>/g)).toHaveLength(2);
    expect(tagsOnly(html)).not.toContain('<!--');
    expect(data.id).toBe('c_</script>');
    expect(data.title).toEqual({ en: `${HOSTILE} & "q" \u2028`, ru: 'Курс 🎓' });
    expect(data.modules[0]?.lessons[0]?.title).toEqual({ en: HOSTILE, ru: 'Қазақ тілі: ә ғ қ ң ө ұ ү һ і' });
    // A lesson without a Russian file falls back to the default language's page.
    expect(data.modules[0]?.lessons[0]?.files).toEqual({
      en: 'content/l1.en.html',
      ru: 'content/l1.en.html',
    });
    // In the markup, every title is text.
    expect(body(html)).toContain(
      '<span class="oer-lesson-title">&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script></span>',
    );
    expect(body(html)).toContain(
      '<iframe name="content" id="oer-frame" class="oer-frame" title="</script><script>alert(1)</script>" src=',
    );
    // A quote in a title is escaped, so it cannot end the attribute.
    expect(
      shellHtml(
        course({
          modules: [
            {
              id: 'm',
              title: {},
              lessons: [{ id: 'l', title: { en: '" onload="x' }, files: { en: 'a.html' } }],
            },
          ],
        }),
      ),
    ).toContain('title="&#x22; onload=&#x22;x"');
  });

  it('round-trips any string through scriptJson', () => {
    const value = { s: `${HOSTILE}<!--&amp;\u2028\u2029"'\\ 🎓 ә` };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('starts the body with the skip link, the first focusable element', () => {
    const b = body(shellHtml(course()));
    expect(
      b.startsWith(
        '<body class="oer-shell"><a class="oer-skip" href="#oer-main"><span data-str="skipToLesson">Skip to lesson</span></a>',
      ),
    ).toBe(true);
    expect(b).toContain('<main id="oer-main" class="oer-main" tabindex="-1">');
  });

  it('lists modules and lessons as links into the iframe, the first one current', () => {
    const b = body(shellHtml(course()));
    expect(b).toContain('<nav id="oer-nav" class="oer-nav" aria-label="Contents" data-str-label="contents">');
    expect(b).toContain(
      '<li class="oer-module"><span class="oer-module-title" id="oer-m0" data-module="0">Basics</span><ol class="oer-lessons" aria-labelledby="oer-m0">',
    );
    expect(b).toContain(
      '<a class="oer-lesson" href="content/l1.en.html" target="content" data-index="0" aria-current="page"><span class="oer-mark" aria-hidden="true"></span><span class="oer-lesson-title">First</span><span class="oer-vh oer-viewed-text"></span></a>',
    );
    expect(b).toContain('<a class="oer-lesson" href="content/l3.en.html" target="content" data-index="2">');
    expect(b.match(/aria-current=/g)).toHaveLength(1);
    expect(b.match(/<a class="oer-lesson"/g)).toHaveLength(3);
    expect(b).toContain(
      '<iframe name="content" id="oer-frame" class="oer-frame" title="First" src="content/l1.en.html"></iframe>',
    );
  });

  it('has Previous/Next and a polite progress line', () => {
    const b = body(shellHtml(course()));
    expect(b).toMatch(
      /<button type="button" id="oer-prev" class="oer-btn" aria-disabled="true">.*<span data-str="previous">Previous<\/span><\/button>/,
    );
    expect(b).toMatch(
      /<button type="button" id="oer-next" class="oer-btn oer-btn-primary" aria-disabled="false"><span data-str="next">Next<\/span>/,
    );
    expect(b).toContain('<p id="oer-progress" class="oer-progress" aria-live="polite">0 of 3 viewed</p>');
  });

  it('offers a labelled language switch with each language named in itself, only for two languages', () => {
    const b = body(shellHtml(course()));
    expect(b).toContain(
      '<div class="oer-langs" role="group" aria-labelledby="oer-lang-label"><span id="oer-lang-label" class="oer-vh"><span data-str="language">Language</span></span>' +
        '<button type="button" class="oer-lang" lang="en" data-set-lang="en" aria-pressed="true">English</button>' +
        '<button type="button" class="oer-lang" lang="ru" data-set-lang="ru" aria-pressed="false">Русский</button></div>',
    );
    const one = shellHtml(course({ languages: ['ru'] }));
    expect(one).not.toContain('data-set-lang');
    expect(one).toContain('<html lang="ru" data-lang="ru">');
    expect(courseJson(one).data.languages).toEqual(['ru']);
  });

  it('renders the default language and marks text that fell back to another one', () => {
    const html = shellHtml(course({ languages: ['ru', 'en'] }));
    const b = body(html);
    expect(html).toContain('<html lang="ru" data-lang="ru">');
    expect(html).toContain('<title>Первый — Введение в ИИ</title>');
    expect(b).toContain('<span data-str="skipToLesson">Перейти к уроку</span>');
    expect(b).toContain('<span class="oer-lesson-title">Первый</span>');
    // Lesson 3 has no Russian title: English text, marked as English.
    expect(b).toContain('<span class="oer-lesson-title" lang="en">Third</span>');
    expect(b).toContain(
      '<p id="oer-progress" class="oer-progress" aria-live="polite">Просмотрено 0 из 3</p>',
    );
    expect(b).toContain('<nav id="oer-nav" class="oer-nav" aria-label="Содержание"');
  });

  it('marks UI strings that fell back to English in a language without strings', () => {
    const html = shellHtml(course({ languages: ['de', 'en'], title: { de: 'Einführung' } }));
    expect(html).toContain('<html lang="de" data-lang="de">');
    expect(html).toContain('<span data-str="next" lang="en">Next</span>');
    expect(html).toContain(
      '<p id="oer-progress" class="oer-progress" aria-live="polite" lang="en">0 of 3 viewed</p>',
    );
    expect(html).toContain(
      '<button type="button" class="oer-lang" lang="de" data-set-lang="de" aria-pressed="true">Deutsch</button>',
    );
    // Titles with no German fall back to the first text there is, marked with its language.
    expect(body(html)).toContain('<span class="oer-lesson-title" lang="en">First</span>');
    expect(courseJson(html).data.strings['de']?.['_lang']).toBe('en');
  });

  it('refuses hrefs that are not package-relative', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:x',
      '/etc/passwd',
      '../outside.html',
      'content/../../x.html',
      'https://evil.example/x.html',
      'a b.html',
      '',
    ]) {
      const bad = course({
        modules: [{ id: 'm', title: {}, lessons: [{ id: 'l', title: {}, files: { en: href, ru: href } }] }],
      });
      expect(() => shellHtml(bad), href).toThrow(TypeError);
    }
    const fine = course({
      modules: [
        {
          id: 'm',
          title: {},
          lessons: [{ id: 'l', title: {}, files: { en: 'content/l.en.html', ru: 'content/l.ru.html' } }],
        },
      ],
    });
    expect(() => shellHtml(fine)).not.toThrow();
  });

  it('links the licence page under the contents, and in the header for one SCO per lesson', () => {
    const licensed = course({
      licence: { files: { en: 'about/licence.en.html', ru: 'about/licence.ru.html' } },
    });
    const html = shellHtml(licensed);
    const b = body(html);
    // Last in the nav, after the modules, into the lesson frame; not a lesson (no data-index, no mark).
    expect(b).toMatch(
      /<\/ol><div class="oer-nav-footer"><a id="oer-licence" class="oer-licence" href="about\/licence\.en\.html" target="content" data-licence=""><svg [^>]*>.*?<\/svg><span data-str="licence">Licence and attribution<\/span><\/a><\/div><\/nav>/,
    );
    expect(b).toMatch(
      /<a class="oer-licence-head" href="about\/licence\.en\.html" target="_blank" rel="noopener" title="Licence and attribution" data-str-title="licence" data-licence=""><svg [^>]*>.*?<\/svg><span class="oer-vh"><span data-str="licence">Licence and attribution<\/span> <span data-str="newWindow">\(opens in a new window\)<\/span><\/span><\/a><\/header>/,
    );
    expect(b.match(/<a class="oer-lesson"/g)).toHaveLength(3);
    expect(courseJson(html).data.licence).toEqual({
      files: { en: 'about/licence.en.html', ru: 'about/licence.ru.html' },
    });
    // In Russian first, and a missing language falls back to the default's page.
    const ru = shellHtml(
      course({ languages: ['ru', 'en'], licence: { files: { ru: 'about/licence.ru.html' } } }),
    );
    expect(ru).toContain('<span data-str="licence">Лицензия и авторство</span>');
    expect(courseJson(ru).data.licence?.files).toEqual({
      ru: 'about/licence.ru.html',
      en: 'about/licence.ru.html',
    });
    // No licence page, no link.
    expect(body(shellHtml(course()))).not.toContain('licence');
    expect(courseJson(shellHtml(course())).data).not.toHaveProperty('licence');
  });

  it('refuses a licence href that is not package-relative, or a licence with no page', () => {
    for (const href of ['javascript:alert(1)', 'https://example.org/licence', '../licence.html']) {
      expect(() => shellHtml(course({ licence: { files: { en: href } } })), href).toThrow(TypeError);
    }
    expect(() => shellHtml(course({ licence: { files: {} } }))).toThrow(/The licence page has no page file/);
  });

  it('needs a language and a page per lesson', () => {
    expect(() => shellHtml(course({ languages: [] }))).toThrow(TypeError);
    expect(() =>
      shellHtml(course({ modules: [{ id: 'm', title: {}, lessons: [{ id: 'l', title: {}, files: {} }] }] })),
    ).toThrow(/Lesson "l" has no page file/);
  });
});

describe('player data and strings', () => {
  it('has every English key in every language, with the progress placeholders', () => {
    const keys = Object.keys(PLAYER_STRINGS['en'] ?? {}).sort();
    expect(keys).toEqual([
      'completed',
      'contents',
      'language',
      'licence',
      'newWindow',
      'next',
      'previous',
      'progress',
      'skipToLesson',
      'viewed',
    ]);
    for (const lang of ['en', 'ru', 'kk', 'uz', 'ky', 'tg']) {
      const strings = PLAYER_STRINGS[lang] ?? {};
      expect(Object.keys(strings).sort(), lang).toEqual(keys);
      expect(strings['progress'], lang).toContain('{n}');
      expect(strings['progress'], lang).toContain('{total}');
      for (const key of keys) expect(strings[key], `${lang}.${key}`).not.toBe('');
    }
    // Every language has its own words for the licence link, not English.
    const licence = ['en', 'ru', 'kk', 'uz', 'ky', 'tg'].map((l) => PLAYER_STRINGS[l]?.['licence']);
    expect(new Set(licence).size).toBe(6);
    // Uzbek Latin uses the modifier letter turned comma (oʻ), not an apostrophe.
    expect(PLAYER_STRINGS['uz']?.['skipToLesson']).toBe('Darsga oʻtish');
  });

  it('falls back by primary subtag, then to English', () => {
    expect(playerStrings('ru-RU')['next']).toBe('Далее');
    expect(playerStrings('ru-RU')['_lang']).toBe('ru-RU');
    expect(playerStrings('fr')['next']).toBe('Next');
    expect(playerStrings('fr')['_lang']).toBe('en');
  });

  it('names languages in themselves', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('ru')).toBe('Русский');
    expect(languageName('kk')).toBe('Қазақ тілі');
    expect(languageName('not a tag!')).toBe('not a tag!');
  });

  it('picks a title in the language, then the default, then any', () => {
    expect(pickTitle({ en: 'A', ru: 'Б' }, 'ru', 'en')).toEqual({ text: 'Б', lang: 'ru' });
    expect(pickTitle({ en: 'A', ru: '' }, 'ru', 'en')).toEqual({ text: 'A', lang: 'en' });
    expect(pickTitle({ kk: 'Ә' }, 'ru', 'en')).toEqual({ text: 'Ә', lang: 'kk' });
    expect(pickTitle({}, 'ru', 'en')).toEqual({ text: '', lang: 'ru' });
  });

  it('drops empty titles and duplicate languages from the data', () => {
    const data = playerData(course({ languages: ['en', 'ru', 'en'], title: { en: 'T', ru: '' } }));
    expect(data.v).toBe(1);
    expect(data.languages).toEqual(['en', 'ru']);
    expect(data.title).toEqual({ en: 'T' });
    expect(data.standard).toBe('scorm12');
    expect(data.languageNames).toEqual({ en: 'English', ru: 'Русский' });
  });
});
