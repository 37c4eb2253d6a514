/**
 * File › Import through the window: the progress dialog from the moment a file is chosen, a
 * cancel that keeps the open course, and a package opened as a new, untitled course.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/app';
import { ExportDialog } from './pages/ExportDialog';
import { NewCourseDialog } from './pages/NewCourseDialog';
import { SettingsDialog } from './pages/SettingsDialog';
import { StudioPage } from './pages/StudioPage';

/** Screenshots for people to look at; the folder is git-ignored. */
const ARTIFACTS = 'e2e-artifacts';

test.use({ locale: 'en-US' });

test('an import shows its progress, can be cancelled, and opens a package as a new course', async ({
  app,
}) => {
  test.skip(process.platform === 'win32', 'the test holds the import with a named pipe (mkfifo)');
  const studio = new StudioPage(app.page);
  await studio.ready();

  // A package of the sample, made through the Export dialog.
  const pkg = join(app.tmpDir, 'intro-ai.zip');
  app.dialogs.queueExport(pkg);
  await studio.fileButton('Export…').click();
  const exported = new ExportDialog(app.page);
  await exported.exportAndWait(pkg);
  await exported.closeButton.click();

  // Another course is open when the import starts.
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Machine learning 101', 'en', 'ru');
  const ownHeading = app.page.getByRole('heading', { level: 1, name: 'Machine learning 101' });
  await expect(ownHeading).toBeVisible();

  // The chosen file is a named pipe that nothing writes to yet: the import waits on its first
  // bytes, as it would on a slow network disk.
  const held = join(app.tmpDir, 'held.zip');
  execFileSync('mkfifo', [held]);
  app.dialogs.queueImport(held);
  await app.sendCommand('import');
  const dialog = app.page.getByRole('dialog', { name: 'Import' });
  const cancel = dialog.getByRole('button', { name: 'Cancel import' });
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog).toContainText('Reading the file…');
  await expect(cancel).toBeFocused();
  await app.page.screenshot({ path: `${ARTIFACTS}/import-progress.png` });
  const audit = await new AxeBuilder({ page: app.page }).analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await cancel.click();
  await expect(dialog).toContainText('Cancelling…');
  await expect.poll(() => app.invocations()).toContain('cancelImport');
  // The disk answers at last; the import sees the cancel and stops.
  await writeFile(held, 'PK\u0003\u0004');
  await expect(dialog).toBeHidden();
  await expect(ownHeading).toBeVisible();
  await expect(studio.alerts).toHaveCount(0);

  // Now a real one: the package opens as a new, untitled course with its lessons.
  app.dialogs.queueImport(pkg);
  await app.sendCommand('import');
  await expect(
    app.page.getByRole('heading', { level: 1, name: 'Introduction to Artificial Intelligence' }),
  ).toBeVisible();
  await expect(studio.outlineItem('What is artificial intelligence?')).toBeVisible();
  await expect(studio.statusBar).toContainText('Untitled');
  await expect(dialog).toBeHidden();
  const last = app.importProgressEvents().at(-1)!;
  expect(last.total).toBeGreaterThan(0);
  expect(last.done).toBe(last.total);
});

/** Packages made by other tools (Rustici, Canvas), beside the project when it is checked out with them. */
const SAMPLES = resolve(import.meta.dirname, '../../shared/samples');

test('what an import could not bring over is reported in the interface language', async ({ app }) => {
  test.skip(!existsSync(SAMPLES), `the sample packages are not at ${SAMPLES}`);
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('Settings…').click();
  const settings = new SettingsDialog(app.page);
  await settings.choose('Русский');
  await settings.apply();

  // Rustici's golf course: a quiz made by scripts, and scripts, frames and styling on its pages.
  app.dialogs.queueImport(join(SAMPLES, 'RuntimeBasicCalls_SCORM12.zip'));
  await app.sendCommand('import');
  const report = app.page.locator('.notice-warning');
  // A real package takes its time to import on a busy machine.
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report.locator('.notice-message')).toHaveText('Курс открыт, но есть замечания');
  await expect(report.locator('.notice-details li')).toContainText([
    'Страница «Assessment» не импортирована: её содержимое создают скрипты (это тест или интерактивное упражнение).',
    'Скрипты удалены (в уроках они не выполняются): на 16 страницах («Golf Explained», «Playing Golf», «Par», «Scoring», «Other Scoring Systems» и ещё 11).',
  ]);
  // The package has no Russian yet: every source block has an empty translation slot, level
  // with it, for the translator to fill in.
  const side = (lang: string) => app.page.locator(`.rich-text[lang="${lang}"]`);
  const blocks = (lang: string) => side(lang).locator('> *').count();
  await expect.poll(() => blocks('en')).toBeGreaterThan(1);
  await expect.poll(() => blocks('ru')).toBe(await blocks('en'));
  const lesson = app.page
    .getByRole('tree', { name: 'Модули и уроки' })
    .getByRole('treeitem', { name: 'Playing Golf', exact: true });
  await expect(lesson).toHaveAccessibleDescription('6 блоков требуют перевода');
  await side('ru').locator('> *').first().click();
  await app.page.keyboard.type('Игра');
  await expect(lesson).toHaveAccessibleDescription('5 блоков требуют перевода');

  // Only the package's own page names are in English.
  const words = (await report.innerText()).replace(/«[^»]*»/g, '').match(/\b[A-Za-z]{3,}\b/g) ?? [];
  expect(words.filter((w) => !['iframe', 'SCORM'].includes(w))).toEqual([]);
  await app.page.screenshot({ path: `${ARTIFACTS}/import-report-russian.png` });
});
