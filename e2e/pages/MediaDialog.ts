import type { Locator, Page } from '@playwright/test';

/** The Course media dialog: the course's files, and the attribution of the chosen one. */
export class MediaDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Course media' });
  }

  /** A file of the course, by its name. */
  file(name: string): Locator {
    return this.root.getByRole('radio', { name, exact: true });
  }

  /** An attribution field of the chosen file. */
  field(label: 'Title of the work' | 'Author' | 'Source' | 'Name of the licence'): Locator {
    return this.root.getByRole('textbox', { name: label, exact: true });
  }

  /** The licence list of the chosen file. */
  get licence(): Locator {
    return this.root.getByRole('combobox', { name: 'Licence' });
  }

  async apply(): Promise<void> {
    await this.root.getByRole('button', { name: 'Apply' }).click();
  }
}
