/**
 * Packages, course details and media through the window: every export format from the Export
 * dialog (validated against the official schemas), the website as a folder, a cancelled export,
 * course details and licence kept in the project file, and an image with its text alternative
 * from the editor to the learner's screen.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, realpath, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { CourseDetailsDialog } from './pages/CourseDetailsDialog';
import { ExportDialog } from './pages/ExportDialog';
import { ImageDialog } from './pages/ImageDialog';
import { MediaDialog } from './pages/MediaDialog';
import { NewCourseDialog } from './pages/NewCourseDialog';
import { StudioPage } from './pages/StudioPage';

/** Screenshots for people to look at; the folder is git-ignored. */
const ARTIFACTS = 'e2e-artifacts';

/** Fails on any accessibility violation axe finds in the window as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test.use({ locale: 'en-US' });

test.beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

/**
 * A real PNG, drawn here: a small perceptron diagram (three inputs wired to one unit), so a
 * screenshot shows at a glance that the picture arrived whole.
 */
function perceptronPng(width = 240, height = 140): Buffer {
  const inputs = [35, 70, 105].map((y) => [40, y] as const);
  const unit = [180, 70] as const;
  const segment = (px: number, py: number, [ax, ay]: readonly [number, number]) => {
    const [bx, by] = unit;
    const t = Math.max(
      0,
      Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
  };
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      let rgb = [246, 248, 251];
      if (inputs.some((c) => segment(x, y, c) < 1.6)) rgb = [120, 132, 148];
      if (inputs.some(([cx, cy]) => Math.hypot(x - cx, y - cy) < 13)) rgb = [31, 111, 235];
      if (Math.hypot(x - unit[0], y - unit[1]) < 26) rgb = [122, 63, 191];
      if (x >= 206 && x < 232 && Math.abs(y - 70) < 1.6) rgb = [120, 132, 148];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Puts the cursor at the start of one side's text. ProseMirror takes in a native caret move on
 * the next `selectionchange` (and a click's own handling may still put its caret back), so the
 * key is pressed until the editor's own selection is there (TipTap keeps the editor on its
 * element as `editor`) before a toolbar button acts on it.
 */
async function cursorToStart(studio: StudioPage, side: 'source' | 'target'): Promise<void> {
  const editor = studio.editor(side);
  await editor.focus();
  await expect(async () => {
    await editor.press('ControlOrMeta+Home');
    const from = await editor.evaluate(
      (el) =>
        (el as unknown as { editor: { state: { selection: { from: number } } } }).editor.state.selection.from,
    );
    expect(from).toBeLessThanOrEqual(1);
  }).toPass();
}

/** Adds a picture to the source side of the open lesson through the Image button and dialog. */
async function addImage(studio: StudioPage, app: { dialogs: { queueMedia(p: string): void } }, file: string) {
  app.dialogs.queueMedia(file);
  await cursorToStart(studio, 'source');
  await studio.formatting('English (en)').getByRole('button', { name: 'Image' }).click();
  return new ImageDialog(studio.page);
}

/** The width of a loaded picture (0 while it is not, or when it is broken). */
function naturalWidth(img: Locator): Promise<number> {
  return img.evaluate((el) => {
    const image = el as unknown as { complete: boolean; naturalWidth: number };
    return image.complete ? image.naturalWidth : 0;
  });
}

/** Files left behind beside a target (a temp `.part` file or folder of a stopped write). */
async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.part'));
}

test('every format exports from the dialog and validates, and the website can be a folder', async ({
  app,
}) => {
  // Six exports, each checked by the schema validator: slow on a small machine.
  test.setTimeout(240_000);
  const studio = new StudioPage(app.page);
  await studio.ready();
  const dialog = new ExportDialog(app.page);

  const formats = [
    { label: 'SCORM 1.2', file: 'ai-scorm12.zip', manifest: true },
    { label: 'SCORM 2004 4th Edition', file: 'ai-scorm2004.zip', manifest: true },
    { label: 'IMS Common Cartridge 1.1', file: 'ai-cc11.imscc', manifest: true },
    { label: 'IMS Common Cartridge 1.3', file: 'ai-cc13.imscc', manifest: true },
    { label: 'Offline website', file: 'ai-web.zip', manifest: false },
  ];
  for (const [i, format] of formats.entries()) {
    const target = join(app.tmpDir, format.file);
    app.dialogs.queueExport(target);
    await studio.fileButton('Export…').click();
    // Each format with its description; SCORM first and checked by default.
    await expect(dialog.root.getByRole('radio')).toHaveCount(5 + 3);
    if (i === 0) await expect(dialog.format('SCORM 1.2')).toBeChecked();
    await dialog.format(format.label).check();
    await dialog.exportAndWait(target);
    await dialog.closeButton.click();
    await expect(dialog.root).toBeHidden();

    const bytes = await readFile(target);
    expect(bytes.subarray(0, 2).toString('latin1'), format.label).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('index.html') ?? zip.file('imsmanifest.xml'), format.label).not.toBeNull();
    if (format.manifest) {
      expect(zip.file('imsmanifest.xml'), format.label).not.toBeNull();
      const verdict = await app.validatePackage(target);
      expect(verdict.ok, `${format.label}: ${verdict.output}`).toBe(true);
    }
  }
  expect(app.progressEvents().length).toBeGreaterThan(0);
  expect(app.dialogs.shown.filter((d) => d.startsWith('export:'))).toHaveLength(5);

  // The website as a folder. The dialog remembers the last format.
  const folder = join(app.tmpDir, 'ai-website');
  app.dialogs.queueExport(folder);
  await studio.fileButton('Export…').click();
  await expect(dialog.format('Offline website')).toBeChecked();
  await expect(dialog.option('Save as a folder')).not.toBeChecked();
  await dialog.option('Save as a folder').check();
  await dialog.exportAndWait(folder);
  await app.page.screenshot({ path: `${ARTIFACTS}/export-done.png` });
  await dialog.closeButton.click();
  expect((await stat(folder)).isDirectory()).toBe(true);
  expect(existsSync(join(folder, 'index.html'))).toBe(true);
  expect(existsSync(join(folder, 'player', 'player.js'))).toBe(true);

  // The option is remembered too, and SCORM offers its own (one SCO per lesson).
  await studio.fileButton('Export…').click();
  await expect(dialog.option('Save as a folder')).toBeChecked();
  await dialog.format('SCORM 1.2').check();
  await expect(dialog.option('Save as a folder')).toHaveCount(0);
  await expect(dialog.option('One SCO per lesson')).toBeVisible();
  const perLesson = join(app.tmpDir, 'ai-per-lesson.zip');
  app.dialogs.queueExport(perLesson);
  await dialog.option('One SCO per lesson').check();
  await dialog.languages('Русский (ru) only').check();
  await dialog.exportAndWait(perLesson);
  await dialog.closeButton.click();
  const manifest = await (
    await JSZip.loadAsync(await readFile(perLesson))
  )
    .file('imsmanifest.xml')!
    .async('string');
  // One launchable item per lesson of the sample (five), instead of one for the course.
  expect(manifest.match(/<item\b[^>]*\bidentifierref=/g)).toHaveLength(5);
  const verdict = await app.validatePackage(perLesson);
  expect(verdict.ok, verdict.output).toBe(true);
});

