import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures/app';
import { NewCourseDialog } from './pages/NewCourseDialog';
import { StudioPage } from './pages/StudioPage';

/** Screenshots for people to look at; the folder is git-ignored. */
const ARTIFACTS = 'e2e-artifacts';

test.use({ locale: 'en-US' });

test('each block shows missing, done and out of date as the author and the translator work', async ({
  app,
}) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Networks', 'en', 'ru');
  const target = studio.editor('target');
  const source = studio.editor('source');

  // The author writes two paragraphs: each gets an empty, aligned translation marked missing.
  await studio.typeIn('source', 'Packets travel between routers.');
  await source.press('Enter');
  await source.pressSequentially('Each router reads the address.');
  await expect(target.locator('> p')).toHaveCount(2);
  await expect(target.locator('.state-marker.state-missing')).toHaveCount(2);
  await expect(studio.outlineItem('Lesson 1')).toHaveAccessibleDescription('3 blocks need translation');
  await expect(studio.statusBar).toContainText('0% translated');

  // Translating the first makes it done. A screen reader hears the state of the block the
  // cursor is in, which the margin only draws.
  const cursorStatus = app.page.locator('.lesson-editor [role="status"]');
  await target.locator('> p').first().click();
  await expect(cursorStatus).toHaveText('Not translated');
  await app.page.keyboard.type('Пакеты передаются между маршрутизаторами.');
  await expect(target.locator('> p').first().locator('.state-marker')).toHaveCount(0);
  await expect(cursorStatus).toHaveText('Translated');
  await expect(target.locator('.state-marker.state-missing')).toHaveCount(1);

  // The aligned blocks stand at the same height, whatever the length of each side.
  const tops = async () => {
    const s = await source.locator('> p').nth(1).boundingBox();
    const t = await target.locator('> p').nth(1).boundingBox();
    return Math.round((s?.y ?? 0) - (t?.y ?? -100));
  };
  await expect.poll(tops).toBe(0);

  // F8 goes to the next block needing work: the second one.
  await app.page.keyboard.press('F8');
  await app.page.keyboard.type('Каждый маршрутизатор читает адрес.');
  await expect(target.locator('.state-marker.state-missing')).toHaveCount(0);

  // Editing the source of the first makes its translation out of date.
  await source.locator('> p').first().click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.type(' Quickly.');
  await expect(target.locator('> p').first().locator('.state-marker')).toHaveClass(/state-outdated/);
  await expect(studio.outlineItem('Lesson 1')).toHaveAccessibleDescription('2 blocks need translation');
  await app.page.screenshot({ path: `${ARTIFACTS}/translation-states.png` });

  // The translator checks it still fits, and marks it reviewed without editing.
  await target.locator('> p').first().click();
  await expect(cursorStatus).toHaveText('Out of date: the source changed');
  await app.page.getByRole('button', { name: /Mark as reviewed/ }).click();
  await expect(target.locator('> p').first().locator('.state-marker')).toHaveCount(0);
  await expect(cursorStatus).toHaveText('Translated');

  // Deleting a source block takes its translation with it; undo brings both back.
  await source.locator('> p').nth(1).click();
  await app.page.keyboard.press('Home');
  await app.page.keyboard.press('Shift+End');
  await app.page.keyboard.press('Backspace');
  await app.page.keyboard.press('Backspace');
  await app.page.keyboard.press('Backspace');
  await expect(target.locator('> p')).toHaveCount(1);
  await app.page.keyboard.press('ControlOrMeta+z');
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(target.locator('> p')).toHaveCount(2);
  await expect(target.locator('> p').nth(1)).toHaveText('Каждый маршрутизатор читает адрес.');
});

test('the filter shows only lessons that need work, and the languages can be swapped', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const tree = app.page.getByRole('tree', { name: 'Modules and lessons' });
  const lessons = tree.getByRole('treeitem', { level: 2 });
  const all = await lessons.count();

  await app.page.getByRole('button', { name: 'Only lessons that need translation' }).click();
  // The sample has one untranslated paragraph, in one lesson.
  await expect(lessons).toHaveCount(1);
  await app.page.getByRole('button', { name: 'Only lessons that need translation' }).click();
  await expect(lessons).toHaveCount(all);

  await app.sendCommand('swapLanguages');
  await app.page.getByRole('dialog').getByRole('button', { name: 'Swap' }).click();
  await expect(studio.editor('source')).toHaveAttribute('lang', 'ru');
  await expect(studio.editor('target')).toHaveAttribute('lang', 'en');
  await app.page.getByRole('button', { name: 'Undo' }).click();
  await expect(studio.editor('source')).toHaveAttribute('lang', 'en');
});

test('a course goes to a translator as XLIFF and the translation comes back through the dialogs', async ({
  app,
}) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const file = join(app.tmpDir, 'course.xlf');

  app.dialogs.queueXliff(file);
  await app.sendCommand('exportXliff');
  await app.page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  await expect(app.page.getByText(/Exported \d+ units for translation/)).toBeVisible();
  const xml = await readFile(file, 'utf8');
  expect(xml).toContain('<xliff');

  // The translator fills in the one untranslated paragraph of the sample, as OmegaT would.
  const untranslated = /<target state="needs-translation">([^<]*)<\/target>/.exec(xml);
  expect(untranslated).not.toBeNull();
  const translation = 'Перевод, сделанный в OmegaT.';
  await writeFile(file, xml.replace(untranslated![0], `<target state="translated">${translation}</target>`));

  app.dialogs.queueXliff(file);
  await app.sendCommand('importXliff');
  await expect(app.page.getByText('Translation imported: 1 block updated.')).toBeVisible();
  // The sample opens on the lesson that holds the untranslated paragraph, or the outline finds it.
  await app.page.getByRole('button', { name: 'Only lessons that need translation' }).click();
  await expect(
    app.page.getByRole('tree', { name: 'Modules and lessons' }).getByRole('treeitem', { level: 2 }),
  ).toHaveCount(0);
  await app.page.getByRole('button', { name: 'Only lessons that need translation' }).click();

  // One step undoes the whole import.
  await app.page.getByRole('button', { name: 'Undo' }).click();
  await app.page.getByRole('button', { name: 'Only lessons that need translation' }).click();
  await expect(
    app.page.getByRole('tree', { name: 'Modules and lessons' }).getByRole('treeitem', { level: 2 }),
  ).toHaveCount(1);
  await app.page
    .getByRole('tree', { name: 'Modules and lessons' })
    .getByRole('treeitem', { level: 2 })
    .click();
  await expect(studio.editor('target')).not.toContainText(translation);
});
