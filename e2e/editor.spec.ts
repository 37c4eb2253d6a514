import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/app';
import { CourseDetailsDialog } from './pages/CourseDetailsDialog';
import { ExportDialog } from './pages/ExportDialog';
import { MediaDialog } from './pages/MediaDialog';
import { NewCourseDialog } from './pages/NewCourseDialog';
import { StudioPage } from './pages/StudioPage';

/** Screenshots for people to look at; the folder is git-ignored. */
const ARTIFACTS = 'e2e-artifacts';

const SOURCE_TEXT = 'Neural networks learn from examples.';
// Kazakh letters too: the bundled fonts and the file format must carry them.
const TARGET_TEXT = 'Нейронные сети учатся на примерах: әғқңөұүһі.';

test.use({ locale: 'en-US' });

test('a new course is typed in both languages, saved, reopened and exported', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();

  // New course through the dialog (the sample is unchanged, so nothing asks about saving).
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Machine learning 101', 'en', 'ru');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Machine learning 101' })).toBeVisible();
  await expect(studio.outlineItem('Lesson 1')).toHaveAttribute('aria-selected', 'true');
  await expect(studio.statusBar).toContainText('Untitled');

  // Both editors carry their language, for the spellchecker and screen readers.
  await expect(studio.editor('source')).toHaveAttribute('lang', 'en');
  await expect(studio.editor('target')).toHaveAttribute('lang', 'ru');
  await expect(studio.editor('target')).toHaveAttribute('spellcheck', 'true');
  await expect(app.page.getByRole('textbox', { name: 'English (en) — source' })).toBeVisible();
  await expect(app.page.getByRole('textbox', { name: 'Русский (ru) — target' })).toBeVisible();

  await studio.titleField('Русский (ru)').fill('Урок 1');
  await studio.typeIn('source', SOURCE_TEXT);
  await studio.typeIn('target', TARGET_TEXT);
  await expect(studio.statusBar).toContainText('Unsaved changes');
  await expect(app.page).toHaveTitle(/^• Untitled — OER Studio$/);
  await app.page.screenshot({ path: `${ARTIFACTS}/editor-typed.png` });

  // Save with Ctrl+S: main asks where (scripted), then the name shows and the mark goes.
  const saved = join(app.tmpDir, 'машинное обучение.oercourse');
  app.dialogs.queueSave(saved);
  await studio.shortcut('S');
  await expect(studio.statusBar).toContainText('машинное обучение.oercourse');
  await expect(studio.statusBar).toContainText('Saved');
  await expect(app.page).toHaveTitle('машинное обучение.oercourse — OER Studio');
  await expect
    .poll(() => app.documentState())
    // The course's languages go to main too: they set the spellchecker of the window.
    .toEqual({ title: 'машинное обучение.oercourse — OER Studio', dirty: false, languages: ['en', 'ru'] });
  expect(existsSync(saved)).toBe(true);

  // Another new course replaces it: its editors are empty.
  await studio.shortcut('N');
  await new NewCourseDialog(app.page).create('Scratch course');
  await expect(studio.statusBar).toContainText('Untitled');
  await expect(studio.editor('source')).not.toContainText(SOURCE_TEXT);

  // Reopen the saved file with Ctrl+O: the text is back on both sides.
  app.dialogs.queueOpen(saved);
  await studio.shortcut('O');
  await expect(studio.statusBar).toContainText('машинное обучение.oercourse');
  await expect(studio.editor('source')).toContainText(SOURCE_TEXT);
  await expect(studio.editor('target')).toContainText(TARGET_TEXT);
  await expect(studio.titleField('Русский (ru)')).toHaveValue('Урок 1');
  await expect(studio.statusBar).toContainText('Saved');
  await app.page.screenshot({ path: `${ARTIFACTS}/editor-reopened.png` });

  // Save As (Ctrl+Shift+S) always asks, and the window then shows the new name.
  const copy = join(app.tmpDir, 'copy.oercourse');
  app.dialogs.queueSave(copy);
  await studio.shortcut('Shift+S');
  await expect(studio.statusBar).toContainText('copy.oercourse');
  expect(existsSync(copy)).toBe(true);

  // Export SCORM 1.2 (the default format), bilingual.
  const zip = join(app.tmpDir, 'machine-learning-scorm12.zip');
  app.dialogs.queueExport(zip);
  await studio.fileButton('Export…').click();
  const exportDialog = new ExportDialog(app.page);
  await expect(exportDialog.format('SCORM 1.2')).toBeChecked();
  await app.page.screenshot({ path: `${ARTIFACTS}/export-dialog.png` });
  await exportDialog.exportAndWait(zip);
  await exportDialog.closeButton.click();
  await expect(exportDialog.root).toBeHidden();
  expect((await readFile(zip)).subarray(0, 2).toString('latin1')).toBe('PK');
  const verdict = await app.validatePackage(zip);
  expect(verdict.ok, verdict.output).toBe(true);
});

