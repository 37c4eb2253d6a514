import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/**
 * The HTML of the learner player: the shell page (`index.html`, the SCO launch page and website
 * entry) and the static lesson pages it shows in an iframe. Built as hast trees, never by string
 * concatenation, so titles with `<script>`, quotes or emoji are always text.
 *
 * The shell renders every text in the default language (so it reads well before and without
 * script), and carries the course as JSON for `resources/player/player.js`, which switches the
 * texts, tracks progress and talks to the LMS. Lesson pages carry no script at all.
 */

/** How the package reports to an LMS. `none` is the offline website: progress stays in the browser. */
export type Standard = 'scorm12' | 'scorm2004' | 'none';

/** One lesson as the player sees it. */
export interface PlayerLesson {
  /** Stable lesson id; it becomes `cmi.core.lesson_location` / `cmi.location`, so keep it short and ASCII. */
  id: string;
  /** Title per language tag. A missing language falls back to the package's default, then to any. */
  title: Record<string, string>;
  /** Language tag → package-relative href of the lesson page, like `content/l1.ru.html`. */
  files: Record<string, string>;
}

/** One module: a titled group of lessons. */
export interface PlayerModule {
  id: string;
  title: Record<string, string>;
  lessons: PlayerLesson[];
}

/** The course as the player sees it. */
export interface PlayerCourse {
  /** Stable course id, used as the localStorage key when the package runs without an LMS. */
  id: string;
  title: Record<string, string>;
  /** Languages in this package; the first is the default. One or two entries. */
  languages: string[];
  modules: PlayerModule[];
  standard: Standard;
  /**
   * The licence and attribution page: language tag → package-relative href, like
   * `about/licence.ru.html`. The shell links to it under the contents; it is not a lesson, so
   * it never counts towards completion.
   */
  licence?: { files: Record<string, string> };
}

/**
 * The JSON the shell carries in `<script type="application/json" id="oer-course">` for
 * `player.js`. Versioned so an older runtime can refuse a newer shape instead of misreading it.
 */
export interface PlayerData {
  v: 1;
  id: string;
  standard: Standard;
  /** Package languages, default first. */
  languages: string[];
  /** Each language's own name for itself ("English", "Русский"), for the language switch. */
  languageNames: Record<string, string>;
  title: Record<string, string>;
  /** UI strings per package language; `_lang` is the language the strings are actually in (they fall back to English). */
  strings: Record<string, Record<string, string>>;
  /** Modules and lessons; every lesson has a file for every package language (falling back to the default's). */
  modules: PlayerModule[];
  /** The licence and attribution page, with a file for every package language; absent when there is none. */
  licence?: { files: Record<string, string> };
}

/**
 * Player UI strings per language. Keys:
 * `previous`, `next`, `language`, `skipToLesson`, `contents`, `progress` (with `{n}` and
 * `{total}`), `completed`, `viewed` (the visually hidden mark after a viewed lesson's link),
 * `licence` (the link to the licence and attribution page) and `newWindow` (the visually hidden
 * note on a link that opens in a new window).
 * Languages not listed, and keys missing in one, fall back to English.
 */
export const PLAYER_STRINGS: Record<string, Record<string, string>> = {
  en: {
    previous: 'Previous',
    next: 'Next',
    language: 'Language',
    skipToLesson: 'Skip to lesson',
    contents: 'Contents',
    progress: '{n} of {total} viewed',
    completed: 'Course completed',
    viewed: '(viewed)',
    licence: 'Licence and attribution',
    newWindow: '(opens in a new window)',
  },
  ru: {
    previous: 'Назад',
    next: 'Далее',
    language: 'Язык',
    skipToLesson: 'Перейти к уроку',
    contents: 'Содержание',
    // Word order that needs no plural agreement with {n}.
    progress: 'Просмотрено {n} из {total}',
    completed: 'Курс пройден',
    viewed: '(просмотрено)',
    licence: 'Лицензия и авторство',
    newWindow: '(откроется в новом окне)',
  },
  kk: {
    previous: 'Алдыңғы',
    next: 'Келесі',
    language: 'Тіл',
    skipToLesson: 'Сабаққа өту',
    contents: 'Мазмұны',
    progress: '{total} сабақтың {n} қаралды',
    completed: 'Курс аяқталды',
    viewed: '(қаралды)',
    licence: 'Лицензия және авторлық',
    newWindow: '(жаңа терезеде ашылады)',
  },
  uz: {
    previous: 'Oldingi',
    next: 'Keyingi',
    language: 'Til',
    skipToLesson: 'Darsga oʻtish',
    contents: 'Mundarija',
    progress: '{total} tadan {n} tasi koʻrildi',
    completed: 'Kurs yakunlandi',
    viewed: '(koʻrilgan)',
    licence: 'Litsenziya va mualliflik',
    newWindow: '(yangi oynada ochiladi)',
  },
  ky: {
    previous: 'Мурунку',
    next: 'Кийинки',
    language: 'Тил',
    skipToLesson: 'Сабакка өтүү',
    contents: 'Мазмуну',
    progress: '{total} сабактын {n} каралды',
    completed: 'Курс аяктады',
    viewed: '(каралды)',
    licence: 'Лицензия жана авторлук',
    newWindow: '(жаңы терезеде ачылат)',
  },
  tg: {
    previous: 'Қаблӣ',
    next: 'Навбатӣ',
    language: 'Забон',
    skipToLesson: 'Гузариш ба дарс',
    contents: 'Мундариҷа',
    progress: '{n} аз {total} дида шуд',
    completed: 'Курс анҷом ёфт',
    viewed: '(дида шуд)',
    licence: 'Иҷозатнома ва муаллифӣ',
    newWindow: '(дар равзанаи нав кушода мешавад)',
  },
};

