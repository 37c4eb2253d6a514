/**
 * The learner player in a real browser under a real SCORM run-time (scorm-again), as an LMS
 * would run it: an LMS page at http://lms.test/lms.html defines `window.API` / `API_1484_11` and
 * frames the package's index.html. Files are served from memory through Playwright routing; any
 * request that leaves http://lms.test fails the test (packages must need no network), and so
 * does any console error or page error in any frame.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPlayerKit } from '../../../node/playerKit';
import { loadSampleCourse } from '../../../node/sample';
import { buildPackage, exportFormats } from '../index';
import { lessonPageHtml, type PlayerCourse } from './pages';
import { packagePages, sampleCourse } from './testPackage';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const ARTIFACTS = join(ROOT, 'e2e-artifacts');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
const hasBrowser = executablePath !== undefined || existsSync(chromium.executablePath());
if (!hasBrowser) {
  console.warn(
    'runtime.test.ts: skipped, no Chromium found (neither /usr/bin/chromium nor a Playwright browser).',
  );
}

type Files = Map<string, string | Uint8Array>;
type Scorm = 'scorm12' | 'scorm2004';

/** What the test reads from the LMS page: the API object and every call the SCO made. */
interface LmsWindow {
  API: { cmi: unknown };
  API_1484_11: { cmi: unknown };
  calls: string[][];
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  woff2: 'font/woff2',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
};

let browser: Browser;
let kit: Files;

/** The player kit as the exporter copies it: resources/player → player/, resources/fonts → player/fonts/. */
async function loadKit(): Promise<Files> {
  const files: Files = new Map();
  for (const [dir, prefix] of [
    ['resources/player', 'player/'],
    ['resources/fonts', 'player/fonts/'],
  ] as const) {
    for (const name of await readdir(join(ROOT, dir))) {
      files.set(prefix + name, await readFile(join(ROOT, dir, name)));
    }
  }
  return files;
}

/** The package: the player kit plus the shell and lesson pages of `course`. */
function packageOf(course: PlayerCourse): Files {
  const files: Files = new Map(kit);
  for (const [path, html] of packagePages(course)) files.set(path, html);
  return files;
}

/** The LMS page: scorm-again with no commit URL, optional saved cmi, a log of the SCO's calls. */
function lmsHtml(standard: Scorm, cmi: unknown, launch = 'index.html'): string {
  const v12 = standard === 'scorm12';
  const fns = v12
    ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
    : ['Initialize', 'SetValue', 'Commit', 'Terminate'];
  const cmiJson = JSON.stringify(cmi ?? null).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${standard}.js"></script>
<script>
  var api = new ${v12 ? 'Scorm12API' : 'Scorm2004API'}({ lmsCommitUrl: false, autocommit: false, logLevel: 4 });
  var saved = ${cmiJson};
  if (saved) api.loadFromJSON(saved);
  window.calls = [];
  ${JSON.stringify(fns)}.forEach(function (name) {
    var original = api[name];
    api[name] = function () {
      var args = Array.prototype.slice.call(arguments);
      var result = original.apply(api, args);
      window.calls.push([name].concat(args.map(String), [String(result)]));
      return result;
    };
  });
  window.${v12 ? 'API' : 'API_1484_11'} = api;
</script></head>
<body style="margin:0"><iframe id="sco" title="Course" src="/pkg/${launch.replace(/[&"<]/g, '')}" style="display:block;border:0;width:100vw;height:100vh"></iframe></body></html>`;
}

interface Session {
  page: Page;
  context: BrowserContext;
  errors: string[];
  external: string[];
}

const sessions: Session[] = [];

/** A fresh browser context (empty localStorage) serving `files` under http://lms.test/pkg/. */
async function open(
  files: Files,
  options: {
    lms?: { standard: Scorm; cmi?: unknown };
    viewport?: { width: number; height: number };
    dark?: boolean;
    javaScriptEnabled?: boolean;
    /** The package page the LMS launches. @default 'index.html' */
    launch?: string;
  } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.dark ? 'dark' : 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const session: Session = { page: await context.newPage(), context, errors: [], external: [] };
  sessions.push(session);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.host !== 'lms.test') {
      session.external.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/lms.html' && options.lms) {
      const launch = url.searchParams.get('launch') ?? options.launch ?? 'index.html';
      return route.fulfill({
        contentType: TYPES['html'],
        body: lmsHtml(options.lms.standard, options.lms.cmi, launch),
      });
    }
    if (url.pathname.startsWith('/scorm-again/')) {
      const name = url.pathname.slice('/scorm-again/'.length);
      return route.fulfill({
        contentType: TYPES['js'],
        body: await readFile(join(ROOT, 'node_modules/scorm-again/dist', name)),
      });
    }
    const path = decodeURIComponent(url.pathname.replace(/^\/pkg\//, ''));
    const body = url.pathname.startsWith('/pkg/') ? files.get(path) : undefined;
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    const ext = path.slice(path.lastIndexOf('.') + 1);
    return route.fulfill({
      contentType: TYPES[ext] ?? 'application/octet-stream',
      body: typeof body === 'string' ? body : Buffer.from(body),
    });
  });
  session.page.on('console', (msg) => {
    if (msg.type() === 'error') session.errors.push(`console: ${msg.text()}`);
  });
  session.page.on('pageerror', (error) => session.errors.push(`pageerror: ${error.message}`));
  await session.page.goto(options.lms ? 'http://lms.test/lms.html' : 'http://lms.test/pkg/index.html');
  return session;
}

