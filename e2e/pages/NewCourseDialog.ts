import type { Locator, Page } from '@playwright/test';

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
  async create(title: string, source = 'en', target = 'ru'): Promise<void> {
    await this.field('Course title').fill(title);
    await this.field('Source language').fill(source);
    await this.field('Target language').fill(target);
    await this.root.getByRole('button', { name: 'Create' }).click();
  }
}
