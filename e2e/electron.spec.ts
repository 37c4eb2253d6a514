/**
 * The main flow in the real Electron app (out/main/index.js, built by `npm run build`): type in
 * both editors, save, reopen, export SCORM 1.2 and validate it. Native dialogs are scripted by
 * replacing Electron's `dialog` methods inside the main process.
 *
 * It runs only in the `electron` Playwright project, and reports itself skipped (never passed)
 * where the Electron binary has not been downloaded, as on machines without network access.
 */
import { _electron as electron, test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { VALIDATOR_MISSING, validatePackage, validatorAvailable } from '../test-support/validatePackage';
import { ExportDialog } from './pages/ExportDialog';
import { NewCourseDialog } from './pages/NewCourseDialog';
import { StudioPage } from './pages/StudioPage';

const binary = findElectronBinary();
const MAIN = resolve('out/main/index.js');
const SOURCE_TEXT = 'Gradient descent follows the slope downhill.';
const TARGET_TEXT = 'Градиентный спуск идёт вниз по склону: әғқңөұүһі.';

/** Answers for the next native dialogs, by kind; main takes them in order. */
type DialogKind = 'save' | 'open' | 'message';

/**
 * Replaces Electron's dialogs in main (once) with ones that answer from queues, and queues an
 * answer: a path for Save and Open (null cancels), a button index for a message box. A dialog
 * with nothing queued answers "cancelled", so a test never hangs on an invisible dialog.
 */
async function queueDialog(app: ElectronApplication, kind: DialogKind, answer: string | number | null) {
  await app.evaluate(
    ({ dialog }, { kind, answer }) => {
      type Queues = Record<string, (string | number | null)[]>;
      const g = globalThis as unknown as { __oerDialogQueues?: Queues };
      if (!g.__oerDialogQueues) {
        const queues: Queues = { save: [], open: [], message: [] };
        g.__oerDialogQueues = queues;
        const take = (k: string) => queues[k]?.shift() ?? null;
        dialog.showSaveDialog = (async () => {
          const path = take('save');
          return path === null ? { canceled: true } : { canceled: false, filePath: String(path) };
        }) as unknown as typeof dialog.showSaveDialog;
        dialog.showOpenDialog = (async () => {
          const path = take('open');
          return path === null
            ? { canceled: true, filePaths: [] }
            : { canceled: false, filePaths: [String(path)] };
        }) as unknown as typeof dialog.showOpenDialog;
        dialog.showMessageBox = (async () => ({
          response: Number(take('message') ?? 2),
          checkboxChecked: false,
        })) as unknown as typeof dialog.showMessageBox;
      }
      g.__oerDialogQueues[kind]?.push(answer);
    },
    { kind, answer },
  );
}

/** The native window's title, as main set it. */
function windowTitle(app: ElectronApplication): Promise<string | undefined> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
}

test.describe('the Electron app', () => {
  test.skip(
    !binary,
    'Electron binary not installed here: node_modules/electron has no downloaded binary. ' +
      'Run `node node_modules/electron/install.js` with network access (or set ELECTRON_OVERRIDE_DIST_PATH) to run this spec.',
  );

  let app: ElectronApplication;
  let window: Page;
  let tmpDir: string;

  test.beforeEach(async () => {
    if (!existsSync(MAIN)) throw new Error('out/main is missing: run `npm run build` before the e2e tests.');
    tmpDir = await mkdtemp(join(tmpdir(), 'oer-electron-'));
    const env = { ...process.env } as Record<string, string>;
    // A dev server URL would make main load it instead of the built renderer.
    delete env['ELECTRON_RENDERER_URL'];
    app = await electron.launch({
      executablePath: binary!,
      // Its own profile: the single-instance lock and the window state stay out of the user's way.
      // --lang: the page objects find controls by their English names.
      args: [
        '.',
        '--lang=en-US',
        `--user-data-dir=${join(tmpDir, 'profile')}`,
        ...(process.platform === 'linux' ? ['--no-sandbox'] : []),
      ],
      env,
    });
    window = await app.firstWindow();
  });

  test.afterEach(async () => {
    // Nothing is left unsaved at the end of a test, so closing does not ask; kill it if it hangs.
    await Promise.race([app?.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => undefined);
    app?.process().kill();
    await rm(tmpDir, { recursive: true, force: true });
  });

  test('a course is typed in both languages, saved, reopened and exported', async () => {
    const studio = new StudioPage(window);
    await studio.ready();
    await studio.fileButton('New').click();
    await new NewCourseDialog(window).create('Optimisation', 'en', 'ru');
    await studio.titleField('Русский (ru)').fill('Оптимизация');
    await studio.typeIn('source', SOURCE_TEXT);
    await studio.typeIn('target', TARGET_TEXT);
    await expect(studio.statusBar).toContainText('Unsaved changes');
    await expect.poll(() => windowTitle(app)).toBe('• Untitled — OER Studio');

    // Save: main's Save dialog (scripted), an atomic write, and the title follows.
    const saved = join(tmpDir, 'оптимизация.oercourse');
    await queueDialog(app, 'save', saved);
    await studio.shortcut('S');
    await expect(studio.statusBar).toContainText('Saved');
    await expect.poll(() => windowTitle(app)).toBe('оптимизация.oercourse — OER Studio');
    expect(existsSync(saved)).toBe(true);

    // Replace it with another course, then reopen the file.
    await studio.shortcut('N');
    await new NewCourseDialog(window).create('Scratch');
    await expect(studio.editor('source')).not.toContainText(SOURCE_TEXT);
    await queueDialog(app, 'open', saved);
    await studio.shortcut('O');
    await expect(studio.statusBar).toContainText('оптимизация.oercourse');
    await expect(studio.editor('source')).toContainText(SOURCE_TEXT);
    await expect(studio.editor('target')).toContainText(TARGET_TEXT);
    await expect(studio.titleField('Русский (ru)')).toHaveValue('Оптимизация');

    // Export SCORM 1.2 through the dialog, with progress from main over IPC.
    const zip = join(tmpDir, 'optimisation-scorm12.zip');
    await queueDialog(app, 'save', zip);
    await studio.fileButton('Export…').click();
    const exportDialog = new ExportDialog(window);
    await exportDialog.format('SCORM 1.2').check();
    await exportDialog.exportAndWait(zip);
    await exportDialog.closeButton.click();
    expect((await readFile(zip)).subarray(0, 2).toString('latin1')).toBe('PK');

    test.skip(!validatorAvailable, VALIDATOR_MISSING);
    const verdict = await validatePackage(zip);
    expect(verdict.ok, verdict.output).toBe(true);
  });
});