/** The DOM, as far as the test's in-page functions use it (this file is type-checked without DOM types). */
interface Doc {
  document: {
    getElementById(id: string): { textContent: string | null; id: string; src: string; click(): void } | null;
    activeElement: { id: string; className: string; getAttribute(name: string): string | null } | null;
    fonts: { ready: Promise<unknown> };
  };
  localStorage: { getItem(key: string): string | null };
}

/** The shell: the frame inside the LMS page, or the page itself when standalone. */
async function shellOf(session: Session, inLms = true): Promise<Frame> {
  if (!inLms) return session.page.mainFrame();
  const frame = await (await session.page.waitForSelector('#sco')).contentFrame();
  if (!frame) throw new Error('The LMS page has no SCO frame.');
  return frame;
}

/** Waits (polling every animation frame, so 300 lessons stay quick) until the progress text is `text`. */
async function waitForProgress(shell: Frame | Page, text: string): Promise<void> {
  await shell.waitForFunction(
    (t) => (globalThis as unknown as Doc).document.getElementById('oer-progress')?.textContent === t,
    text,
    { polling: 'raf', timeout: 10_000 },
  );
}

async function calls(page: Page): Promise<string[][]> {
  return page.evaluate(() => (globalThis as unknown as LmsWindow).calls);
}

/** The API's whole cmi object, write-only elements included (scorm-again's toJSON). */
async function cmi<T>(page: Page, standard: Scorm): Promise<T> {
  return page.evaluate((v12) => {
    const w = globalThis as unknown as LmsWindow;
    return JSON.parse(JSON.stringify(v12 ? w.API.cmi : w.API_1484_11.cmi)) as T;
  }, standard === 'scorm12');
}

/** Ends the SCO the way leaving the LMS page does: the iframe navigates away, the shell gets pagehide. */
async function leave(page: Page, finishCall: string): Promise<string[][]> {
  await page.evaluate(() => {
    const frame = (
      globalThis as unknown as { document: { getElementById(id: string): { src: string } } }
    ).document.getElementById('sco');
    frame.src = 'about:blank';
  });
  await page.waitForFunction(
    (name) => (globalThis as unknown as LmsWindow).calls.some((c) => c[0] === name),
    finishCall,
  );
  return calls(page);
}

/** The saved state a returning learner's LMS hands back. */
interface Cmi12 {
  core: { lesson_status: string; lesson_location: string; entry: string; exit: string; session_time: string };
  suspend_data: string;
}
interface Cmi2004 {
  completion_status: string;
  success_status: string;
  location: string;
  progress_measure: string;
  suspend_data: string;
  exit: string;
  session_time: string;
  entry: string;
}

function setValues(log: string[][], fn: string, key: string): string[] {
  return log.filter((c) => c[0] === fn && c[1] === key).map((c) => c[2] ?? '');
}

beforeAll(async () => {
  if (!hasBrowser) return;
  kit = await loadKit();
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const all = sessions.splice(0);
  for (const s of all) await s.context.close();
  for (const s of all) {
    expect(s.errors, 'console or page errors').toEqual([]);
    expect(s.external, 'requests outside the package').toEqual([]);
  }
});

