/**
 * The keystroke benchmark: the cost of one typed character in the app's lesson editor (both
 * languages, alignment and translation state live) beside a bare TipTap StarterKit editor
 * holding the same text (one per language), in the same Chromium, in the same session; the
 * figures pool several fresh sessions.
 *
 * One keystroke = `document.execCommand('insertText')` into the focused editor, then the time
 * until the editor (and React, which renders the outline and status bar from the store) has
 * applied it and a forced layout is clean. Between keystrokes the page gets a frame, so resize
 * observers and painting run, as they would between a person's keystrokes.
 * `npm run bench -- --parts=typing` runs it alone; `--profile-typing=DIR` also records where the
 * time goes (see profile.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import type { Course, DocJson, NodeJson } from '../../src/core/model/types';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../test-support/chromium';
import { prng } from '../../test-support/prng';

const ORIGIN = 'http://oer.bench';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};
/**
 * Keystrokes per round; the four editors take turns for {@link ROUNDS} rounds, each round in
 * another order, so a burst of load from elsewhere on the machine hits all of them alike, and
 * none is always the first to be typed into after a page comes to the front.
 */
const KEYSTROKES = 150;
const ROUNDS = 8;
/** Unmeasured keystrokes before each measured run, in every editor alike: focus and warm-up. */
const WARM_UP = 20;
/** `--profile-typing=DIR`: trace the rounds and summarise them (profile.ts). */
const PROFILE_FLAG = '--profile-typing=';

const EN =
  'network packet router address model data learning neural layer weight training error signal value input output function system memory process'.split(
    ' ',
  );
const RU =
  'сеть пакет маршрутизатор адрес модель данные обучение нейрон слой вес тренировка ошибка сигнал значение вход выход функция система память процесс'.split(
    ' ',
  );

/** A lesson pair of about `words` words per language, in paragraphs of 20 words, aligned by id. */
function lessonPair(words: number): { en: DocJson; ru: DocJson } {
  const random = prng(42);
  const paragraph = (vocabulary: string[], id: string): NodeJson => ({
    type: 'paragraph',
    attrs: { id },
    content: [
      {
        type: 'text',
        text:
          Array.from({ length: 20 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ') +
          '.',
      },
    ],
  });
  const en: NodeJson[] = [];
  const ru: NodeJson[] = [];
  for (let i = 0; i < words / 20; i++) {
    en.push(paragraph(EN, `b${i}`));
    // One translation in ten is still missing: the state of those blocks shows in the margin.
    ru.push(i % 10 === 9 ? { type: 'paragraph', attrs: { id: `b${i}` } } : paragraph(RU, `b${i}`));
  }
  return { en: { type: 'doc', content: en }, ru: { type: 'doc', content: ru } };
}

function course(pair: { en: DocJson; ru: DocJson }): Course {
  return {
    id: 'c-bench',
    languages: { source: 'en', target: 'ru' },
    title: { en: 'Keystroke benchmark', ru: 'Тест набора' },
    description: {},
    authors: [],
    institution: {},
    keywords: {},
    licence: 'CC-BY-4.0',
    modules: [
      {
        id: 'm1',
        title: { en: 'Module', ru: 'Модуль' },
        lessons: [{ id: 'l1', title: { en: 'Long lesson', ru: 'Длинный урок' }, content: pair }],
      },
    ],
    assets: [],
  };
}

async function serve(page: Page, dir: string): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(dir, path === '/' ? 'index.html' : decodeURIComponent(path));
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    await route.fulfill({
      body: await readFile(file),
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' },
    });
  });
}

/**
 * Types `KEYSTROKES` characters into the focused editor; answers each one's milliseconds.
 * With `measure`, each keystroke is also a `keystroke` user-timing measure, for a trace.
 */
function typeAndTime(page: Page, measure = false, n = KEYSTROKES): Promise<number[]> {
  return page.evaluate(
    async ([n, measure]) => {
      const times: number[] = [];
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        document.execCommand('insertText', false, i % 8 === 7 ? ' ' : 'x');
        // ProseMirror and React apply the change in microtasks after the input event; a message
        // task runs after them, at once (a timer may wait, and let idle work in).
        await new Promise<void>((r) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => r();
          channel.port2.postMessage(null);
        });
        void document.body.getBoundingClientRect().height;
        const end = performance.now();
        times.push(end - start);
        if (measure) performance.measure('keystroke', { start, end });
        await frame();
      }
      return times;
    },
    [n, measure] as const,
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Clicks at the end of the middle paragraph of `editor`, so typing goes there. */
async function focusMiddle(page: Page, editor: string): Promise<void> {
  const middle = page.locator(`${editor} > p`).nth(500);
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
}

/** Each editor's keystroke times, in milliseconds. */
interface Times {
  en: number[];
  ru: number[];
  target: number[];
  source: number[];
}

/**
 * One session: a fresh Chromium with the app and the two bare editors, which take turns for
 * {@link ROUNDS} rounds. Answers each editor's keystroke times.
 */