test('unsaved changes are asked about, and Cancel keeps them', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.typeIn('source', ' Edited.');
  await expect(studio.statusBar).toContainText('Unsaved changes');

  app.dialogs.queueUnsaved('cancel');
  await studio.shortcut('N');
  await expect(app.page.getByRole('dialog', { name: 'New course' })).toHaveCount(0);
  await expect(studio.editor('source')).toContainText('Edited.');

  app.dialogs.queueUnsaved('discard');
  await studio.fileButton('New').click();
  await expect(app.page.getByRole('dialog', { name: 'New course' })).toBeVisible();
  expect(app.dialogs.shown).toEqual(['unsaved', 'unsaved']);
});

test('the New course dialog checks language tags, and any pair can be edited', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('New').click();
  const dialog = new NewCourseDialog(app.page);

  await dialog.field('Source language').fill('english');
  await expect(dialog.root.getByText('Not a language this computer knows')).toBeVisible();
  await dialog.attempt('', 'en GB', 'ru');
  await expect(dialog.root.getByText('Give the course a title.')).toBeVisible();
  await expect(dialog.field('Source language')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.root.getByText('“en GB” is not a language tag.')).toBeVisible();
  await app.page.screenshot({ path: `${ARTIFACTS}/new-course-errors.png` });

  await dialog.attempt('Қазақша курс', 'ru', 'RU');
  await expect(dialog.root.getByText('The target language must differ')).toBeVisible();

  await dialog.create('Қазақша курс', 'ru', 'kk');
  await expect(dialog.root).toBeHidden();
  await expect(studio.editor('source')).toHaveAttribute('lang', 'ru');
  await expect(studio.editor('target')).toHaveAttribute('lang', 'kk');
  await expect(app.page.getByRole('textbox', { name: /\(kk\) — target$/ })).toBeVisible();
  await expect(studio.statusBar).toContainText('(ru) → ');
});

test('an error from main is shown and dismissed, and the document stays', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.typeIn('source', ' Kept.');

  const broken = join(app.tmpDir, 'broken.oercourse');
  await writeFile(broken, 'this is not a zip file');
  app.dialogs.queueUnsaved('discard');
  app.dialogs.queueOpen(broken);
  await studio.shortcut('O');
  const alert = studio.alerts.first();
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await expect(studio.editor('source')).toContainText('Kept.');
  await app.page.screenshot({ path: `${ARTIFACTS}/error-alert.png` });

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(studio.alerts).toHaveCount(0);
  await expect(studio.editor('source')).toContainText('Kept.');
});

