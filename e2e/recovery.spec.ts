/**
 * Not losing work: unsaved edits are kept in the recovery area a few seconds after typing
 * stops, a crash (the page closes, main never hears a clean close) offers them back at the next
 * start, a file someone else changed is not overwritten without asking, and a failed save
 * leaves the document open with its changes.
 */
import { readFile, readdir, rm, rename, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, type AppHarness } from './fixtures/app';
import { RecoveryDialog } from './pages/RecoveryDialog';
import { NewCourseDialog } from './pages/NewCourseDialog';
import { StudioPage } from './pages/StudioPage';
import { AssetStore, writeProjectFile } from '../src/node/projectIo';
import { createCourse } from '../src/core/model/course';

const ARTIFACTS = 'e2e-artifacts';

test.use({ locale: 'en-US' });

/** The recovery area's files, as main wrote them. */
const recoveryFiles = async (app: AppHarness) =>
  (await readdir(join(app.dataDir, 'recovery')).catch(() => [] as string[])).filter(
    (n) => !n.startsWith('.'),
  );

/**
 * Waits until main has kept a copy of the last edit: autosave runs a few seconds after typing
 * stops, so the copy to wait for is the one started after the typing ended. (Copies started
 * mid-typing could otherwise still be on their way when the test goes on.)
 */
async function waitForAutosave(app: AppHarness, title: string): Promise<void> {
  const typingEnded = Date.now();
  await expect
    .poll(
      async () => {
        for (const name of await recoveryFiles(app)) {
          if (!name.endsWith('.json')) continue;
          const sidecar = JSON.parse(await readFile(join(app.dataDir, 'recovery', name), 'utf8'));
          if (sidecar.title === title && Date.parse(sidecar.savedAt) >= typingEnded) return true;
        }
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

/** Saves the open course to `path` with Ctrl+S (main asks where: scripted). */
async function saveAs(app: AppHarness, studio: StudioPage, path: string): Promise<void> {
  app.dialogs.queueSave(path);
  await studio.shortcut('S');
  await expect(studio.statusBar).toContainText('Saved');
}

test('unsaved edits survive a crash and Recover brings them back, bound to their file', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const path = join(app.tmpDir, 'networks.oercourse');
  await saveAs(app, studio, path);
  const onDisk = await readFile(path);
  const title = (await app.page.getByRole('heading', { level: 1 }).textContent())!;
  expect(title.trim()).not.toBe('');

  await studio.typeIn('source', ' Kept after a crash.');
  await expect(studio.statusBar).toContainText('Unsaved changes');
  await waitForAutosave(app, title);
  // The copy is the recovery area's: the author's file is as it was saved.
  expect(await readFile(path)).toEqual(onDisk);

  const next = await app.relaunch();
  const studio2 = new StudioPage(next.page);
  const dialog = new RecoveryDialog(next.page);
  await expect(dialog.root).toBeVisible();
  await expect(dialog.entry(title)).toContainText('networks.oercourse');
  await expect(dialog.entry(title)).toContainText(/Last kept/);
  await expect(dialog.entry(title).getByRole('button', { name: 'Recover' })).toBeFocused();
  await next.page.screenshot({ path: `${ARTIFACTS}/recovery-dialog.png` });

  await dialog.recover(title);
  await expect(dialog.root).toBeHidden();
  await expect(studio2.editor('source')).toContainText('Kept after a crash.');
  await expect(studio2.statusBar).toContainText('Unsaved changes');
  await expect(next.page).toHaveTitle('• networks.oercourse — OER Studio');

  // Saving goes straight to the original file (nobody changed it), and the copy goes.
  await studio2.shortcut('S');
  await expect(studio2.statusBar).toContainText('Saved');
  expect(next.dialogs.shown).toEqual([]);
  expect(await readFile(path)).not.toEqual(onDisk);
  expect(await recoveryFiles(next)).toEqual([]);
});

test('an untitled course is protected too, and Discard removes the copy for good', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Draft never saved');
  await studio.typeIn('source', 'Some words.');
  await waitForAutosave(app, 'Draft never saved');

  const next = await app.relaunch();
  const dialog = new RecoveryDialog(next.page);
  await expect(dialog.entry('Draft never saved')).toContainText('Never saved (untitled)');
  await dialog.discard('Draft never saved');
  await expect(dialog.root).toBeHidden();
  await expect(next.page.getByRole('heading', { name: 'No course is open' })).toBeVisible();
  expect(await recoveryFiles(next)).toEqual([]);
});

test('a file someone else changed is not overwritten without asking', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const path = join(app.tmpDir, 'shared.oercourse');
  await saveAs(app, studio, path);
  await studio.typeIn('source', ' My edit.');

  // A co-author saves their version over it (atomically, as careful apps do).
  const theirs = join(app.tmpDir, 'theirs.oercourse');
  await writeProjectFile(
    theirs,
    createCourse({ title: 'Their version', languages: { source: 'en', target: 'ru' } }),
    new AssetStore(),
    { name: 'Other app', version: '1' },
  );
  await rename(theirs, path);
  const coAuthors = await readFile(path);

  app.dialogs.queueExternalChange('cancel');
  await studio.shortcut('S');
  await expect.poll(() => app.dialogs.shown.at(-1)).toBe('changed:shared.oercourse');
  await expect(studio.statusBar).toContainText('Unsaved changes');
  await expect(app.page).toHaveTitle('• shared.oercourse — OER Studio');
  expect(await readFile(path)).toEqual(coAuthors);

  // Asked again, the author overwrites; then the file is theirs, and the next save asks nothing.
  app.dialogs.queueExternalChange('overwrite');
  await studio.shortcut('S');
  await expect(studio.statusBar).toContainText('Saved');
  expect(await readFile(path)).not.toEqual(coAuthors);
  await studio.typeIn('source', ' Again.');
  await studio.shortcut('S');
  await expect(studio.statusBar).toContainText('Saved');
  expect(app.dialogs.shown.filter((d) => d.startsWith('changed:'))).toHaveLength(2);
});

