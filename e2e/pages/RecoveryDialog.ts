import type { Locator, Page } from '@playwright/test';

/** The dialog offered at start when unsaved work was left by a crash. */
export class RecoveryDialog {
  readonly root: Locator;
  readonly list: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Recover unsaved work?' });
    this.list = this.root.getByRole('list', { name: 'Unsaved work' });
  }

  /** One piece of work in the list, by its course title. */
  entry(title: string): Locator {
    return this.list.getByRole('listitem', { name: title });
  }

  async recover(title: string): Promise<void> {
    await this.entry(title).getByRole('button', { name: 'Recover' }).click();
  }

  async discard(title: string): Promise<void> {
    await this.entry(title).getByRole('button', { name: 'Discard' }).click();
  }
}
