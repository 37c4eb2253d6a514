import type { Locator, Page } from '@playwright/test';

/** The Image dialog: a picture's text alternative (required) and caption. */
export class ImageDialog {
  readonly root: Locator;
  readonly alt: Locator;
  readonly caption: Locator;

  constructor(page: Page, editing = false) {
    this.root = page.getByRole('dialog', { name: editing ? 'Edit image' : 'Add image' });
    this.alt = this.root.getByRole('textbox', { name: 'Text alternative' });
    this.caption = this.root.getByRole('textbox', { name: 'Caption (optional)' });
  }

  /** Presses Insert (or Apply when editing). */
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Insert|Apply)$/ }).click();
  }
}
