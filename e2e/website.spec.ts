/**
 * The offline website and a Common Cartridge page, as a learner opens them: the sample course
 * exported through the real pipeline (writePackageFolder) into a folder, opened from
 * file://<folder>/index.html in Chromium with no server. Every request must stay inside that
 * folder (no http, nothing leaving the machine), no frame may log an error, and axe finds no
 * serious or critical WCAG 2.0 A/AA or 2.1 AA violation. Screenshots go to e2e-artifacts/.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writePackageFolder } from '../src/node/exportIo';
import { exportInput, sampleCourse } from '../test-support/exportFixtures';

/** Screenshots for people to look at; the folder is git-ignored. */
const ARTIFACTS = 'e2e-artifacts';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

let root: string;
/** file:// URLs of the exported website and Common Cartridge folders, each ending in "/". */
let website: string;
let cartridge: string;

test.beforeAll(async () => {
  // realpath: the file:// URLs Chromium requests name the real path (macOS /var → /private/var).
  root = await realpath(await mkdtemp(join(tmpdir(), 'oer-website-')));
  const input = await exportInput(await sampleCourse());
  await writePackageFolder(join(root, 'web'), input, 'web');
  await writePackageFolder(join(root, 'cc11'), input, 'cc11');
  website = pathToFileURL(join(root, 'web')).href + '/';
  cartridge = pathToFileURL(join(root, 'cc11')).href + '/';
  await mkdir(ARTIFACTS, { recursive: true });
});

test.afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** What a page did: every request URL, failed requests, and errors from any of its frames. */
interface Watch {
  requests: string[];
  problems: string[];
  /**
   * Set while axe runs. axe reads stylesheets with XMLHttpRequest, which Chromium refuses on
   * file:// (and logs); those failures are axe's, not the package's: the player uses no XHR.
   */
  auditing: boolean;
}

function watch(page: Page): Watch {
  const w: Watch = { requests: [], problems: [], auditing: false };
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('requestfailed', (r) => {
    if (w.auditing && r.resourceType() === 'xhr') return;
    // The shell's frame starts loading the first lesson before the player runs; the player then
    // navigates it (to the resumed lesson or language), which aborts that first load and any of
    // its stylesheets still in flight; so does a quick click to another lesson. A missing file
    // fails with net::ERR_FILE_NOT_FOUND instead, and is still caught.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    w.problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('console', (m) => {
    if (w.auditing && /XMLHttpRequest|^Failed to load resource: net::ERR_FAILED$/.test(m.text())) return;
    if (m.type() === 'error') w.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.problems.push(`pageerror: ${e.message}`));
  return w;
}

/** Nothing went wrong, and every request stayed inside `folder` (a file:// URL ending in "/"). */
function expectContained(w: Watch, folder: string): void {
  expect(w.problems).toEqual([]);
  expect(w.requests.length).toBeGreaterThan(0);
  const outside = w.requests.filter((url) => !url.startsWith(folder) || url.includes('/../'));
  expect(outside, `requests outside ${folder}`).toEqual([]);
}

/** Package-relative paths of the requests, to check what was really loaded. */
function loaded(w: Watch, folder: string): string[] {
  return w.requests.filter((u) => u.startsWith(folder)).map((u) => decodeURI(u.slice(folder.length)));
}

async function seriousViolations(page: Page, w: Watch): Promise<string[]> {
  w.auditing = true;
  const result = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .analyze()
    .finally(() => (w.auditing = false));
  for (const v of result.violations) console.info(`axe ${v.impact}: ${v.id} (${v.nodes.length})`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until the player's progress line reads `text` (it changes once the lesson has loaded). */
async function progress(page: Page, text: string): Promise<void> {
  await expect(page.locator('#oer-progress')).toHaveText(text);
}

async function settle(page: Page): Promise<void> {
  // Fonts in the shell and in the lesson frame, so screenshots show the bundled Noto Sans.
  for (const frame of page.frames()) {
    await frame.evaluate(
      () =>
        (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
    );
  }
}

async function openWebsite(context: BrowserContext): Promise<{ page: Page; w: Watch }> {
  const page = await context.newPage();
  const w = watch(page);
  await page.goto(`${website}index.html`);
  return { page, w };
}

test('the website runs from its folder: navigation, language, licence page, resume', async ({ context }) => {
  const { page, w } = await openWebsite(context);
  const lesson = page.frameLocator('#oer-frame');
  const nav = page.getByRole('navigation', { name: 'Contents' });
  await progress(page, '1 of 5 viewed');
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('What is artificial intelligence?');

  await page.getByRole('button', { name: 'Next' }).click();
  await progress(page, '2 of 5 viewed');
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('A short history of AI');
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, 'website-desktop-en.png') });

  await nav.getByRole('link', { name: 'Your first classifier in Python' }).click();
  await progress(page, '3 of 5 viewed');
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('Your first classifier in Python');
  await expect(nav.getByRole('link', { name: 'Your first classifier in Python' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // The same lesson in Russian, progress kept.
  await page.getByRole('button', { name: 'Русский' }).click();
  await progress(page, 'Просмотрено 3 из 5');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('Ваш первый классификатор на Python');
  await expect(page).toHaveTitle('Ваш первый классификатор на Python — Введение в искусственный интеллект');
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, 'website-desktop-ru.png') });

  // The licence page: in the frame, in the learner's language, not a lesson.
  const ruNav = page.getByRole('navigation', { name: 'Содержание' });
  const licence = ruNav.getByRole('link', { name: 'Лицензия и авторство' });
  await licence.click();
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('Лицензия и авторство');
  await expect(licence).toHaveAttribute('aria-current', 'page');
  await expect(ruNav.locator('a.oer-lesson[aria-current]')).toHaveCount(0);
  await expect(page).toHaveTitle('Лицензия и авторство — Введение в искусственный интеллект');
  await expect(page.locator('#oer-frame')).toHaveAttribute('title', 'Лицензия и авторство');
  await progress(page, 'Просмотрено 3 из 5');
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, 'website-licence-ru.png') });

  // The language switch follows on the licence page.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('Licence and attribution');
  await expect(nav.getByRole('link', { name: 'Licence and attribution' })).toHaveAttribute(
    'href',
    'about/licence.en.html',
  );
  await progress(page, '3 of 5 viewed');

  // Previous goes back to the lesson the learner came from.
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('Your first classifier in Python');
  await expect(nav.getByRole('link', { name: 'Licence and attribution' })).not.toHaveAttribute(
    'aria-current',
    /.*/,
  );

  // Closed and reopened: the same lesson, language and viewed lessons (localStorage).
  await page.reload();
  await progress(page, '3 of 5 viewed');
  await expect(lesson.getByRole('heading', { level: 1 })).toHaveText('Your first classifier in Python');
  await expect(nav.locator('a.oer-lesson[aria-current="page"]')).toHaveAttribute('data-index', '3');
  await expect(nav.locator('a.oer-lesson.is-viewed')).toHaveCount(3);
  await expect(nav.locator('a.oer-lesson[data-index="2"]')).not.toHaveClass(/is-viewed/);

  // The rest of the course completes it; the licence page never counted.
  await nav.getByRole('link', { name: 'Learning from data' }).click();
  await progress(page, '4 of 5 viewed');
  await nav.getByRole('link', { name: 'Ethics and responsible AI' }).click();
  await progress(page, 'Course completed');

  expectContained(w, website);
  const paths = loaded(w, website);
  for (const path of [
    'index.html',
    'player/player.js',
    'player/player.css',
    'player/fonts/fonts.css',
    'content/l2ShortHistory.en.html',
    'content/l4FirstClassifier.ru.html',
    'about/licence.ru.html',
    'about/licence.en.html',
  ]) {
    expect(paths, path).toContain(path);
  }
  expect(
    paths.some((p) => p.endsWith('.woff2')),
    'a bundled font file',
  ).toBe(true);
});