async function session(
  dirs: { renderer: string; bare: string },
  pair: { en: DocJson; ru: DocJson },
  profileDir: string | undefined,
): Promise<Times> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });

    const app = await context.newPage();
    await serve(app, dirs.renderer);
    await app.addInitScript(
      (courseJson: string) => {
        const ok = (value: unknown) => Promise.resolve({ ok: true, value });
        const opened = { course: JSON.parse(courseJson), filePath: null, fileName: 'bench', warnings: [] };
        const known: Record<string, () => Promise<unknown>> = {
          openSample: () => ok(opened),
          startupInfo: () => ok({ recoveries: [], recentFiles: [], fileRequested: false }),
          listFormats: () => ok([]),
          listRecoveries: () => ok([]),
          listRecentFiles: () => ok([]),
        };
        (window as unknown as { api: unknown }).api = new Proxy(
          {},
          {
            // onCommand, onExportProgress...: a subscription answers its unsubscribe.
            get: (_t, name: string) =>
              name.startsWith('on') ? () => () => undefined : (known[name] ?? (() => ok(null))),
          },
        );
      },
      JSON.stringify(course(pair)),
    );
    await app.goto(`${ORIGIN}/`);
    await app.locator('.rich-text[lang="ru"] > p').nth(500).waitFor();

    // The bare editor, once with each side's text: Chromium itself costs more on the Russian
    // text (in some sessions a far longer tail, spellchecking or not), so the target side is
    // weighed against a bare editor holding that text.
    const bare = async (lang: 'en' | 'ru') => {
      const page = await context.newPage();
      await serve(page, dirs.bare);
      await page.goto(`${ORIGIN}/bare.html`);
      await page.evaluate(([doc, lang]) => window.loadBare(doc as never, lang), [pair[lang], lang] as const);
      return page;
    };
    const bareEn = await bare('en');
    const bareRu = await bare('ru');

    const profiler = profileDir
      ? new (await import('./profile')).TypingProfiler(browser, resolve(profileDir))
      : null;

    const times: Times = { en: [], ru: [], target: [], source: [] };
    const editors: { name: keyof Times; page: Page; editor: string }[] = [
      { name: 'en', page: bareEn, editor: '.bare' },
      { name: 'ru', page: bareRu, editor: '.bare' },
      { name: 'target', page: app, editor: '.rich-text[lang="ru"]' },
      { name: 'source', page: app, editor: '.rich-text[lang="en"]' },
    ];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < editors.length; i++) {
        const { name, page, editor } = editors[(i + round) % editors.length] as (typeof editors)[number];
        await page.bringToFront();
        await focusMiddle(page, editor);
        await typeAndTime(page, false, WARM_UP);
        times[name].push(
          ...(await (profiler
            ? profiler.record(name, page, () => typeAndTime(page, true))
            : typeAndTime(page))),
        );
      }
    }
    profiler?.print();
    return times;
  } finally {
    await browser.close();
  }
}

/** How many times `times`'s p95 is `bare`'s. */
function ratio(times: number[], bare: number[]): number {
  return percentile(times, 95) / percentile(bare, 95);
}

/**
 * Runs the benchmark in `sessions` fresh browsers and prints its figures: each session's
 * ratios, then the p50 and p95 of all their keystrokes together. (`--profile-typing` runs one.)
 */
export async function keystrokeBench(root: string, sessions = 3, words = 20_000): Promise<void> {
  // `npm run bench` builds the app's renderer first.
  const dirs = { renderer: join(root, 'out/renderer'), bare: join(root, 'out/bench-bare') };
  await build({
    configFile: false,
    root: join(root, 'bench/keystroke'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: dirs.bare,
      emptyOutDir: true,
      rollupOptions: { input: join(root, 'bench/keystroke/bare.html') },
    },
  });

  const profileDir = process.argv.find((a) => a.startsWith(PROFILE_FLAG))?.slice(PROFILE_FLAG.length);
  const pair = lessonPair(words);
  const all: Times = { en: [], ru: [], target: [], source: [] };
  const perSession: string[] = [];
  for (let i = 0; i < (profileDir ? 1 : sessions); i++) {
    const times = await session(dirs, pair, profileDir);
    for (const name of Object.keys(all) as (keyof Times)[]) all[name].push(...times[name]);
    perSession.push(
      `  session ${i + 1}: source ×${ratio(times.source, times.en).toFixed(2)}, target ×${ratio(times.target, times.ru).toFixed(2)} (×${ratio(times.target, times.en).toFixed(2)} of bare English); bare p95 ${percentile(times.en, 95).toFixed(1)} ms English, ${percentile(times.ru, 95).toFixed(1)} ms Russian`,
    );
  }

  const row = (name: string, times: number[], bare: number[]) =>
    `  ${name.padEnd(34)} p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms   ×${ratio(times, bare).toFixed(2)} of bare p95`;
  console.log(
    `\nKeystroke: ${KEYSTROKES} characters × ${ROUNDS} rounds × ${perSession.length} sessions into a ${words.toLocaleString('en')}-word lesson per language (Chromium)`,
  );
  console.log(perSession.join('\n'));
  console.log('  all sessions together:');
  console.log(row('bare StarterKit editor, English', all.en, all.en));
  console.log(row('bare StarterKit editor, Russian', all.ru, all.en));
  console.log(row('app, source side (English)', all.source, all.en));
  console.log(row('app, target side (Russian)', all.target, all.ru));
  console.log(`  (target side against the bare English editor: ×${ratio(all.target, all.en).toFixed(2)})`);
}