test('the outline is operated from the keyboard', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const items = studio.outline.getByRole('treeitem');
  const first = studio.outlineItem('What is artificial intelligence?');
  const second = studio.outlineItem('A short history of AI');

  // Alt+↓ moves the focused lesson below its sibling, and focus stays on it.
  await first.click();
  await first.press('Alt+ArrowDown');
  await expect(first).toBeFocused();
  const titles = await items.allTextContents();
  expect(titles.indexOf('A short history of AI')).toBeLessThan(
    titles.indexOf('What is artificial intelligence?'),
  );
  await expect(studio.statusBar).toContainText('Unsaved changes');

  // ↑ moves focus, Enter opens the lesson, F2 renames it.
  await app.page.keyboard.press('ArrowUp');
  await expect(second).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(studio.titleField('English (en)')).toHaveValue('A short history of AI');
  await app.page.keyboard.press('F2');
  await app.page.getByRole('textbox', { name: 'Title', exact: true }).fill('History of AI');
  await app.page.keyboard.press('Enter');
  await expect(studio.outlineItem('History of AI')).toBeFocused();
  await expect(studio.titleField('English (en)')).toHaveValue('History of AI');

  // Delete asks first; the lesson after it is opened instead.
  await app.page.keyboard.press('Delete');
  const confirm = app.page.getByRole('dialog', { name: 'Delete lesson?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(studio.outlineItem('History of AI')).toHaveCount(0);
  await expect(studio.titleField('English (en)')).toHaveValue('What is artificial intelligence?');
  await app.page.screenshot({ path: `${ARTIFACTS}/outline-keyboard.png` });
});

test('menu commands from main save, and close after asking', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.typeIn('source', ' From the menu.');

  const saved = join(app.tmpDir, 'menu.oercourse');
  app.dialogs.queueSave(saved);
  await app.sendCommand('save');
  await expect(studio.statusBar).toContainText('menu.oercourse');
  await expect(studio.statusBar).toContainText('Saved');

  // Closing with unsaved changes asks; "save" writes to the same file, then the window closes.
  await studio.typeIn('source', ' More.');
  app.dialogs.queueUnsaved('save');
  await app.sendCommand('close');
  await expect.poll(() => app.closeRequests()).toBe(1);
  await expect(studio.statusBar).toContainText('Saved');
  expect(app.dialogs.shown).toEqual([expect.stringMatching(/^save:/), 'unsaved']);

  // With nothing unsaved, closing does not ask.
  await app.sendCommand('close');
  await expect.poll(() => app.closeRequests()).toBe(2);
});

test('the formatting toolbar applies marks and links, and the preview shows them', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Formatting');

  const editor = studio.editor('source');
  const toolbar = studio.formatting('English (en)');
  await studio.typeIn('source', 'Read the docs');
  await editor.press('ControlOrMeta+A');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await expect(editor.locator('strong')).toHaveText('Read the docs');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');

  await toolbar.getByRole('button', { name: 'Link' }).click();
  const linkDialog = app.page.getByRole('dialog', { name: 'Add link' });
  await linkDialog.getByRole('textbox', { name: 'Address' }).fill('javascript:alert(1)');
  await linkDialog.getByRole('button', { name: 'Apply' }).click();
  await expect(linkDialog.getByText('Enter a web address')).toBeVisible();
  await linkDialog.getByRole('textbox', { name: 'Address' }).fill('example.org/docs');
  await linkDialog.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.org/docs');

  await studio.fileButton('Preview').click();
  await expect(studio.fileButton('Preview')).toHaveAttribute('aria-pressed', 'true');
  const preview = app.page.getByRole('article', { name: 'Preview, English (en)' });
  await expect(preview.getByRole('link', { name: 'Read the docs' })).toHaveAttribute(
    'href',
    'https://example.org/docs',
  );
  await app.page.getByRole('radio', { name: 'Русский (ru)' }).check();
  await expect(app.page.getByRole('article', { name: 'Preview, Русский (ru)' })).toBeVisible();
});

