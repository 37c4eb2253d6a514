import { expect, type Locator, type Page } from '@playwright/test';

/** Which side of the lesson editor: the source language (left) or the target (right). */
export type Side = 'source' | 'target';

/**
 * The OER Studio window, found the way a screen-reader user finds it: by roles and
 * accessible names (English interface).
 */
export class StudioPage {
  readonly fileToolbar: Locator;
  readonly outline: Locator;
  readonly statusBar: Locator;
  readonly alerts: Locator;
  readonly messages: Locator;

  constructor(readonly page: Page) {
    this.fileToolbar = page.getByRole('toolbar', { name: 'File' });
    this.outline = page.getByRole('tree', { name: 'Modules and lessons' });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status' });
    this.alerts = page.getByRole('alert');
    this.messages = page.getByRole('region', { name: 'Messages' });
  }

  /** A button of the file toolbar: New, Open, Save, Save As…, Export…, Preview. */
  fileButton(name: string): Locator {
    return this.fileToolbar.getByRole('button', { name, exact: true });
  }

  /** The rich-text editor of one side, named like "English (en) — source". */
  editor(side: Side): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(` — ${side}$`) });
  }

  /** The lesson title field of one language, e.g. `titleField('Русский (ru)')`. */
  titleField(language: string): Locator {
    return this.page.getByRole('textbox', { name: `Lesson title ${language}` });
  }

  /** The formatting toolbar above one language's editor, e.g. `formatting('English (en)')`. */
  formatting(language: string): Locator {
    return this.page.getByRole('toolbar', { name: `Formatting, ${language}` });
  }

  /** A module or lesson in the outline, by its title. */
  outlineItem(title: string): Locator {
    return this.outline.getByRole('treeitem', { name: title, exact: true });
  }

  /** Waits until a course is shown (the sample opens on start). */
  async ready(): Promise<void> {
    await expect(this.outline).toBeVisible();
    await expect(this.editor('source')).toBeVisible();
  }

  /** Types at the end of one side's editor. */
  async typeIn(side: Side, text: string): Promise<void> {
    const editor = this.editor(side);
    await editor.click();
    await editor.press('ControlOrMeta+End');
    await editor.pressSequentially(text);
  }

  /** Presses a shortcut with the platform's command key, e.g. `shortcut('S')` for Ctrl+S / ⌘S. */
  async shortcut(keys: string): Promise<void> {
    await this.page.keyboard.press(`ControlOrMeta+${keys}`);
  }
}
