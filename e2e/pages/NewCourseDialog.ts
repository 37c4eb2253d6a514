import { expect, type Locator, type Page } from '@playwright/test';

/** The New course dialog: a title and two BCP-47 language tags. */
export class NewCourseDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'New course' });
  }

  field(label: 'Course title' | 'Source language' | 'Target language'): Locator {
    return this.root
      .getByRole('textbox', { name: label })
      .or(this.root.getByRole('combobox', { name: label }));
  }

  /** Fills the dialog and presses Create. */
  /** Fills in the dialog and presses Create, whether or not the dialog accepts it. */
  async attempt(title: string, source = 'en', target = 'ru'): Promise<void> {
    await this.field('Course title').fill(title);
    await this.field('Source language').fill(source);
    await this.field('Target language').fill(target);
    await this.root.getByRole('button', { name: 'Create' }).click();
  }

  /** Creates the course and waits until it is open. */
  async create(title: string, source = 'en', target = 'ru'): Promise<void> {
    await this.attempt(title, source, target);
    // The course opens when main answers; until then the dialog is open and owns the keyboard,
    // so a shortcut pressed at once would be swallowed (under load, it was).
    await expect(this.root).toBeHidden();
  }
}