describe.skipIf(!hasBrowser)('player under SCORM 1.2 (scorm-again)', () => {
  const course = () => sampleCourse({ standard: 'scorm12' });

  it('sets incomplete on launch, tracks location, completes as soon as every lesson is viewed', async () => {
    const s = await open(packageOf(course()), { lms: { standard: 'scorm12' } });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 4 viewed');
    let data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_status).toBe('incomplete');
    expect(data.core.lesson_location).toBe('l1');
    expect(data.suspend_data).toMatch(/^1\|en\|/);
    expect(await shell.locator('a[aria-current="page"]').getAttribute('data-index')).toBe('0');

    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '2 of 4 viewed');
    expect((await cmi<Cmi12>(s.page, 'scorm12')).core.lesson_location).toBe('l2');
    // Screen readers hear the new lesson's title; focus stays on Next.
    expect(await shell.locator('#oer-announce').textContent()).toBe('Search and problem solving');
    expect(await shell.locator('#oer-announce').getAttribute('aria-live')).toBe('polite');

    // A nav link, by keyboard.
    await shell.locator('a.oer-lesson[data-index="3"]').focus();
    await s.page.keyboard.press('Enter');
    await waitForProgress(shell, '3 of 4 viewed');
    data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_location).toBe('l4');
    expect(data.core.lesson_status).toBe('incomplete');
    expect(await shell.locator('a.oer-lesson[data-index="3"]').getAttribute('aria-current')).toBe('page');
    expect(await shell.locator('a.oer-lesson[data-index="0"]').getAttribute('aria-current')).toBeNull();
    expect(await shell.locator('a.oer-lesson[data-index="1"]').innerText()).toContain('✓');
    expect(await shell.locator('a.oer-lesson[data-index="1"] .oer-viewed-text').textContent()).toBe(
      ' (viewed)',
    );
    expect(await shell.locator('a.oer-lesson[data-index="2"] .oer-viewed-text').textContent()).toBe('');
    expect(await shell.locator('#oer-next').getAttribute('aria-disabled')).toBe('true');

    await shell.locator('#oer-prev').click();
    await waitForProgress(shell, 'Course completed');
    // Completed while the learner is still in the course, not only at unload.
    data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_status).toBe('completed');
    expect(data.core.lesson_location).toBe('l3');

    const log = await leave(s.page, 'LMSFinish');
    expect(log[0]?.[0]).toBe('LMSInitialize');
    expect(setValues(log, 'LMSSetValue', 'cmi.core.lesson_status')).toEqual(['incomplete', 'completed']);
    expect(log.some((c) => c.includes('not attempted'))).toBe(false);
    expect(setValues(log, 'LMSSetValue', 'cmi.core.exit')).toEqual(['']);
    expect(setValues(log, 'LMSSetValue', 'cmi.core.session_time')[0]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(log.filter((c) => c[0] === 'LMSFinish')).toHaveLength(1);
    // Every call the LMS answered succeeded.
    expect(log.filter((c) => c.at(-1) !== 'true')).toEqual([]);
    // A commit follows each change: the last call before LMSFinish is a commit.
    expect(log.at(-2)?.[0]).toBe('LMSCommit');
  });

  it('resumes on the stored lesson with viewed lessons and the language kept', async () => {
    const s1 = await open(packageOf(course()), { lms: { standard: 'scorm12' } });
    const shell1 = await shellOf(s1);
    await waitForProgress(shell1, '1 of 4 viewed');
    await shell1.locator('#oer-next').click();
    await waitForProgress(shell1, '2 of 4 viewed');
    await shell1.locator('button[data-set-lang="ru"]').click();
    await waitForProgress(shell1, 'Просмотрено 2 из 4');
    const log = await leave(s1.page, 'LMSFinish');
    expect(setValues(log, 'LMSSetValue', 'cmi.core.exit')).toEqual(['suspend']);
    const saved = await cmi<Cmi12>(s1.page, 'scorm12');
    expect(saved.core.lesson_location).toBe('l2');
    expect(saved.suspend_data).toMatch(/^1\|ru\|/);

    const s2 = await open(packageOf(course()), {
      lms: {
        standard: 'scorm12',
        cmi: {
          core: {
            entry: 'resume',
            lesson_status: saved.core.lesson_status,
            lesson_location: saved.core.lesson_location,
          },
          suspend_data: saved.suspend_data,
        },
      },
    });
    const shell2 = await shellOf(s2);
    await waitForProgress(shell2, 'Просмотрено 2 из 4');
    expect(await shell2.locator('html').getAttribute('lang')).toBe('ru');
    expect(await shell2.locator('a[aria-current="page"]').getAttribute('data-index')).toBe('1');
    expect(await shell2.locator('#oer-frame').getAttribute('title')).toBe('Поиск и решение задач');
    const lesson = shell2.frameLocator('#oer-frame');
    expect(await lesson.locator('h1').textContent()).toBe('Поиск и решение задач');
    expect(await lesson.locator('html').getAttribute('lang')).toBe('ru');
    const log2 = await calls(s2.page);
    // Already incomplete: nothing to set on launch.
    expect(setValues(log2, 'LMSSetValue', 'cmi.core.lesson_status')).toEqual([]);
  });

  it('language switch keeps progress and location, and reloads the same lesson in the other language', async () => {
    const s = await open(packageOf(course()), { lms: { standard: 'scorm12' } });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 4 viewed');
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '2 of 4 viewed');
    await shell.locator('button[data-set-lang="ru"]').click();
    await waitForProgress(shell, 'Просмотрено 2 из 4');
    expect(await shell.locator('html').getAttribute('data-lang')).toBe('ru');
    expect(await shell.locator('button[data-set-lang="ru"]').getAttribute('aria-pressed')).toBe('true');
    expect(await shell.locator('button[data-set-lang="en"]').getAttribute('aria-pressed')).toBe('false');
    expect(await shell.locator('#oer-next').innerText()).toBe('Далее');
    expect(await shell.locator('nav').getAttribute('aria-label')).toBe('Содержание');
    expect(await shell.locator('a.oer-lesson[data-index="2"]').getAttribute('href')).toBe(
      'content/l3.ru.html',
    );
    expect(await shell.locator('.oer-course-title').innerText()).toBe('Введение в искусственный интеллект');
    expect(await shell.title()).toBe('Поиск и решение задач — Введение в искусственный интеллект');
    await shell.frameLocator('#oer-frame').locator('h1', { hasText: 'Поиск и решение задач' }).waitFor();
    const data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_location).toBe('l2');
    expect(data.suspend_data).toMatch(/^1\|ru\|/);

    await shell.locator('button[data-set-lang="en"]').click();
    await waitForProgress(shell, '2 of 4 viewed');
    await shell.frameLocator('#oer-frame').locator('h1', { hasText: 'Search and problem solving' }).waitFor();
  });

  it('review mode navigates and shows but writes nothing', async () => {
    const s = await open(packageOf(course()), {
      lms: {
        standard: 'scorm12',
        cmi: {
          core: { lesson_mode: 'review', entry: 'resume', lesson_status: 'completed', lesson_location: 'l2' },
          suspend_data: '',
        },
      },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 4 viewed');
    expect(await shell.locator('a[aria-current="page"]').getAttribute('data-index')).toBe('1');
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '2 of 4 viewed');
    const log = await leave(s.page, 'LMSFinish');
    expect(log.map((c) => c[0])).toEqual(['LMSInitialize', 'LMSFinish']);
    expect((await cmi<Cmi12>(s.page, 'scorm12')).core.lesson_status).toBe('completed');
  });

  it('browse mode sets browsed and never completed', async () => {
    const s = await open(packageOf(sampleCourse({ standard: 'scorm12', lessons: 2 })), {
      lms: { standard: 'scorm12', cmi: { core: { lesson_mode: 'browse' } } },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 2 viewed');
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, 'Course completed');
    const data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_status).toBe('browsed');
    expect(data.core.lesson_location).toBe('l2');
  });

  it('garbage suspend data and an unknown location mean a fresh start, without errors', async () => {
    // [suspend_data, the language that survives]: a valid language is kept even when the bitset is not.
    const cases: [string, string][] = [
      ['garbage', 'en'],
      ['1|xx|!!!|zz', 'en'],
      ['2|ru|____', 'en'],
      ['1|ru|' + '_'.repeat(4000), 'ru'],
      ['1|ru|@@@|' + 'x'.repeat(7), 'ru'],
      ['|||', 'en'],
    ];
    for (const [suspend, lang] of cases) {
      const s = await open(packageOf(course()), {
        lms: {
          standard: 'scorm12',
          cmi: { core: { entry: 'resume', lesson_location: 'nope' }, suspend_data: suspend },
        },
      });
      const shell = await shellOf(s);
      await waitForProgress(shell, lang === 'ru' ? 'Просмотрено 1 из 4' : '1 of 4 viewed');
      expect(await shell.locator('a[aria-current="page"]').getAttribute('data-index')).toBe('0');
      expect((await cmi<Cmi12>(s.page, 'scorm12')).suspend_data).toMatch(
        new RegExp(`^1\\|${lang}\\|g\\|[0-9a-z]+$`),
      );
      await s.context.close();
    }
  });

  it('keeps suspend_data tiny for a 300-lesson course, resumes it and completes it', async () => {
    const big = sampleCourse({ standard: 'scorm12', languages: ['en'], lessons: 300, perModule: 12 });
    // Session 1: three lessons viewed for real. Bits 1110 0000… → base64url "4", trailing "A"s dropped.
    const s1 = await open(packageOf(big), { lms: { standard: 'scorm12' } });
    const shell1 = await shellOf(s1);
    await waitForProgress(shell1, '1 of 300 viewed');
    for (const n of [2, 3]) {
      await shell1.locator('#oer-next').click();
      await waitForProgress(shell1, `${n} of 300 viewed`);
    }
    const first = await cmi<Cmi12>(s1.page, 'scorm12');
    const hash = /^1\|en\|4\|([0-9a-z]+)$/.exec(first.suspend_data)?.[1];
    expect(hash, first.suspend_data).toBeDefined();

    // Session 2: every lesson but the last viewed (49 × "_" then "-" = 111110), resumed on lesson 299.
    const s2 = await open(packageOf(big), {
      lms: {
        standard: 'scorm12',
        cmi: {
          core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: 'l299' },
          suspend_data: `1|en|${'_'.repeat(49)}-|${hash}`,
        },
      },
    });
    const shell2 = await shellOf(s2);
    await waitForProgress(shell2, '299 of 300 viewed');
    expect(await shell2.locator('a[aria-current="page"]').getAttribute('data-index')).toBe('298');
    expect(await shell2.locator('a.oer-lesson.is-viewed').count()).toBe(299);
    expect((await cmi<Cmi12>(s2.page, 'scorm12')).core.lesson_status).toBe('incomplete');
    await shell2.locator('#oer-next').click();
    await waitForProgress(shell2, 'Course completed');
    const data = await cmi<Cmi12>(s2.page, 'scorm12');
    expect(data.core.lesson_status).toBe('completed');
    expect(data.core.lesson_location).toBe('l300');
    console.info(
      `suspend_data for 300 lessons, all viewed: ${data.suspend_data.length} characters: ${data.suspend_data}`,
    );
    expect(data.suspend_data).toBe(`1|en|${'_'.repeat(50)}|${hash}`);
    expect(data.suspend_data.length).toBeLessThan(80);
  }, 60_000);
});