test('an export can be cancelled: the dialog says so and no file is left', async ({ app }) => {
  // Validation and axe audits take their time on a small machine.
  test.setTimeout(150_000);
  test.skip(process.platform === 'win32', 'the test holds the export with a named pipe (mkfifo)');
  const studio = new StudioPage(app.page);
  await studio.ready();

  // A picture in the course: media are the last entries of a package, so the export can be
  // held there deterministically by swapping the picture's file for a named pipe that nothing
  // writes to until the test has pressed Cancel.
  const picture = join(app.tmpDir, 'diagram.png');
  await writeFile(picture, perceptronPng());
  const image = await addImage(studio, app, picture);
  await image.alt.fill('A perceptron');
  await image.submit();
  await expect(studio.editor('source').locator('img[src^="data:image/png"]')).toBeVisible();
  await unlink(picture);
  execFileSync('mkfifo', [picture]);

  const zip = join(app.tmpDir, 'cancelled.zip');
  app.dialogs.queueExport(zip);
  await studio.fileButton('Export…').click();
  const dialog = new ExportDialog(app.page);
  await dialog.submit();
  await expect(dialog.progressBar).toBeVisible();
  // Every entry but the picture is written: the bar shows it, with its values for screen readers.
  await expect
    .poll(() => {
      const p = app.progressEvents().at(-1);
      return p ? p.entriesTotal - p.entriesDone : null;
    })
    .toBe(1);
  // The latest event each time: the writer may still report an entry it prepared ahead.
  await expect(async () => {
    const last = app.progressEvents().at(-1)!;
    await expect(dialog.progressBar).toHaveAttribute('aria-valuemax', String(last.entriesTotal), {
      timeout: 500,
    });
    await expect(dialog.progressBar).toHaveAttribute('aria-valuenow', String(last.entriesDone), {
      timeout: 500,
    });
    await expect(dialog.root).toContainText(`${last.entriesDone} of ${last.entriesTotal} files`, {
      timeout: 500,
    });
  }).toPass();
  await expect(dialog.cancelButton).toBeFocused();
  await app.page.screenshot({ path: `${ARTIFACTS}/export-progress.png` });
  await expectAccessible(app.page);

  await dialog.cancelButton.click();
  await expect.poll(() => app.invocations()).toContain('cancelExport');
  // Now let the held read go on: the writer sees the cancel at its next chunk.
  await writeFile(picture, perceptronPng());
  await expect(dialog.status).toContainText('The export was cancelled. No file was written.');
  await expect(dialog.progressBar).toHaveCount(0);
  expect(existsSync(zip)).toBe(false);
  expect(await leftovers(app.tmpDir)).toEqual([]);
  await app.page.screenshot({ path: `${ARTIFACTS}/export-cancelled.png` });

  // The dialog is back to its choices, and a second export goes through.
  await expect(dialog.format('SCORM 1.2')).toBeChecked();
  await unlink(picture);
  await writeFile(picture, perceptronPng());
  app.dialogs.queueExport(zip);
  await dialog.exportAndWait(zip);
  expect(existsSync(zip)).toBe(true);
});

