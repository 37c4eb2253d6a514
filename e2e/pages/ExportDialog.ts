import type { Locator, Page } from '@playwright/test';

/** The Export dialog: a format from the registry and the languages to include. */
export class ExportDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export package' });
  }

  /** A format's radio button, by the label the registry gives it ("SCORM 1.2"). */
  format(label: string): Locator {
    return this.root.getByRole('radio', {
      name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
    });
  }

  /** Presses Export… (main then shows its save dialog, which the test has queued). */
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: 'Export…' }).click();
  }
}