describe.skipIf(!hasBrowser)('one SCO per lesson (index.html?lesson=<id>)', () => {
  it('shows only that lesson, completes when it is viewed, and carries the language to the next SCO', async () => {
    const files = packageOf(sampleCourse({ standard: 'scorm12' }));
    const s = await open(files, { lms: { standard: 'scorm12' }, launch: 'index.html?lesson=l3' });
    const shell = await shellOf(s);
    await shell.frameLocator('#oer-frame').locator('h1', { hasText: 'Learning from data' }).waitFor();
    await waitForProgress(shell, 'Course completed');
    expect(await shell.locator('#oer-nav').isVisible()).toBe(false);
    expect(await shell.locator('#oer-next').isVisible()).toBe(false);
    const data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_status).toBe('completed');
    expect(data.core.lesson_location).toBe('l3');
    await shell.locator('button[data-set-lang="ru"]').click();
    await shell.frameLocator('#oer-frame').locator('h1', { hasText: 'Обучение на данных' }).waitFor();
    await s.page.waitForFunction(() =>
      (globalThis as unknown as LmsWindow).calls.some((c) => c[1] === 'cmi.student_preference.language'),
    );
    expect(setValues(await calls(s.page), 'LMSSetValue', 'cmi.student_preference.language')).toEqual(['ru']);

    // The next lesson's SCO in the same browser, nothing saved for it yet: it opens in Russian.
    const page2 = await s.context.newPage();
    page2.on('console', (msg) => {
      if (msg.type() === 'error') s.errors.push(`console: ${msg.text()}`);
    });
    await page2.goto(`http://lms.test/lms.html?launch=${encodeURIComponent('index.html?lesson=l4')}`);
    const shell2 = await (await page2.waitForSelector('#sco')).contentFrame();
    if (!shell2) throw new Error('no SCO frame');
    await shell2.frameLocator('#oer-frame').locator('h1', { hasText: 'ИИ и общество' }).waitFor();
    expect(await shell2.locator('html').getAttribute('lang')).toBe('ru');
  });

  it('takes the learner preference language from the LMS when nothing is saved', async () => {
    const s = await open(packageOf(sampleCourse({ standard: 'scorm2004' })), {
      lms: { standard: 'scorm2004', cmi: { learner_preference: { language: 'ru-RU' } } },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, 'Просмотрено 1 из 4');
    expect(await shell.locator('html').getAttribute('lang')).toBe('ru');
    // Not chosen by the learner, so not written back.
    expect(setValues(await calls(s.page), 'SetValue', 'cmi.learner_preference.language')).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)('player under SCORM 2004 (scorm-again)', () => {
  const course = () => sampleCourse({ standard: 'scorm2004' });

  it('sets incomplete, location and progress_measure, completes, and suspends on exit', async () => {
    const s = await open(packageOf(course()), { lms: { standard: 'scorm2004' } });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 4 viewed');
    let data = await cmi<Cmi2004>(s.page, 'scorm2004');
    expect(data.completion_status).toBe('incomplete');
    expect(data.success_status).toBe('unknown');
    expect(data.location).toBe('l1');
    expect(data.progress_measure).toBe('0.25');
    for (const n of [2, 3]) {
      await shell.locator('#oer-next').click();
      await waitForProgress(shell, `${n} of 4 viewed`);
    }
    data = await cmi<Cmi2004>(s.page, 'scorm2004');
    expect(data.location).toBe('l3');
    expect(data.progress_measure).toBe('0.75');
    expect(data.completion_status).toBe('incomplete');
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, 'Course completed');
    data = await cmi<Cmi2004>(s.page, 'scorm2004');
    expect(data.completion_status).toBe('completed');
    expect(data.progress_measure).toBe('1');

    const log = await leave(s.page, 'Terminate');
    expect(setValues(log, 'SetValue', 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    expect(setValues(log, 'SetValue', 'cmi.exit')).toEqual(['suspend']);
    expect(setValues(log, 'SetValue', 'cmi.session_time')[0]).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
    expect(log.filter((c) => c.at(-1) !== 'true')).toEqual([]);
    expect(log.some((c) => c[1] === 'cmi.success_status')).toBe(false);
  });

  it('resumes on the stored lesson with viewed lessons kept', async () => {
    const s1 = await open(packageOf(course()), { lms: { standard: 'scorm2004' } });
    const shell1 = await shellOf(s1);
    await waitForProgress(shell1, '1 of 4 viewed');
    await shell1.locator('a.oer-lesson[data-index="2"]').click();
    await waitForProgress(shell1, '2 of 4 viewed');
    await leave(s1.page, 'Terminate');
    const saved = await cmi<Cmi2004>(s1.page, 'scorm2004');
    expect(saved.location).toBe('l3');

    const s2 = await open(packageOf(course()), {
      lms: {
        standard: 'scorm2004',
        cmi: {
          entry: 'resume',
          completion_status: saved.completion_status,
          location: saved.location,
          suspend_data: saved.suspend_data,
        },
      },
    });
    const shell2 = await shellOf(s2);
    await waitForProgress(shell2, '2 of 4 viewed');
    expect(await shell2.locator('a[aria-current="page"]').getAttribute('data-index')).toBe('2');
    expect(await shell2.locator('a.oer-lesson[data-index="0"]').innerText()).toContain('✓');
    expect(await shell2.locator('a.oer-lesson[data-index="1"]').innerText()).not.toContain('✓');
    await shell2.frameLocator('#oer-frame').locator('h1', { hasText: 'Learning from data' }).waitFor();
  });

  it('review mode writes nothing', async () => {
    const s = await open(packageOf(course()), {
      lms: { standard: 'scorm2004', cmi: { mode: 'review', completion_status: 'completed' } },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 4 viewed');
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '2 of 4 viewed');
    const log = await leave(s.page, 'Terminate');
    expect(log.map((c) => c[0])).toEqual(['Initialize', 'Terminate']);
  });
});

describe.skipIf(!hasBrowser)('player without an LMS', () => {
  it('runs standalone (no API) with no errors and resumes from localStorage', async () => {
    const files = packageOf(sampleCourse({ standard: 'scorm12' }));
    const s = await open(files);
    await waitForProgress(s.page, '1 of 4 viewed');
    await s.page.locator('#oer-next').click();
    await waitForProgress(s.page, '2 of 4 viewed');
    await s.page.locator('button[data-set-lang="ru"]').click();
    await waitForProgress(s.page, 'Просмотрено 2 из 4');
    // State is saved when the lesson in the new language has loaded.
    await s.page.frameLocator('#oer-frame').locator('h1', { hasText: 'Поиск и решение задач' }).waitFor();
    const stored = await s.page.evaluate(() =>
      (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem(
        'oer-studio:c_test',
      ),
    );
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ l: 'l2', s: expect.stringMatching(/^1\|ru\|/) });
    await s.page.reload();
    await waitForProgress(s.page, 'Просмотрено 2 из 4');
    expect(await s.page.locator('a[aria-current="page"]').getAttribute('data-index')).toBe('1');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('ru');
  });

  it('runs a single-language website package (standard none) with no language switch', async () => {
    const s = await open(packageOf(sampleCourse({ standard: 'none', languages: ['ru'] })));
    await waitForProgress(s.page, 'Просмотрено 1 из 4');
    expect(await s.page.locator('[data-set-lang]').count()).toBe(0);
    expect(await s.page.locator('html').getAttribute('lang')).toBe('ru');
  });

  it('starts with the skip link, and the shell works by keyboard', async () => {
    const s = await open(packageOf(sampleCourse({ standard: 'none' })));
    await waitForProgress(s.page, '1 of 4 viewed');
    await s.page.keyboard.press('Tab');
    expect(
      await s.page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { className: string } } }).document
            .activeElement.className,
      ),
    ).toBe('oer-skip');
    await s.page.keyboard.press('Enter');
    expect(
      await s.page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).toBe('oer-main');
    await s.page.locator('#oer-next').focus();
    await s.page.keyboard.press('Enter');
    await waitForProgress(s.page, '2 of 4 viewed');
    await s.page.keyboard.press('Space');
    await waitForProgress(s.page, '3 of 4 viewed');
  });

  it('on a phone, the contents open as a drawer from the menu button and close with Escape', async () => {
    const s = await open(packageOf(sampleCourse({ standard: 'none' })), {
      viewport: { width: 390, height: 800 },
    });
    await waitForProgress(s.page, '1 of 4 viewed');
    const menu = s.page.locator('.oer-menu');
    expect(await menu.isVisible()).toBe(true);
    expect(await s.page.locator('#oer-nav').isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await s.page.locator('#oer-nav').isVisible()).toBe(true);
    expect(
      await s.page.evaluate(() =>
        (globalThis as unknown as Doc).document.activeElement?.getAttribute('data-index'),
      ),
    ).toBe('0');
    await s.page.keyboard.press('Escape');
    expect(await s.page.locator('#oer-nav').isVisible()).toBe(false);
    await menu.click();
    await s.page.locator('a.oer-lesson[data-index="3"]').click();
    await waitForProgress(s.page, '2 of 4 viewed');
    expect(await s.page.locator('#oer-nav').isVisible()).toBe(false);
  });
});