/** The id of the JSON script element in the shell. */
export const COURSE_DATA_ID = 'oer-course';
/** The name of the lesson iframe: nav links target it, so they work before the player runs. */
export const FRAME_NAME = 'content';

/**
 * The strings for a language: exact tag, then its primary subtag (`ru-RU` → `ru`), then English,
 * key by key. `_lang` says which language they are really in, for the `lang` attribute.
 */
export function playerStrings(lang: string): Record<string, string> {
  const en = PLAYER_STRINGS['en'] ?? {};
  const own = PLAYER_STRINGS[lang] ?? PLAYER_STRINGS[primaryTag(lang)];
  return { ...en, ...own, _lang: own ? lang : 'en' };
}

/** A language's name for itself ("Русский", "Қазақ тілі"), or the tag when Intl does not know it. */
export function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang; // RangeError for a tag that is not well-formed BCP 47
  }
}

/** Text for `lang` with the language it is really in: that language, then the default, then any. */
export function pickTitle(
  text: Record<string, string>,
  lang: string,
  defaultLang: string,
): { text: string; lang: string } {
  if (text[lang]) return { text: text[lang], lang };
  if (text[defaultLang]) return { text: text[defaultLang], lang: defaultLang };
  for (const [k, v] of Object.entries(text)) if (v) return { text: v, lang: k };
  return { text: '', lang };
}

function primaryTag(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? lang;
}

/** A package-relative href: no scheme (`javascript:`), no absolute path, no `..`. */
const SAFE_HREF = /^(?![a-z][a-z0-9+.-]*:)(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$))[^\s"'<>`]+$/i;

function checkHref(href: string, what: string): string {
  if (!SAFE_HREF.test(href))
    throw new TypeError(`The player needs a package-relative href for ${what}, not "${href}".`);
  return href;
}

/**
 * Serialises JSON for a `<script type="application/json">` element. The HTML parser ends a
 * script at `</script` whatever the JSON says, so every `<` (and `>`, `&`, which some tools treat
 * as markup) becomes a JSON `\u` escape; JSON.parse gives the same string back.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The player data for the shell's JSON: defaults resolved, hrefs checked. */
export function playerData(course: PlayerCourse): PlayerData {
  const languages = [...new Set(course.languages)];
  const defaultLang = languages[0];
  if (!defaultLang) throw new TypeError('A player course needs at least one language.');
  /** A checked file for every package language: its own, else the default language's, else any. */
  const languageFiles = (files: Record<string, string>, what: string): Record<string, string> => {
    const fallback = files[defaultLang] ?? Object.values(files)[0];
    if (fallback === undefined)
      throw new TypeError(`${what.charAt(0).toUpperCase()}${what.slice(1)} has no page file.`);
    return Object.fromEntries(languages.map((lang) => [lang, checkHref(files[lang] ?? fallback, what)]));
  };
  const keep = (text: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(text).filter(([, v]) => typeof v === 'string' && v !== ''));
  return {
    v: 1,
    id: course.id,
    standard: course.standard,
    languages,
    languageNames: Object.fromEntries(languages.map((l) => [l, languageName(l)])),
    title: keep(course.title),
    strings: Object.fromEntries(languages.map((l) => [l, playerStrings(l)])),
    modules: course.modules.map((m) => ({
      id: m.id,
      title: keep(m.title),
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: keep(l.title),
        files: languageFiles(l.files, `lesson "${l.id}"`),
      })),
    })),
    ...(course.licence
      ? { licence: { files: languageFiles(course.licence.files, 'the licence page') } }
      : {}),
  };
}