test('a failed save says why, and the course stays open with its changes', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const folder = join(app.tmpDir, 'usb stick');
  await mkdir(folder);
  await saveAs(app, studio, join(folder, 'course.oercourse'));
  await studio.typeIn('source', ' Not lost.');
  await rm(folder, { recursive: true }); // the stick was pulled out

  await studio.shortcut('S');
  await expect(studio.alerts).toContainText(
    '"course.oercourse" could not be saved: the file or its folder does not exist.',
  );
  await expect(studio.statusBar).toContainText('Unsaved changes');
  await expect(app.page).toHaveTitle('• course.oercourse — OER Studio');
  await expect(studio.editor('source')).toContainText('Not lost.');
  await app.page.screenshot({ path: `${ARTIFACTS}/save-failed.png` });
});

test('recent courses are on the start screen, and a double-click asks about unsaved changes', async ({
  app,
}) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const path = join(app.tmpDir, 'recent.oercourse');
  await saveAs(app, studio, path);

  // A new start (nothing unsaved, so nothing to recover) shows the recent course.
  const next = await app.relaunch();
  const recent = next.page.getByRole('region', { name: 'Recent courses' });
  await expect(recent.getByRole('button', { name: /recent\.oercourse/ })).toBeVisible();
  await next.page.screenshot({ path: `${ARTIFACTS}/welcome-recent.png` });
  await recent.getByRole('button', { name: /recent\.oercourse/ }).click();
  const studio2 = new StudioPage(next.page);
  await studio2.ready();
  await expect(studio2.statusBar).toContainText('recent.oercourse');

  // Opening a file from the system (double-click, Open Recent) with unsaved changes asks first.
  await studio2.typeIn('source', ' Unsaved.');
  next.dialogs.queueUnsaved('cancel');
  await next.openFromSystem(path);
  await expect.poll(() => next.dialogs.shown.at(-1)).toBe('unsaved');
  await expect(studio2.editor('source')).toContainText('Unsaved.');
  next.dialogs.queueUnsaved('discard');
  await next.openFromSystem(path);
  await expect(studio2.editor('source')).not.toContainText('Unsaved.');
  await expect(studio2.statusBar).toContainText('Saved');
});

test('a course named on the command line opens at start', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  const path = join(app.tmpDir, 'argv.oercourse');
  await saveAs(app, studio, path);
  const next = await app.relaunch({ filePath: path });
  await new StudioPage(next.page).ready();
  await expect(new StudioPage(next.page).statusBar).toContainText('argv.oercourse');
});
