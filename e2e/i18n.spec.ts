import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { SettingsDialog } from './pages/SettingsDialog';
import { StudioPage } from './pages/StudioPage';

/** Screenshots for people to look at; the folder is git-ignored. */
const ARTIFACTS = 'e2e-artifacts';

// An English system: Russian comes from the setting, not from the locale.
test.use({ locale: 'en-US' });

/** The file toolbar, by its name in Russian. */
const fileToolbarRu = (studio: StudioPage) => studio.page.getByRole('toolbar', { name: 'Файл' });

/** Latin words in a text, the product name and file names aside: English left in a Russian interface. */
function englishWords(text: string): string[] {
  return (text.replace(/OER Studio|\S+\.oercourse/g, '').match(/\b[A-Za-z]{2,}\b/g) ?? []).filter(
    (w) => !['Ctrl', 'Shift'].includes(w),
  );
}

/** Checks, at widths from wide to the window's minimum, that no toolbar button wraps or is cut off. */
async function expectToolbarOnOneLine(page: Page, ui: string): Promise<void> {
  for (const width of [1440, 1281, 1280, 1200, 1101, 1100, 1000, 900]) {
    await page.setViewportSize({ width, height: 800 });
    const { rows, overflow } = await page.locator('.app-bar').evaluate((bar) => ({
      rows: new Set([...bar.querySelectorAll('button')].map((b) => b.getBoundingClientRect().top)).size,
      overflow: bar.scrollWidth - bar.clientWidth,
    }));
    expect(rows, `${ui}: the toolbar wraps at ${width}px`).toBe(1);
    expect(overflow, `${ui}: the toolbar overflows at ${width}px`).toBeLessThanOrEqual(0);
  }
}

test('the interface switches to Russian in Settings, at once and for the next start', async ({ app }) => {
  const page = app.page;
  const studio = new StudioPage(page);
  await studio.ready();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectToolbarOnOneLine(page, 'en');
  await page.setViewportSize({ width: 1440, height: 900 });

  await studio.fileButton('Settings…').click();
  const settings = new SettingsDialog(page);
  await expect(settings.language).toHaveValue('system');
  await expect(settings.language.locator('option')).toHaveText([
    'System default (English)',
    'English',
    'Русский',
    'Қазақша',
    'Oʻzbekcha',
  ]);
  await settings.choose('Русский');
  await settings.apply();
  await expect(settings.root).toBeHidden();
  // Main is told too, for its menu and native dialogs.
  expect(app.invocations()).toContain('setUiLanguage');

  // The whole window, without a restart.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const toolbar = fileToolbarRu(studio);
  for (const name of [
    'Создать',
    'Открыть',
    'Сохранить',
    'Сохранить как…',
    'Сведения…',
    'Медиа…',
    'Экспорт…',
  ]) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(toolbar.getByRole('button', { name: 'Просмотр', exact: true })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Настройки…', exact: true })).toBeVisible();
  await expect(page.getByRole('tree', { name: 'Модули и уроки' })).toBeVisible();
  expect(englishWords(await page.locator('.app-bar').innerText())).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/ui-russian.png` });

  // Russian labels are longer than English ones: the bar must still fit on one line, down to
  // the window's minimum width (900 px).
  await expectToolbarOnOneLine(page, 'ru');
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.screenshot({ path: `${ARTIFACTS}/ui-russian-1200.png` });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The dialog itself speaks Russian, keeps the choice, and names the languages in themselves.
  await toolbar.getByRole('button', { name: 'Настройки…', exact: true }).click();
  const russianSettings = new SettingsDialog(page, 'ru');
  await expect(russianSettings.language).toHaveValue('ru');
  await expect(russianSettings.language.locator('option').first()).toHaveText('Как в системе (English)');
  // Only the language names are not in Russian: each is written in its own language.
  const dialogText = (await russianSettings.root.innerText()).replace(/English|Oʻzbekcha/g, '');
  expect(englishWords(dialogText)).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/ui-russian-settings.png` });
  await russianSettings.cancel();
  await expect(russianSettings.root).toBeHidden();

  // Errors from main are in Russian too: a file that is not a course, opened by mistake.
  const notCourse = join(app.tmpDir, 'заметки.oercourse');
  await writeFile(notCourse, 'this is not a zip file');
  app.dialogs.queueOpen(notCourse);
  await toolbar.getByRole('button', { name: 'Открыть', exact: true }).click();
  const alert = studio.alerts.first();
  await expect(alert.locator('.notice-message')).toHaveText(
    'Файл «заметки.oercourse» — не курс OER Studio: это не zip-архив. ' +
      'Откройте файл .oercourse, а файлы других форматов добавьте через «Импорт».',
  );
  await page.screenshot({ path: `${ARTIFACTS}/ui-russian-error.png` });
  await alert.getByRole('button', { name: 'Закрыть' }).click();

  // The next start keeps Russian.
  await page.reload();
  await expect(fileToolbarRu(studio)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  // Back to the system's language.
  await fileToolbarRu(studio).getByRole('button', { name: 'Настройки…', exact: true }).click();
  await russianSettings.choose('Как в системе (English)');
  await russianSettings.apply();
  await expect(studio.fileToolbar).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Kazakh, not yet translated, shows the interface in Russian and says so', async ({ app }) => {
  const page = app.page;
  const studio = new StudioPage(page);
  await studio.ready();

  await studio.fileButton('Settings…').click();
  const settings = new SettingsDialog(page);
  await settings.choose('Қазақша');
  await expect(settings.language).toHaveAccessibleDescription(
    /Kazakh and Uzbek translations are not ready yet/,
  );
  await settings.apply();

  await expect(fileToolbarRu(studio)).toBeVisible();
  // Marked as what is shown, so a screen reader reads it with a Russian voice.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await fileToolbarRu(studio).getByRole('button', { name: 'Настройки…', exact: true }).click();
  const russianSettings = new SettingsDialog(page, 'ru');
  await expect(russianSettings.language).toHaveValue('kk');
  await expect(russianSettings.language).toHaveAccessibleDescription(/казахский и узбекский/);
});