/** A `<span lang>` when the text is not in the surrounding language, else plain text. */
function inLang(
  picked: { text: string; lang: string },
  around: string,
  props: Record<string, string> = {},
): Element {
  return h('span', { ...props, lang: picked.lang === around ? undefined : picked.lang }, picked.text);
}

/** A circled "i": the licence and attribution page. */
const INFO_ICON = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16v-4.5M12 8h.01';

/** Inline SVG icon (decorative): no external file, no network. */
function icon(path: string): Element {
  return h(
    'svg',
    {
      class: 'oer-icon',
      viewBox: '0 0 24 24',
      width: '20',
      height: '20',
      'aria-hidden': 'true',
      focusable: 'false',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    },
    [h('path', { d: path })],
  );
}

/**
 * The shell page, `index.html`: the SCO's launch page and the website's entry. Everything is
 * rendered in the default language with a working table of contents (links target the lesson
 * iframe), so the course is usable even before `player/player.js` runs.
 */
export function shellHtml(course: PlayerCourse): string {
  const data = playerData(course);
  const lang = data.languages[0] as string;
  const s = data.strings[lang] as Record<string, string>;
  const sLang = s['_lang'] === lang ? undefined : s['_lang'];
  /** A UI string element: player.js fills `data-str` elements in the active language. */
  const str = (key: string): Element => h('span', { 'data-str': key, lang: sLang }, s[key] ?? '');
  const courseTitle = pickTitle(data.title, lang, lang);
  const lessons = data.modules.flatMap((m) => m.lessons);
  const first = lessons[0];
  // A frame needs a name (WCAG 4.1.2): the lesson title, else the course title.
  const firstTitle = (first ? pickTitle(first.title, lang, lang).text : '') || courseTitle.text;

  const licenceFile = data.licence?.files[lang];

  let index = 0;
  const nav = h(
    'nav',
    { id: 'oer-nav', class: 'oer-nav', 'aria-label': s['contents'], 'data-str-label': 'contents' },
    [
      h('h2', { class: 'oer-nav-heading' }, [str('contents')]),
      h(
        'ol',
        { class: 'oer-modules' },
        data.modules.map((m, mi) =>
          h('li', { class: 'oer-module' }, [
            inLang(pickTitle(m.title, lang, lang), lang, {
              class: 'oer-module-title',
              id: `oer-m${mi}`,
              'data-module': String(mi),
            }),
            h(
              'ol',
              { class: 'oer-lessons', 'aria-labelledby': `oer-m${mi}` },
              m.lessons.map((l) => {
                const i = index++;
                return h('li', [
                  h(
                    'a',
                    {
                      class: 'oer-lesson',
                      href: l.files[lang],
                      target: FRAME_NAME,
                      'data-index': String(i),
                      'aria-current': i === 0 ? 'page' : undefined,
                    },
                    [
                      h('span', { class: 'oer-mark', 'aria-hidden': 'true' }),
                      inLang(pickTitle(l.title, lang, lang), lang, { class: 'oer-lesson-title' }),
                      h('span', { class: 'oer-vh oer-viewed-text' }),
                    ],
                  ),
                ]);
              }),
            ),
          ]),
        ),
      ),
      licenceFile
        ? h('div', { class: 'oer-nav-footer' }, [
            h(
              'a',
              {
                id: 'oer-licence',
                class: 'oer-licence',
                href: licenceFile,
                target: FRAME_NAME,
                'data-licence': '',
              },
              [icon(INFO_ICON), str('licence')],
            ),
          ])
        : undefined,
    ],
  );

  // One SCO per lesson hides the contents: the licence is then a header link to a new window.
  const licenceHeadLink = licenceFile
    ? h(
        'a',
        {
          class: 'oer-licence-head',
          href: licenceFile,
          target: '_blank',
          rel: 'noopener',
          // A tooltip for the icon; player.js puts it in the active language.
          title: s['licence'],
          'data-str-title': 'licence',
          'data-licence': '',
        },
        [icon(INFO_ICON), h('span', { class: 'oer-vh' }, [str('licence'), ' ', str('newWindow')])],
      )
    : undefined;

  const langSwitch =
    data.languages.length > 1
      ? h('div', { class: 'oer-langs', role: 'group', 'aria-labelledby': 'oer-lang-label' }, [
          h('span', { id: 'oer-lang-label', class: 'oer-vh' }, [str('language')]),
          ...data.languages.map((l) =>
            h(
              'button',
              {
                type: 'button',
                class: 'oer-lang',
                lang: l,
                'data-set-lang': l,
                'aria-pressed': l === lang ? 'true' : 'false',
              },
              data.languageNames[l] ?? l,
            ),
          ),
        ])
      : undefined;

  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang, 'data-lang': lang }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h(
            'title',
            first && firstTitle !== courseTitle.text
              ? `${firstTitle} — ${courseTitle.text}`
              : courseTitle.text,
          ),
          h('link', { rel: 'stylesheet', href: 'player/player.css' }),
          h('script', { type: 'application/json', id: COURSE_DATA_ID }, scriptJson(data)),
          h('script', { src: 'player/player.js', defer: true }),
        ]),
        h('body', { class: 'oer-shell' }, [
          h('a', { class: 'oer-skip', href: '#oer-main' }, [str('skipToLesson')]),
          h('header', { class: 'oer-header' }, [
            h(
              'button',
              { type: 'button', class: 'oer-menu', 'aria-expanded': 'false', 'aria-controls': 'oer-nav' },
              [icon('M4 6h16M4 12h16M4 18h16'), h('span', { class: 'oer-vh' }, [str('contents')])],
            ),
            h('h1', { class: 'oer-course-title' }, [inLang(courseTitle, lang, { 'data-course-title': '' })]),
            langSwitch,
            licenceHeadLink,
          ]),
          h('div', { class: 'oer-layout' }, [
            nav,
            h('div', { class: 'oer-backdrop', hidden: true }),
            h('main', { id: 'oer-main', class: 'oer-main', tabindex: '-1' }, [
              h('iframe', {
                name: FRAME_NAME,
                id: 'oer-frame',
                class: 'oer-frame',
                title: firstTitle,
                src: first ? first.files[lang] : 'about:blank',
              }),
              h('div', { class: 'oer-pager' }, [
                h('button', { type: 'button', id: 'oer-prev', class: 'oer-btn', 'aria-disabled': 'true' }, [
                  icon('M15 18l-6-6 6-6'),
                  str('previous'),
                ]),
                h('div', { class: 'oer-status' }, [
                  h(
                    'p',
                    { id: 'oer-progress', class: 'oer-progress', 'aria-live': 'polite', lang: sLang },
                    (s['progress'] ?? '').replace('{n}', '0').replace('{total}', String(lessons.length)),
                  ),
                  h('div', { class: 'oer-bar', 'aria-hidden': 'true' }, [
                    h('div', { class: 'oer-bar-fill' }),
                  ]),
                ]),
                h(
                  'button',
                  {
                    type: 'button',
                    id: 'oer-next',
                    class: 'oer-btn oer-btn-primary',
                    'aria-disabled': lessons.length > 1 ? 'false' : 'true',
                  },
                  [str('next'), icon('M9 18l6-6-6-6')],
                ),
              ]),
              // player.js puts the new lesson's title here after Previous/Next, for screen readers.
              h('div', { id: 'oer-announce', class: 'oer-vh', 'aria-live': 'polite' }),
            ]),
          ]),
        ]),
      ]),
    ],
  };
  return toHtml(tree) + '\n';
}

