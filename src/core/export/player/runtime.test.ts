/**
 * The learner player in REAL exported packages, in a real browser, under a real SCORM run-time
 * (scorm-again), as an LMS would run them. Each package is exported through the real pipeline
 * (buildPackage and the streaming zip writer, test-support/exportFixtures) and read back from
 * its zip. An LMS page at http://lms.test/lms.html defines `window.API` / `API_1484_11` and
 * frames the package's launch page; the unzipped files are served from memory through
 * Playwright routing. Any request that leaves http://lms.test fails the test (packages must need
 * no network), and so does any console error or page error in any frame.
 *
 * The offline website from file://, axe and the screenshots are in e2e/website.spec.ts.
 */
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportToZip, sampleCourse, stressCourse } from '../../../../test-support/exportFixtures';
import type { ExportOptions } from '../types';
import { lessonPageHtml } from './pages';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../../test-support/chromium';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const ARTIFACTS = join(ROOT, 'e2e-artifacts');
const executablePath = chromiumExecutable;
const hasBrowser = executablePath !== undefined || existsSync(chromium.executablePath());
if (!hasBrowser) {
  console.warn(
    'runtime.test.ts: skipped, no Chromium found (neither /usr/bin/chromium nor a Playwright browser).',
  );
}

type Files = Map<string, Uint8Array>;
type Scorm = 'scorm12' | 'scorm2004';

/** The sample course (resources/sample/course.json): its lessons in order, English titles. */
const L = [
  'l1WhatIsAI',
  'l2ShortHistory',
  'l3LearningFromData',
  'l4FirstClassifier',
  'l5EthicsResponsibleAI',
] as const;

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
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
};

let browser: Browser;

/** Exported packages by format and options, each built once per file. */
const exports = new Map<string, Promise<Files>>();

/**
 * A package exported through the real pipeline (core build, streaming zip writer) and unzipped.
 * `course` is the sample unless `stress`: the 300-lesson Russian/Kazakh course with its assets.
 */
function exported(format: string, options: ExportOptions = {}, stress = false): Promise<Files> {
  const key = JSON.stringify([format, options, stress]);
  let files = exports.get(key);
  if (!files) {
    files = (async () => {
      const { course, assets } = stress
        ? await stressCourse()
        : { course: await sampleCourse(), assets: undefined };
      const { zip } = await exportToZip(course, format, options, undefined, assets);
      const out: Files = new Map();
      for (const entry of Object.values(zip.files)) {
        if (!entry.dir) out.set(entry.name, await entry.async('uint8array'));
      }
      return out;
    })();
    exports.set(key, files);
  }
  return files;
}

/** The launch URL of a lesson's SCO, read from the package's manifest: resource href + parameters. */
function scoLaunch(files: Files, lessonId: string): string {
  const xml = Buffer.from(files.get('imsmanifest.xml') ?? new Uint8Array()).toString('utf8');
  const item = new RegExp(`<item identifier="ITEM-${lessonId}"[^>]*>`).exec(xml)?.[0] ?? '';
  const ref = /identifierref="([^"]+)"/.exec(item)?.[1];
  const parameters = /parameters="([^"]*)"/.exec(item)?.[1] ?? '';
  const resource = new RegExp(`<resource identifier="${ref}"[^>]*>`).exec(xml)?.[0] ?? '';
  const href = /href="([^"]+)"/.exec(resource)?.[1];
  if (!ref || !href) throw new Error(`No SCO for lesson ${lessonId} in the manifest.`);
  return href + parameters;
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
    javaScriptEnabled?: boolean;
    /** The package page the LMS launches. @default 'index.html' */
    launch?: string;
  } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
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
    return route.fulfill({ contentType: TYPES[ext] ?? 'application/octet-stream', body: Buffer.from(body) });
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
    getElementById(id: string): { textContent: string | null } | null;
    activeElement: { id: string; className: string; getAttribute(name: string): string | null } | null;
  };
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
    { polling: 'raf', timeout: 15_000 },
  );
}