test('course details and the licence are edited, saved and reopened', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Neural networks', 'en', 'ru');

  await studio.fileButton('Details…').click();
  const details = new CourseDetailsDialog(app.page);
  await expect(details.field('Course title', 'English (en)')).toBeFocused();
  await expect(details.field('Course title', 'English (en)')).toHaveValue('Neural networks');
  // CC BY 4.0 unless the author chooses otherwise.
  await expect(details.licence(/^Creative Commons Attribution 4\.0 International/)).toBeChecked();

  await details.field('Course title', 'Русский (ru)').fill('Нейронные сети');
  await details.field('Description', 'English (en)').fill('From the perceptron to deep learning.');
  await details.field('Description', 'Русский (ru)').fill('От перцептрона к глубокому обучению.');
  await details.field('Institution', 'English (en)').fill('Al-Farabi Kazakh National University');
  await details.field('Institution', 'Русский (ru)').fill('КазНУ имени аль-Фараби');
  await details.field('Keywords', 'English (en)').fill('neural networks, perceptron, deep learning');
  await details.field('Keywords', 'Русский (ru)').fill('нейронные сети, перцептрон');
  await details.author(1).fill('Ivan Petrov');
  await details.button('Add author').click();
  await expect(details.author(2)).toBeFocused();
  await app.page.keyboard.type('Әйгерім Бекова');
  // The first author credited is the second typed: move her up from the keyboard.
  await details.button('Move author 2 up').focus();
  await app.page.keyboard.press('Enter');
  await expect(details.author(1)).toHaveValue('Әйгерім Бекова');
  await expect(details.author(2)).toHaveValue('Ivan Petrov');
  await details.licence(/Attribution-ShareAlike 4\.0/).check();
  await expect(details.root).toContainText('adapted versions must be shared under this same licence');
  await app.page.screenshot({ path: `${ARTIFACTS}/course-details.png` });
  await details.licence('All rights reserved').scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: `${ARTIFACTS}/course-details-licence.png` });

  // A blank source title is refused.
  await details.field('Course title', 'English (en)').fill(' ');
  await details.apply();
  await expect(details.root.getByText('Give the course a title in its source language.')).toBeVisible();
  await expect(details.field('Course title', 'English (en)')).toBeFocused();
  await details.field('Course title', 'English (en)').fill('Neural networks, step by step');
  await details.apply();
  await expect(details.root).toBeHidden();
  await expect(studio.statusBar).toContainText('Unsaved changes');
  await expect(
    app.page.getByRole('heading', { level: 1, name: 'Neural networks, step by step' }),
  ).toBeVisible();

  const file = join(app.tmpDir, 'нейросети.oercourse');
  app.dialogs.queueSave(file);
  await studio.shortcut('S');
  await expect(studio.statusBar).toContainText('Saved');

  // Replace it, then reopen the file: every detail is back.
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Scratch');
  app.dialogs.queueOpen(file);
  await studio.shortcut('O');
  await expect(studio.statusBar).toContainText('нейросети.oercourse');
  await studio.fileButton('Details…').click();
  await expect(details.field('Course title', 'English (en)')).toHaveValue('Neural networks, step by step');
  await expect(details.field('Course title', 'Русский (ru)')).toHaveValue('Нейронные сети');
  await expect(details.field('Description', 'Русский (ru)')).toHaveValue(
    'От перцептрона к глубокому обучению.',
  );
  await expect(details.field('Institution', 'English (en)')).toHaveValue(
    'Al-Farabi Kazakh National University',
  );
  await expect(details.field('Keywords', 'English (en)')).toHaveValue(
    'neural networks, perceptron, deep learning',
  );
  await expect(details.field('Keywords', 'Русский (ru)')).toHaveValue('нейронные сети, перцептрон');
  await expect(details.author(1)).toHaveValue('Әйгерім Бекова');
  await expect(details.author(2)).toHaveValue('Ivan Petrov');
  await expect(details.licence(/Attribution-ShareAlike 4\.0/)).toBeChecked();

  // Opening and applying without a change leaves the document unchanged.
  await details.apply();
  await expect(studio.statusBar).toContainText('Saved');

  // A package carries them: the licence page names the licence and the authors.
  const zip = join(app.tmpDir, 'details.zip');
  app.dialogs.queueExport(zip);
  await studio.fileButton('Export…').click();
  const exportDialog = new ExportDialog(app.page);
  await exportDialog.format('SCORM 1.2').check();
  await exportDialog.exportAndWait(zip);
  const pkg = await JSZip.loadAsync(await readFile(zip));
  const licencePage = await pkg.file('about/licence.en.html')!.async('string');
  expect(licencePage).toContain('CC BY-SA 4.0');
  expect(licencePage).toContain('Әйгерім Бекова');
});