/** A lesson page: one lesson in one language, as the core renderer made it. */
export interface LessonPage {
  /** The page's language tag. */
  lang: string;
  title: string;
  /** The language the title is really in, when it fell back to another one. Defaults to `lang`. */
  titleLang?: string;
  courseTitle: string;
  /** Trusted, already-sanitised lesson HTML from the core renderer; inserted as is. */
  bodyHtml: string;
  /** The player stylesheet relative to the page, like `../player/player.css`. */
  cssHref: string;
}

/** The Content-Security-Policy of every lesson page: no script of any kind, no plugins, no `<base>`. */
export const LESSON_CSP = "script-src 'none'; object-src 'none'; base-uri 'none'";

/**
 * A static lesson page with no script at all (a CSP forbids any). It is shown in the player's
 * iframe, opened on its own from the website, and imported as a Moodle Page from Common
 * Cartridge, so it must read well alone: its own `lang`, title and stylesheet.
 */
export function lessonPageHtml(page: LessonPage): string {
  const titleLang = page.titleLang && page.titleLang !== page.lang ? page.titleLang : undefined;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: page.lang }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { 'http-equiv': 'Content-Security-Policy', content: LESSON_CSP }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', page.courseTitle ? `${page.title} — ${page.courseTitle}` : page.title),
          h('link', { rel: 'stylesheet', href: page.cssHref }),
        ]),
        h('body', { class: 'oer-page' }, [
          h('main', { class: 'oer-article' }, [
            h('h1', { lang: titleLang }, page.title),
            { type: 'raw', value: page.bodyHtml } as unknown as ElementContent,
          ]),
        ]),
      ]),
    ],
  };
  return toHtml(tree, { allowDangerousHtml: true }) + '\n';
}