describe.skipIf(!hasBrowser)('lesson pages and the shell without the player', () => {
  it('lesson pages run no script, even if one slipped into the lesson HTML (CSP)', async () => {
    const files = packageOf(sampleCourse({ standard: 'none' }));
    files.set(
      'content/evil.html',
      lessonPageHtml({
        lang: 'en',
        title: 'Evil',
        courseTitle: 'Course',
        bodyHtml:
          '<script>document.title = "hacked"</script><img alt="" src="data:," onerror="document.title = \'hacked\'"><a href="javascript:document.title=1">x</a>',
        cssHref: '../player/player.css',
      }),
    );
    const s = await open(files);
    await s.page.goto('http://lms.test/pkg/content/evil.html');
    await s.page.waitForTimeout(200);
    expect(await s.page.title()).toBe('Evil — Course');
    // Chromium reports each blocked script; those are the errors this test expects.
    expect(s.errors.length).toBeGreaterThan(0);
    expect(s.errors.every((e) => /Content Security Policy/.test(e))).toBe(true);
    s.errors.length = 0;
  });

  it('with script off, the contents still open lessons in the frame', async () => {
    const s = await open(packageOf(sampleCourse({ standard: 'none' })), { javaScriptEnabled: false });
    await s.page.locator('a.oer-lesson[data-index="2"]').click();
    await s.page.frameLocator('#oer-frame').locator('h1', { hasText: 'Learning from data' }).waitFor();
    expect(await s.page.locator('#oer-nav').isVisible()).toBe(true);
  });
});