/** Waits until the lesson frame shows a page whose h1 is `title`. */
async function waitForPage(shell: Frame | Page, title: string): Promise<void> {
  await shell.frameLocator('#oer-frame').locator('h1', { hasText: title }).waitFor();
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

/** Data-index of the lesson link marked current, or null. */
async function currentIndex(shell: Frame | Page): Promise<string | null> {
  const current = shell.locator('a.oer-lesson[aria-current="page"]');
  return (await current.count()) ? current.getAttribute('data-index') : null;
}

beforeAll(async () => {
  if (!hasBrowser) return;
  browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
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

describe.skipIf(!hasBrowser)('the exported sample under SCORM 1.2 (scorm-again)', () => {
  const pkg = () => exported('scorm12');

  it('sets incomplete on launch, tracks location, skips the licence page, completes once every lesson is viewed', async () => {
    const s = await open(await pkg(), { lms: { standard: 'scorm12' } });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 5 viewed');
    let data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_status).toBe('incomplete');
    expect(data.core.lesson_location).toBe(L[0]);
    expect(data.suspend_data).toMatch(/^1\|en\|/);
    expect(await currentIndex(shell)).toBe('0');

    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '2 of 5 viewed');
    expect((await cmi<Cmi12>(s.page, 'scorm12')).core.lesson_location).toBe(L[1]);
    // Screen readers hear the new lesson's title; focus stays on Next.
    expect(await shell.locator('#oer-announce').textContent()).toBe('A short history of AI');
    expect(await shell.locator('#oer-announce').getAttribute('aria-live')).toBe('polite');

    // A nav link, by keyboard.
    await shell.locator('a.oer-lesson[data-index="3"]').focus();
    await s.page.keyboard.press('Enter');
    await waitForProgress(shell, '3 of 5 viewed');
    data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_location).toBe(L[3]);
    expect(data.core.lesson_status).toBe('incomplete');
    expect(await currentIndex(shell)).toBe('3');
    expect(await shell.locator('a.oer-lesson[data-index="1"]').innerText()).toContain('✓');
    expect(await shell.locator('a.oer-lesson[data-index="1"] .oer-viewed-text').textContent()).toBe(
      ' (viewed)',
    );
    expect(await shell.locator('a.oer-lesson[data-index="2"] .oer-viewed-text').textContent()).toBe('');

    // The licence page: shown in the frame, but not a lesson, not the bookmark, not progress.
    const suspendBefore = data.suspend_data;
    const licence = shell.locator('#oer-licence');
    expect(await licence.getAttribute('href')).toBe('about/licence.en.html');
    await licence.click();
    await waitForPage(shell, 'Licence and attribution');
    expect(await licence.getAttribute('aria-current')).toBe('page');
    expect(await currentIndex(shell)).toBeNull();
    expect(await shell.locator('#oer-prev').getAttribute('aria-disabled')).toBe('false');
    expect(await shell.locator('#oer-progress').textContent()).toBe('3 of 5 viewed');
    data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_location).toBe(L[3]);
    expect(data.suspend_data).toBe(suspendBefore);
    // Previous returns to the lesson the learner came from.
    await shell.locator('#oer-prev').click();
    await waitForPage(shell, 'Your first classifier in Python');
    expect(await currentIndex(shell)).toBe('3');
    expect(await licence.getAttribute('aria-current')).toBeNull();

    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '4 of 5 viewed');
    expect(await shell.locator('#oer-next').getAttribute('aria-disabled')).toBe('true');
    await shell.locator('a.oer-lesson[data-index="2"]').click();
    await waitForProgress(shell, 'Course completed');
    // Completed while the learner is still in the course, not only at unload.
    data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_status).toBe('completed');
    expect(data.core.lesson_location).toBe(L[2]);

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

  it('keeps progress through a language switch, and resumes on the same lesson and language', async () => {
    const s1 = await open(await pkg(), { lms: { standard: 'scorm12' } });
    const shell1 = await shellOf(s1);
    await waitForProgress(shell1, '1 of 5 viewed');
    await shell1.locator('#oer-next').click();
    await waitForProgress(shell1, '2 of 5 viewed');
    await shell1.locator('button[data-set-lang="ru"]').click();
    await waitForProgress(shell1, 'Просмотрено 2 из 5');
    // The same lesson in Russian, and the whole shell with it.
    await waitForPage(shell1, 'Краткая история ИИ');
    expect(await shell1.locator('html').getAttribute('data-lang')).toBe('ru');
    expect(await shell1.locator('button[data-set-lang="ru"]').getAttribute('aria-pressed')).toBe('true');
    expect(await shell1.locator('button[data-set-lang="en"]').getAttribute('aria-pressed')).toBe('false');
    expect(await shell1.locator('#oer-next').innerText()).toBe('Далее');
    expect(await shell1.locator('nav').getAttribute('aria-label')).toBe('Содержание');
    expect(await shell1.locator('a.oer-lesson[data-index="2"]').getAttribute('href')).toBe(
      `content/${L[2]}.ru.html`,
    );
    expect(await shell1.locator('#oer-licence').innerText()).toBe('Лицензия и авторство');
    expect(await shell1.locator('#oer-licence').getAttribute('href')).toBe('about/licence.ru.html');
    expect(await shell1.locator('.oer-course-title').innerText()).toBe('Введение в искусственный интеллект');
    expect(await shell1.title()).toBe('Краткая история ИИ — Введение в искусственный интеллект');
    const log = await leave(s1.page, 'LMSFinish');
    expect(setValues(log, 'LMSSetValue', 'cmi.core.exit')).toEqual(['suspend']);
    const saved = await cmi<Cmi12>(s1.page, 'scorm12');
    expect(saved.core.lesson_location).toBe(L[1]);
    expect(saved.suspend_data).toMatch(/^1\|ru\|/);

    // The learner comes back: the LMS hands the saved state to a new launch.
    const s2 = await open(await pkg(), {
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
    await waitForProgress(shell2, 'Просмотрено 2 из 5');
    await waitForPage(shell2, 'Краткая история ИИ');
    expect(await shell2.locator('html').getAttribute('lang')).toBe('ru');
    expect(await currentIndex(shell2)).toBe('1');
    expect(await shell2.locator('#oer-frame').getAttribute('title')).toBe('Краткая история ИИ');
    expect(await shell2.locator('a.oer-lesson.is-viewed').count()).toBe(2);
    // Already incomplete: nothing to set on launch.
    expect(setValues(await calls(s2.page), 'LMSSetValue', 'cmi.core.lesson_status')).toEqual([]);
    await shell2.locator('button[data-set-lang="en"]').click();
    await waitForProgress(shell2, '2 of 5 viewed');
    await waitForPage(shell2, 'A short history of AI');
    expect((await cmi<Cmi12>(s2.page, 'scorm12')).core.lesson_location).toBe(L[1]);
  });

  it('review mode navigates and shows but writes nothing', async () => {
    const s = await open(await pkg(), {
      lms: {
        standard: 'scorm12',
        cmi: {
          core: { lesson_mode: 'review', entry: 'resume', lesson_status: 'completed', lesson_location: L[1] },
          suspend_data: '',
        },
      },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 5 viewed');
    expect(await currentIndex(shell)).toBe('1');
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '2 of 5 viewed');
    const log = await leave(s.page, 'LMSFinish');
    expect(log.map((c) => c[0])).toEqual(['LMSInitialize', 'LMSFinish']);
    expect((await cmi<Cmi12>(s.page, 'scorm12')).core.lesson_status).toBe('completed');
  });

  it('browse mode sets browsed and never completed', async () => {
    const s = await open(await pkg(), {
      lms: { standard: 'scorm12', cmi: { core: { lesson_mode: 'browse' } } },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 5 viewed');
    for (const n of [2, 3, 4]) {
      await shell.locator('#oer-next').click();
      await waitForProgress(shell, `${n} of 5 viewed`);
    }
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, 'Course completed');
    const data = await cmi<Cmi12>(s.page, 'scorm12');
    expect(data.core.lesson_status).toBe('browsed');
    expect(data.core.lesson_location).toBe(L[4]);
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
    const files = await pkg();
    for (const [suspend, lang] of cases) {
      const s = await open(files, {
        lms: {
          standard: 'scorm12',
          cmi: { core: { entry: 'resume', lesson_location: 'nope' }, suspend_data: suspend },
        },
      });
      const shell = await shellOf(s);
      await waitForProgress(shell, lang === 'ru' ? 'Просмотрено 1 из 5' : '1 of 5 viewed');
      expect(await currentIndex(shell), suspend).toBe('0');
      // Lesson 1 of 5 viewed: bits 10000 → one base64url digit "g".
      expect((await cmi<Cmi12>(s.page, 'scorm12')).suspend_data, suspend).toMatch(
        new RegExp(`^1\\|${lang}\\|g\\|[0-9a-z]+$`),
      );
      await s.context.close();
    }
  });

  it('keeps suspend_data far under 4,096 characters for the real 300-lesson export, resumes it and completes it', async () => {
    const files = await exported('scorm12', {}, true);
    // Session 1: three lessons viewed for real. Bits 1110 0000… → base64url "4", trailing "A"s dropped.
    const s1 = await open(files, { lms: { standard: 'scorm12' } });
    const shell1 = await shellOf(s1);
    await waitForProgress(shell1, 'Просмотрено 1 из 300');
    expect(await shell1.locator('a.oer-lesson').count()).toBe(300);
    for (const n of [2, 3]) {
      await shell1.locator('#oer-next').click();
      await waitForProgress(shell1, `Просмотрено ${n} из 300`);
    }
    const first = await cmi<Cmi12>(s1.page, 'scorm12');
    expect(first.core.lesson_location).toBe('l3x');
    const hash = /^1\|ru\|4\|([0-9a-z]+)$/.exec(first.suspend_data)?.[1];
    expect(hash, first.suspend_data).toBeDefined();

    // Session 2: every lesson but the last viewed (49 × "_" then "-" = 111110), resumed on lesson 299.
    const s2 = await open(files, {
      lms: {
        standard: 'scorm12',
        cmi: {
          core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: 'l299x' },
          suspend_data: `1|ru|${'_'.repeat(49)}-|${hash}`,
        },
      },
    });
    const shell2 = await shellOf(s2);
    await waitForProgress(shell2, 'Просмотрено 299 из 300');
    expect(await currentIndex(shell2)).toBe('298');
    expect(await shell2.locator('a.oer-lesson.is-viewed').count()).toBe(299);
    expect((await cmi<Cmi12>(s2.page, 'scorm12')).core.lesson_status).toBe('incomplete');
    // In Kazakh, then the last lesson.
    await shell2.locator('button[data-set-lang="kk"]').click();
    await waitForProgress(shell2, '300 сабақтың 299 қаралды');
    await waitForPage(shell2, '299-сабақ');
    await shell2.locator('#oer-next').click();
    await waitForProgress(shell2, 'Курс аяқталды');
    const data = await cmi<Cmi12>(s2.page, 'scorm12');
    expect(data.core.lesson_status).toBe('completed');
    expect(data.core.lesson_location).toBe('l300x');
    console.info(
      `suspend_data of the real 300-lesson export, every lesson viewed: ${data.suspend_data.length} of 4,096 characters: ${data.suspend_data}`,
    );
    // Every viewed flag set is the longest bitset: 50 base64url digits for 300 lessons.
    expect(data.suspend_data).toBe(`1|kk|${'_'.repeat(50)}|${hash}`);
    expect(data.suspend_data.length).toBeLessThanOrEqual(63);
  }, 90_000);
});

describe.skipIf(!hasBrowser)('the exported sample under SCORM 2004 (scorm-again)', () => {
  const pkg = () => exported('scorm2004');

  it('sets incomplete, location and progress_measure, completes, and suspends on exit', async () => {
    const s = await open(await pkg(), { lms: { standard: 'scorm2004' } });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 5 viewed');
    let data = await cmi<Cmi2004>(s.page, 'scorm2004');
    expect(data.completion_status).toBe('incomplete');
    expect(data.success_status).toBe('unknown');
    expect(data.location).toBe(L[0]);
    expect(data.progress_measure).toBe('0.2');
    for (const n of [2, 3, 4]) {
      await shell.locator('#oer-next').click();
      await waitForProgress(shell, `${n} of 5 viewed`);
    }
    data = await cmi<Cmi2004>(s.page, 'scorm2004');
    expect(data.location).toBe(L[3]);
    expect(data.progress_measure).toBe('0.8');
    expect(data.completion_status).toBe('incomplete');
    // The licence page changes nothing.
    await shell.locator('#oer-licence').click();
    await waitForPage(shell, 'Licence and attribution');
    expect((await cmi<Cmi2004>(s.page, 'scorm2004')).location).toBe(L[3]);
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, 'Course completed');
    data = await cmi<Cmi2004>(s.page, 'scorm2004');
    expect(data.completion_status).toBe('completed');
    expect(data.progress_measure).toBe('1');
    expect(data.location).toBe(L[4]);

    const log = await leave(s.page, 'Terminate');
    expect(setValues(log, 'SetValue', 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    // "suspend" even when completed: see exitValue in player.js.
    expect(setValues(log, 'SetValue', 'cmi.exit')).toEqual(['suspend']);
    expect(setValues(log, 'SetValue', 'cmi.session_time')[0]).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
    expect(log.filter((c) => c.at(-1) !== 'true')).toEqual([]);
    expect(log.some((c) => c[1] === 'cmi.success_status')).toBe(false);
  });

  it('resumes on the stored lesson with viewed lessons kept, and a language switch keeps them', async () => {
    const s1 = await open(await pkg(), { lms: { standard: 'scorm2004' } });
    const shell1 = await shellOf(s1);
    await waitForProgress(shell1, '1 of 5 viewed');
    await shell1.locator('a.oer-lesson[data-index="2"]').click();
    await waitForProgress(shell1, '2 of 5 viewed');
    await leave(s1.page, 'Terminate');
    const saved = await cmi<Cmi2004>(s1.page, 'scorm2004');
    expect(saved.location).toBe(L[2]);
    expect(saved.exit).toBe('suspend');

    const s2 = await open(await pkg(), {
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
    await waitForProgress(shell2, '2 of 5 viewed');
    await waitForPage(shell2, 'Learning from data');
    expect(await currentIndex(shell2)).toBe('2');
    expect(await shell2.locator('a.oer-lesson[data-index="0"]').innerText()).toContain('✓');
    expect(await shell2.locator('a.oer-lesson[data-index="1"]').innerText()).not.toContain('✓');
    await shell2.locator('button[data-set-lang="ru"]').click();
    await waitForProgress(shell2, 'Просмотрено 2 из 5');
    await waitForPage(shell2, 'Обучение на данных');
    // The page shows the Russian lesson a moment before the player records the switch.
    await expect
      .poll(async () => (await cmi<Cmi2004>(s2.page, 'scorm2004')).suspend_data)
      .toMatch(/^1\|ru\|/);
    const data = await cmi<Cmi2004>(s2.page, 'scorm2004');
    expect(data.location).toBe(L[2]);
    expect(data.progress_measure).toBe('0.4');
    expect(setValues(await calls(s2.page), 'SetValue', 'cmi.learner_preference.language')).toEqual(['ru']);
  });

  it('review mode writes nothing', async () => {
    const s = await open(await pkg(), {
      lms: { standard: 'scorm2004', cmi: { mode: 'review', completion_status: 'completed' } },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, '1 of 5 viewed');
    await shell.locator('#oer-next').click();
    await waitForProgress(shell, '2 of 5 viewed');
    const log = await leave(s.page, 'Terminate');
    expect(log.map((c) => c[0])).toEqual(['Initialize', 'Terminate']);
  });

  it('takes the learner preference language from the LMS when nothing is saved', async () => {
    const s = await open(await pkg(), {
      lms: { standard: 'scorm2004', cmi: { learner_preference: { language: 'ru-RU' } } },
    });
    const shell = await shellOf(s);
    await waitForProgress(shell, 'Просмотрено 1 из 5');
    expect(await shell.locator('html').getAttribute('lang')).toBe('ru');
    // Not chosen by the learner, so not written back.
    expect(setValues(await calls(s.page), 'SetValue', 'cmi.learner_preference.language')).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)(
  'one SCO per lesson (scoPerLesson: the manifest launches index.html?lesson=<id>)',
  () => {
    it('SCORM 1.2: shows only that lesson, completes when it is viewed, and carries the language to the next SCO', async () => {
      const files = await exported('scorm12', { scoPerLesson: true });
      const launch = scoLaunch(files, L[2]);
      expect(launch).toBe(`index.html?lesson=${L[2]}`);
      const s = await open(files, { lms: { standard: 'scorm12' }, launch });
      const shell = await shellOf(s);
      await waitForPage(shell, 'Learning from data');
      await waitForProgress(shell, 'Course completed');
      expect(await shell.locator('#oer-nav').isVisible()).toBe(false);
      expect(await shell.locator('#oer-next').isVisible()).toBe(false);
      const data = await cmi<Cmi12>(s.page, 'scorm12');
      expect(data.core.lesson_status).toBe('completed');
      expect(data.core.lesson_location).toBe(L[2]);
      await shell.locator('button[data-set-lang="ru"]').click();
      await waitForPage(shell, 'Обучение на данных');
      await s.page.waitForFunction(() =>
        (globalThis as unknown as LmsWindow).calls.some((c) => c[1] === 'cmi.student_preference.language'),
      );
      expect(setValues(await calls(s.page), 'LMSSetValue', 'cmi.student_preference.language')).toEqual([
        'ru',
      ]);
      // With the contents hidden, the licence page is a header link to a new window.
      const licence = shell.locator('a.oer-licence-head');
      expect(await licence.isVisible()).toBe(true);
      expect(await licence.getAttribute('href')).toBe('about/licence.ru.html');
      expect(await licence.getAttribute('target')).toBe('_blank');
      expect(await licence.getAttribute('title')).toBe('Лицензия и авторство');
      expect(await licence.innerText()).toBe('Лицензия и авторство (откроется в новом окне)');
      await mkdir(ARTIFACTS, { recursive: true });
      await s.page.screenshot({ path: join(ARTIFACTS, 'player-single-lesson-ru.png') });

      // The next lesson's SCO in the same browser, nothing saved for it yet: it opens in Russian.
      const page2 = await s.context.newPage();
      page2.on('console', (msg) => {
        if (msg.type() === 'error') s.errors.push(`console: ${msg.text()}`);
      });
      await page2.goto(`http://lms.test/lms.html?launch=${encodeURIComponent(scoLaunch(files, L[3]))}`);
      const shell2 = await (await page2.waitForSelector('#sco')).contentFrame();
      if (!shell2) throw new Error('no SCO frame');
      await waitForPage(shell2, 'Ваш первый классификатор на Python');
      expect(await shell2.locator('html').getAttribute('lang')).toBe('ru');
    });

    it('SCORM 2004: the lesson SCO completes with progress_measure 1', async () => {
      const files = await exported('scorm2004', { scoPerLesson: true });
      const s = await open(files, { lms: { standard: 'scorm2004' }, launch: scoLaunch(files, L[1]) });
      const shell = await shellOf(s);
      await waitForPage(shell, 'A short history of AI');
      await waitForProgress(shell, 'Course completed');
      const data = await cmi<Cmi2004>(s.page, 'scorm2004');
      expect(data.completion_status).toBe('completed');
      expect(data.progress_measure).toBe('1');
      expect(data.location).toBe(L[1]);
    });
  },
);

describe.skipIf(!hasBrowser)('the player without an LMS', () => {
  it('a SCORM package opened with no LMS runs on its own; the skip link leads, and the shell works by keyboard', async () => {
    const s = await open(await exported('scorm12'));
    await waitForProgress(s.page, '1 of 5 viewed');
    await s.page.keyboard.press('Tab');
    expect(
      await s.page.evaluate(() => (globalThis as unknown as Doc).document.activeElement?.className),
    ).toBe('oer-skip');
    await s.page.keyboard.press('Enter');
    expect(await s.page.evaluate(() => (globalThis as unknown as Doc).document.activeElement?.id)).toBe(
      'oer-main',
    );
    await s.page.locator('#oer-next').focus();
    await s.page.keyboard.press('Enter');
    await waitForProgress(s.page, '2 of 5 viewed');
    await s.page.keyboard.press('Space');
    await waitForProgress(s.page, '3 of 5 viewed');
    // The licence link by keyboard, then back.
    await s.page.locator('#oer-licence').focus();
    await s.page.keyboard.press('Enter');
    await waitForPage(s.page, 'Licence and attribution');
    await s.page.locator('#oer-prev').focus();
    await s.page.keyboard.press('Enter');
    await waitForPage(s.page, 'Learning from data');
    expect(await s.page.locator('#oer-progress').textContent()).toBe('3 of 5 viewed');
  });

  it('a single-language website has no language switch', async () => {
    const s = await open(await exported('web', { languages: ['ru'] }));
    await waitForProgress(s.page, 'Просмотрено 1 из 5');
    expect(await s.page.locator('[data-set-lang]').count()).toBe(0);
    expect(await s.page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await s.page.locator('#oer-licence').getAttribute('href')).toBe('about/licence.ru.html');
  });

  it('on a phone, the contents open as a drawer from the menu button and close with Escape', async () => {
    const s = await open(await exported('web'), { viewport: { width: 390, height: 800 } });
    await waitForProgress(s.page, '1 of 5 viewed');
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
    await waitForProgress(s.page, '2 of 5 viewed');
    expect(await s.page.locator('#oer-nav').isVisible()).toBe(false);
  });

  it('lesson pages run no script, even if one slipped into the lesson HTML (CSP)', async () => {
    // The one synthetic page: the real renderer never lets a script through, so plant one.
    const files: Files = new Map(await exported('web'));
    files.set(
      'content/evil.html',
      Buffer.from(
        lessonPageHtml({
          lang: 'en',
          title: 'Evil',
          courseTitle: 'Course',
          bodyHtml:
            '<script>document.title = "hacked"</script><img alt="" src="data:," onerror="document.title = \'hacked\'"><a href="javascript:document.title=1">x</a>',
          cssHref: '../player/player.css',
        }),
      ),
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

  it('with script off, the contents still open lessons and the licence page in the frame', async () => {
    const s = await open(await exported('web'), { javaScriptEnabled: false });
    await s.page.locator('a.oer-lesson[data-index="2"]').click();
    await waitForPage(s.page, 'Learning from data');
    expect(await s.page.locator('#oer-nav').isVisible()).toBe(true);
    await s.page.locator('#oer-licence').click();
    await waitForPage(s.page, 'Licence and attribution');
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