test('an image gets alt text, shows in the editor, and reaches the learner', async ({ app }) => {
  // Validation and three axe audits take their time on a small machine.
  test.setTimeout(240_000);
  const studio = new StudioPage(app.page);
  await studio.ready();
  // Kazakh letters and a space in the name: the package must still use an ASCII-safe path.
  const picture = join(app.tmpDir, 'перцептрон схемасы.png');
  const png = perceptronPng();
  await writeFile(picture, png);

  const image = await addImage(studio, app, picture);
  await expect(image.root).toContainText('перцептрон схемасы.png');
  await expect(image.root.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  // The text alternative is required.
  await image.submit();
  await expect(image.root.getByText('a text alternative is required')).toBeVisible();
  await expect(image.alt).toHaveAttribute('aria-invalid', 'true');
  await expect(image.alt).toBeFocused();
  await app.page.screenshot({ path: `${ARTIFACTS}/image-dialog.png` });
  await expectAccessible(app.page);
  await image.alt.fill('A perceptron: three inputs feed one unit');
  await image.caption.fill('Figure 1. The perceptron.');
  await image.submit();
  await expect(image.root).toBeHidden();

  const shown = studio.editor('source').locator('figure img');
  await expect(shown).toHaveAttribute('alt', 'A perceptron: three inputs feed one unit');
  await expect(shown).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(await naturalWidth(shown)).toBe(240);
  await expect(studio.editor('source').locator('figcaption')).toHaveText('Figure 1. The perceptron.');
  await expect(studio.statusBar).toContainText('Unsaved changes');
  await app.page.screenshot({ path: `${ARTIFACTS}/editor-image.png` });

  // Selecting the image and pressing Image edits its text.
  await shown.click();
  await studio.formatting('English (en)').getByRole('button', { name: 'Image' }).click();
  const edit = new ImageDialog(app.page, true);
  await expect(edit.alt).toHaveValue('A perceptron: three inputs feed one unit');
  await edit.caption.fill('Figure 1. A perceptron.');
  await edit.submit();
  await expect(studio.editor('source').locator('figcaption')).toHaveText('Figure 1. A perceptron.');

  // The same file on the target side is the same asset.
  app.dialogs.queueMedia(picture);
  await cursorToStart(studio, 'target');
  await studio.formatting('Русский (ru)').getByRole('button', { name: 'Image' }).click();
  const target = new ImageDialog(app.page);
  await target.alt.fill('Перцептрон: три входа и один нейрон');
  await target.submit();
  await expect(studio.editor('target').locator('figure img')).toHaveAttribute('src', /^data:image\/png/);

  // The preview shows it as the learner will.
  await studio.fileButton('Preview').click();
  await expect(app.page.getByRole('article').getByRole('img', { name: /^A perceptron/ })).toHaveAttribute(
    'src',
    /^data:image\/png/,
  );
  await studio.fileButton('Preview').click();

  // The Media panel lists it once, with a thumbnail, and takes its attribution.
  await studio.fileButton('Media…').click();
  const media = new MediaDialog(app.page);
  await expect(media.root.getByRole('radio')).toHaveCount(1);
  await expect(media.file('перцептрон схемасы.png')).toBeChecked();
  await expect(media.root).toContainText(/PNG image · [\d.]+ kB/);
  await expect(media.root.locator('.asset-thumb img')).toHaveAttribute('src', /^data:image\/png/);
  await media.field('Title of the work').fill('Perceptron diagram');
  await media.field('Author').fill('Frank Rosenblatt Lab');
  await media.field('Source').fill('https://example.org/perceptron');
  await media.licence.selectOption({ label: 'CC0 1.0 Universal (public domain dedication)' });
  await app.page.screenshot({ path: `${ARTIFACTS}/media-panel.png` });
  await expectAccessible(app.page);
  await media.apply();
  await expect(media.root).toBeHidden();

  // SCORM 1.2: the media file is in the zip under an ASCII name, and the page shows it.
  const zipPath = join(app.tmpDir, 'with-image.zip');
  app.dialogs.queueExport(zipPath);
  await studio.fileButton('Export…').click();
  const dialog = new ExportDialog(app.page);
  await dialog.format('SCORM 1.2').check();
  await dialog.languages(/^Both languages/).check();
  await dialog.exportAndWait(zipPath);
  await dialog.closeButton.click();
  const verdict = await app.validatePackage(zipPath);
  expect(verdict.ok, verdict.output).toBe(true);

  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const mediaFiles = Object.keys(zip.files).filter((name) => name.startsWith('media/'));
  expect(mediaFiles).toHaveLength(1);
  const mediaPath = mediaFiles[0]!;
  expect(mediaPath).toMatch(/^media\/[0-9a-f]{16}\.png$/);
  expect(Buffer.from(await zip.file(mediaPath)!.async('uint8array')).equals(png)).toBe(true);
  const pages = Object.keys(zip.files).filter((n) => /^content\/.+\.en\.html$/.test(n));
  const withImage = [];
  for (const name of pages) {
    const html = await zip.file(name)!.async('string');
    if (html.includes(`src="../${mediaPath}"`)) withImage.push({ name, html });
  }
  expect(withImage).toHaveLength(1);
  expect(withImage[0]!.html).toContain('alt="A perceptron: three inputs feed one unit"');
  expect(withImage[0]!.html).toContain('<figcaption>Figure 1. A perceptron.</figcaption>');
  const licencePage = await zip.file('about/licence.en.html')!.async('string');
  expect(licencePage).toContain('Frank Rosenblatt Lab');

  // The learner's view: the package unzipped and opened from disk, with no LMS.
  const root = await realpath(await mkdtemp(join(tmpdir(), 'oer-learner-')));
  try {
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      const file = join(root, name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await entry.async('uint8array'));
    }
    const learner = await app.page.context().newPage();
    await learner.goto(pathToFileURL(join(root, 'index.html')).href);
    const lesson = learner.frameLocator('iframe').first();
    const img = lesson.getByRole('img', { name: 'A perceptron: three inputs feed one unit' });
    await expect(img).toBeVisible();
    expect(await naturalWidth(img)).toBe(240);
    await learner.screenshot({ path: `${ARTIFACTS}/learner-lesson.png` });
    // The learner switches language: the Russian page shows the same picture.
    await learner
      .getByRole('button', { name: /Русский|ru/ })
      .first()
      .click();
    await expect(lesson.getByRole('img', { name: 'Перцептрон: три входа и один нейрон' })).toBeVisible();
    await learner.screenshot({ path: `${ARTIFACTS}/learner-lesson-ru.png` });
    await learner.close();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a link listed as a course resource becomes a web link in Common Cartridge', async ({ app }) => {
  // Validation and axe audits take their time on a small machine.
  test.setTimeout(150_000);
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Resources');

  await studio.typeIn('source', 'Scikit-learn documentation');
  await studio.editor('source').press('ControlOrMeta+A');
  await studio.formatting('English (en)').getByRole('button', { name: 'Link' }).click();
  const link = app.page.getByRole('dialog', { name: 'Add link' });
  await link.getByRole('textbox', { name: 'Address' }).fill('https://scikit-learn.org/stable/');
  const listed = link.getByRole('checkbox', { name: 'List as a course resource' });
  await expect(listed).not.toBeChecked();
  await listed.check();
  await link.getByRole('button', { name: 'Apply' }).click();
  await expect(studio.editor('source').locator('a[data-listed]')).toHaveAttribute(
    'href',
    'https://scikit-learn.org/stable/',
  );

  // Editing the link shows the box checked.
  await studio.formatting('English (en)').getByRole('button', { name: 'Link' }).click();
  await expect(app.page.getByRole('dialog', { name: 'Edit link' }).getByRole('checkbox')).toBeChecked();
  await app.page.keyboard.press('Escape');

  const cartridge = join(app.tmpDir, 'resources.imscc');
  app.dialogs.queueExport(cartridge);
  await studio.fileButton('Export…').click();
  const dialog = new ExportDialog(app.page);
  await dialog.format('IMS Common Cartridge 1.1').check();
  await dialog.exportAndWait(cartridge);
  // The new course has no Russian text yet: the result says what to check.
  await expect(
    dialog.root.getByRole('status').filter({ hasText: 'to check before you upload it' }),
  ).toContainText('has no ru text yet');
  await app.page.screenshot({ path: `${ARTIFACTS}/export-warnings.png` });
  await expectAccessible(app.page);
  const zip = await JSZip.loadAsync(await readFile(cartridge));
  const links = Object.keys(zip.files).filter((n) => /^links\/.+\/weblink\.xml$/.test(n));
  expect(links).toHaveLength(1);
  expect(await zip.file(links[0]!)!.async('string')).toContain('https://scikit-learn.org/stable/');
  const verdict = await app.validatePackage(cartridge);
  expect(verdict.ok, verdict.output).toBe(true);
});

test('a file that no lesson uses any more can be removed from the course media', async ({ app }) => {
  const studio = new StudioPage(app.page);
  await studio.ready();
  await studio.fileButton('New').click();
  await new NewCourseDialog(app.page).create('Media');
  const picture = join(app.tmpDir, 'unused.png');
  await writeFile(picture, perceptronPng());
  const image = await addImage(studio, app, picture);
  await image.alt.fill('Soon gone');
  await image.submit();
  await expect(studio.editor('source').locator('figure img')).toBeVisible();

  await studio.fileButton('Media…').click();
  const media = new MediaDialog(app.page);
  await expect(media.root).toContainText('Used in 1 place in the lessons.');
  await expect(media.root.getByRole('button', { name: 'Remove from the course' })).toHaveCount(0);
  await app.page.keyboard.press('Escape');

  // Undo takes the image out of the text; its file stays in the course until removed.
  await studio.editor('source').press('ControlOrMeta+Z');
  await expect(studio.editor('source').locator('figure')).toHaveCount(0);
  await studio.fileButton('Media…').click();
  await expect(media.root).toContainText('No lesson uses this file');
  await media.root.getByRole('button', { name: 'Remove from the course' }).click();
  await expect(media.root).toContainText('This course has no media yet.');
  await media.apply();
  await studio.fileButton('Media…').click();
  await expect(media.root).toContainText('This course has no media yet.');
});