describe('player.js source', () => {
  it('has no eval, no innerHTML, no inline handlers and no network', async () => {
    const text = await readFile(join(ROOT, 'resources/player/player.js'), 'utf8');
    expect(text).toMatch(/^\/\*[\s\S]*?\*\/\n\(function \(\) \{\n {2}'use strict';/);
    // The code without its comments (which may name what the code avoids).
    const source = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const banned of [
      /\beval\(/,
      /new Function\b/,
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write/,
      /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|importScripts/,
      /setAttribute\(\s*'on/,
      /https?:\/\//,
    ]) {
      expect(source, String(banned)).not.toMatch(banned);
    }
  });

  it('player.css loads the bundled fonts first and nothing from the network', async () => {
    const css = await readFile(join(ROOT, 'resources/player/player.css'), 'utf8');
    expect(css).toMatch(/^@import url\(['"]fonts\/fonts\.css['"]\);/);
    expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    expect(css).toContain("'Noto Sans'");
    expect(css).toContain("'Noto Sans Mono'");
  });
});

/** The lead's exporter: the sample course as a real package, served from its entries. */
async function exportedSample(formatId: string): Promise<Files> {
  const resources = join(ROOT, 'resources');
  const built = await buildPackage(
    {
      course: await loadSampleCourse(resources),
      player: await loadPlayerKit(resources),
      app: { name: 'OER Studio', version: 'test' },
      openAsset: () => {
        throw new Error('The sample course has no assets.');
      },
    },
    formatId,
  );
  const files: Files = new Map();
  for (const entry of built.entries) {
    let data = entry.data;
    if (typeof data === 'function') {
      const lazy = await data();
      if (lazy instanceof Uint8Array) data = lazy;
      else {
        const chunks: Uint8Array[] = [];
        for await (const chunk of lazy) chunks.push(chunk);
        data = Buffer.concat(chunks);
      }
    }
    files.set(entry.path, data);
  }
  return files;
}

describe.skipIf(!hasBrowser)('the exported sample course under scorm-again', () => {
  for (const standard of ['scorm12', 'scorm2004'] as const) {
    it.skipIf(!exportFormats.some((f) => f.id === standard))(
      `${standard}: launch, view every lesson, completed`,
      async () => {
        const files = await exportedSample(standard);
        expect(files.has('index.html')).toBe(true);
        expect(files.has('player/player.js')).toBe(true);
        expect(files.has('player/fonts/fonts.css')).toBe(true);
        const s = await open(files, { lms: { standard } });
        const shell = await shellOf(s);
        const total = await shell.locator('a.oer-lesson').count();
        expect(total).toBeGreaterThan(1);
        await waitForProgress(shell, `1 of ${total} viewed`);
        for (let n = 2; n <= total; n++) {
          await shell.locator('#oer-next').click();
          await waitForProgress(shell, n === total ? 'Course completed' : `${n} of ${total} viewed`);
        }
        if (standard === 'scorm12') {
          const data = await cmi<Cmi12>(s.page, standard);
          expect(data.core.lesson_status).toBe('completed');
          expect(data.suspend_data.length).toBeLessThan(40);
        } else {
          const data = await cmi<Cmi2004>(s.page, standard);
          expect(data.completion_status).toBe('completed');
          expect(data.progress_measure).toBe('1');
        }
        await shell.locator('button[data-set-lang="ru"]').click();
        await waitForProgress(shell, 'Курс пройден');
      },
    );
  }
});

describe.skipIf(!hasBrowser)('accessibility (axe: WCAG 2.0 A/AA, 2.1 AA)', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21aa'];

  async function seriousViolations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    for (const v of result.violations) console.info(`axe ${v.impact}: ${v.id} (${v.nodes.length})`);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  for (const dark of [false, true]) {
    it(`shell with a lesson, both languages${dark ? ', dark' : ''}: no serious or critical violations`, async () => {
      const s = await open(packageOf(sampleCourse({ standard: 'none' })), { dark });
      await waitForProgress(s.page, '1 of 4 viewed');
      expect(await seriousViolations(s.page)).toEqual([]);
      await s.page.locator('button[data-set-lang="ru"]').click();
      await waitForProgress(s.page, 'Просмотрено 1 из 4');
      expect(await seriousViolations(s.page)).toEqual([]);
    });
  }

  it('a lesson page on its own: no serious or critical violations', async () => {
    const s = await open(packageOf(sampleCourse({ standard: 'none' })));
    await s.page.goto('http://lms.test/pkg/content/l1.ru.html');
    expect(await seriousViolations(s.page)).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)('screenshots (e2e-artifacts/player-*.png)', () => {
  it('shell with a lesson at 1280×800 and 390×800, both languages', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const files = packageOf(sampleCourse({ standard: 'none', lessons: 9, perModule: 3 }));
    for (const [name, viewport, dark] of [
      ['desktop', { width: 1280, height: 800 }, false],
      ['phone', { width: 390, height: 800 }, false],
      ['desktop-dark', { width: 1280, height: 800 }, true],
    ] as const) {
      const s = await open(files, { viewport, dark });
      await waitForProgress(s.page, '1 of 9 viewed');
      await s.page.locator('#oer-next').click();
      await waitForProgress(s.page, '2 of 9 viewed');
      await s.page.locator('#oer-prev').click();
      await waitForProgress(s.page, '2 of 9 viewed');
      await s.page.frameLocator('#oer-frame').locator('h1').waitFor();
      await s.page.evaluate(
        () =>
          (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts
            .ready,
      );
      await s.page.screenshot({ path: join(ARTIFACTS, `player-${name}-en.png`) });
      await s.page.locator('button[data-set-lang="ru"]').click();
      await waitForProgress(s.page, 'Просмотрено 2 из 9');
      await s.page.frameLocator('#oer-frame').locator('h1', { hasText: 'Что такое' }).waitFor();
      await s.page.waitForTimeout(150);
      await s.page.screenshot({ path: join(ARTIFACTS, `player-${name}-ru.png`) });
      if (name === 'phone') {
        await s.page.locator('.oer-menu').click();
        await s.page.screenshot({ path: join(ARTIFACTS, `player-${name}-menu-ru.png`) });
      }
      if (name === 'desktop') {
        await s.page.locator('a.oer-lesson[data-index="4"]').focus();
        await s.page.keyboard.press('Shift+Tab');
        await s.page.keyboard.press('Tab');
        await s.page.screenshot({ path: join(ARTIFACTS, `player-${name}-focus-ru.png`) });
      }
    }
    // A lesson page on its own (as a website page or a Common Cartridge page), and one SCO per lesson.
    const alone = await open(files);
    await alone.page.goto('http://lms.test/pkg/content/l2.ru.html');
    await alone.page.screenshot({ path: join(ARTIFACTS, 'player-lesson-page-ru.png') });
    const single = await open(files, { lms: { standard: 'scorm12' }, launch: 'index.html?lesson=l2' });
    const shell = await shellOf(single);
    await waitForProgress(shell, 'Course completed');
    await single.page.screenshot({ path: join(ARTIFACTS, 'player-single-lesson-en.png') });
  }, 90_000);
});