test('the website on a phone and in dark mode', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const { page, w } = await openWebsite(context);
  await progress(page, '1 of 5 viewed');
  await page.getByRole('button', { name: 'Русский' }).click();
  await progress(page, 'Просмотрено 1 из 5');
  await page.getByRole('button', { name: 'Содержание' }).click();
  const licence = page.getByRole('link', { name: 'Лицензия и авторство' });
  await expect(licence).toBeVisible();
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, 'website-phone-menu-ru.png') });
  // The drawer closes on the licence page like on a lesson.
  await licence.click();
  await expect(page.frameLocator('#oer-frame').getByRole('heading', { level: 1 })).toHaveText(
    'Лицензия и авторство',
  );
  await expect(page.locator('#oer-nav')).toBeHidden();
  expectContained(w, website);
  await context.close();

  const dark = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  const d = await openWebsite(dark);
  await progress(d.page, '1 of 5 viewed');
  await d.page.getByRole('button', { name: 'Next' }).click();
  await progress(d.page, '2 of 5 viewed');
  await settle(d.page);
  await d.page.screenshot({ path: join(ARTIFACTS, 'website-desktop-dark-en.png') });
  expect(await seriousViolations(d.page, d.w)).toEqual([]);
  expectContained(d.w, website);
  await dark.close();
});

test('axe: the shell with a lesson, a lesson page and the licence page on their own', async ({ context }) => {
  const { page, w } = await openWebsite(context);
  await progress(page, '1 of 5 viewed');
  expect(await seriousViolations(page, w)).toEqual([]);
  await page.getByRole('button', { name: 'Русский' }).click();
  await progress(page, 'Просмотрено 1 из 5');
  expect(await seriousViolations(page, w)).toEqual([]);

  for (const path of ['content/l4FirstClassifier.ru.html', 'about/licence.en.html']) {
    await page.goto(website + path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page, w), path).toEqual([]);
  }
  expectContained(w, website);
});

test('a Common Cartridge 1.1 page on its own: both languages stacked, styled and accessible', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto(`${cartridge}web_resources/content/l4FirstClassifier.html`);
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute('href', '../player/player.css');
  const langs = page.locator('nav.oer-langs');
  await expect(langs.getByRole('link')).toHaveText(['English', 'Русский']);
  await expect(page.locator('section.oer-lang-part')).toHaveCount(2);
  await expect(page.locator('section#lang-ru')).toHaveAttribute('lang', 'ru');
  // The stylesheet applied: the bundled font, and the page's own layout.
  expect(
    await page.evaluate(
      () =>
        (
          globalThis as unknown as {
            getComputedStyle(e: unknown): { fontFamily: string };
            document: { body: unknown };
          }
        ).getComputedStyle((globalThis as unknown as { document: { body: unknown } }).document.body)
          .fontFamily,
    ),
  ).toContain('Noto Sans');
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, 'cc11-page.png') });
  expect(await seriousViolations(page, w)).toEqual([]);

  await langs.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/#lang-ru$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ваш первый классификатор на Python' }),
  ).toBeInViewport();
  await page.screenshot({ path: join(ARTIFACTS, 'cc11-page-ru.png') });

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${cartridge}web_resources/about/licence.html`);
  await expect(page.locator('section.oer-lang-part')).toHaveCount(2);
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, 'cc11-licence-phone.png'), fullPage: true });
  expect(await seriousViolations(page, w)).toEqual([]);
  expectContained(w, cartridge);
});
