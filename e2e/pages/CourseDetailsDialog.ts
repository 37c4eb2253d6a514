import type { Locator, Page } from '@playwright/test';

/** The Course details dialog: bilingual metadata, authors and the licence. */
export class CourseDetailsDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Course details' });
  }

  /** A field of one language's column, e.g. `field('Description', 'Русский (ru)')`. */
  field(label: 'Course title' | 'Description' | 'Institution' | 'Keywords', language: string): Locator {
    return this.root.getByRole('textbox', { name: `${label} ${language}`, exact: true });
  }

  /** The name field of the n-th author (from 1). */
  author(n: number): Locator {
    return this.root.getByRole('textbox', { name: `Author ${n}`, exact: true });
  }

  /** A button of the authors list: "Add author", "Move author 2 up", "Remove author 1". */
  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** A licence of the chooser, by (a part of) its full name. */
  licence(name: string | RegExp): Locator {
    return this.root.getByRole('radio', { name });
  }

  async apply(): Promise<void> {
    await this.root.getByRole('button', { name: 'Apply' }).click();
  }
}