test('the outline toolbar adds, names and reorders modules and lessons', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const outlineToolbar = app.page.getByRole('toolbar', { name: 'Outline' });

  await studio.outlineItem('Learning from data').click();
  await outlineToolbar.getByRole('button', { name: 'Add lesson' }).click();
  const rename = studio.outline.getByRole('textbox', { name: 'Title' });
  await expect(rename).toHaveValue('New lesson');
  await rename.fill('Perceptrons');
  await rename.press('Enter');
  await expect(studio.outlineItem('Perceptrons')).toHaveAttribute('aria-selected', 'true');
  await expect(studio.titleField('English (en)')).toHaveValue('Perceptrons');

  await outlineToolbar.getByRole('button', { name: 'Move up' }).click();
  const titles = await studio.outline.getByRole('treeitem').allTextContents();
  expect(titles.indexOf('Perceptrons')).toBeLessThan(titles.indexOf('Learning from data'));

  await outlineToolbar.getByRole('button', { name: 'Add module' }).click();
  await rename.fill('Deep learning');
  await rename.press('Enter');
  await expect(studio.outlineItem('Deep learning')).toHaveAttribute('aria-level', '1');
  await expect(studio.outlineItem('Deep learning')).toBeFocused();
  await app.page.screenshot({ path: `${ARTIFACTS}/outline-toolbar.png` });
});

test('the window and its dialogs have no accessibility violations', async ({ app }) => {
  // Seven axe audits of the whole window.
  test.setTimeout(180_000);
  const studio = new StudioPage(app.page);
  await studio.ready();
  const check = async () => {
    const results = await new AxeBuilder({ page: app.page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  };
  await check();

  await studio.fileButton('New').click();
  await expect(app.page.getByRole('dialog', { name: 'New course' })).toBeVisible();
  await check();
  await app.page.keyboard.press('Escape');

  await studio.fileButton('Export…').click();
  await expect(new ExportDialog(app.page).format('SCORM 1.2')).toBeChecked();
  await check();
  await app.page.keyboard.press('Escape');

  await studio.fileButton('Details…').click();
  await expect(new CourseDetailsDialog(app.page).root).toBeVisible();
  await check();
  await app.page.keyboard.press('Escape');

  await studio.fileButton('Media…').click();
  await expect(new MediaDialog(app.page).root).toBeVisible();
  await check();
  await app.page.keyboard.press('Escape');

  await studio.formatting('English (en)').getByRole('button', { name: 'Link' }).click();
  await expect(app.page.getByRole('dialog', { name: 'Add link' })).toBeVisible();
  await check();
  await app.page.keyboard.press('Escape');

  await studio.fileButton('Preview').click();
  await check();
});

test('the layout adapts to small windows', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await app.page.setViewportSize({ width: 960, height: 640 });
  await expect(studio.editor('target')).toBeVisible();
  await expect(studio.statusBar).toBeVisible();
  await app.page.screenshot({ path: `${ARTIFACTS}/window-960.png` });
  await app.page.setViewportSize({ width: 640, height: 800 });
  await expect(studio.outline).toBeVisible();
  await app.page.screenshot({ path: `${ARTIFACTS}/window-640.png` });
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('the interface follows the system language', async ({ app }) => {
    await expect(app.page.getByRole('toolbar', { name: 'Файл' })).toBeVisible();
    await expect(app.page.getByRole('tree', { name: 'Модули и уроки' })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'ru');
    await app.page.getByRole('button', { name: 'Просмотр' }).click();
    await expect(app.page.getByRole('article')).toBeVisible();
    await app.page.screenshot({ path: `${ARTIFACTS}/preview-ru.png` });

    // The course details and the licence chooser speak Russian too.
    await app.page.getByRole('button', { name: 'Сведения…' }).click();
    const details = app.page.getByRole('dialog', { name: 'Сведения о курсе' });
    await expect(details.getByRole('radio', { name: /«Атрибуция — На тех же условиях» 4\.0/ })).toBeVisible();
    await expect(details.getByRole('radio', { name: /^Creative Commons «Атрибуция» 4\.0/ })).toBeChecked();
    await app.page.screenshot({ path: `${ARTIFACTS}/details-ru.png` });
    await app.page.keyboard.press('Escape');

    await app.page.getByRole('button', { name: 'Экспорт…' }).click();
    const exportDialog = app.page.getByRole('dialog', { name: 'Экспорт пакета' });
    await expect(exportDialog.getByRole('radio', { name: /^Офлайн-сайт/ })).toBeVisible();
    await expect(
      exportDialog.getByRole('checkbox', { name: 'Отдельный SCO для каждого урока' }),
    ).toBeVisible();
  });
});
