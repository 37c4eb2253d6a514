import { expect, type Locator, type Page } from '@playwright/test';

function exactStart(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
}

/**
 * The Export dialog: a format from the registry with its own options, the languages to include,
 * then progress with Cancel, and the result.
 */
export class ExportDialog {
  readonly root: Locator;
  readonly progressBar: Locator;
  readonly cancelButton: Locator;
  readonly closeButton: Locator;
  /** The success, warning or cancel notices (polite status messages). */
  readonly status: Locator;
  /** An error notice. */
  readonly alert: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export package' });
    this.progressBar = this.root.getByRole('progressbar');
    this.cancelButton = this.root.getByRole('button', { name: 'Cancel export' });
    this.closeButton = this.root.getByRole('button', { name: 'Close', exact: true });
    this.status = this.root.getByRole('status');
    this.alert = this.root.getByRole('alert');
  }

  /** A format's radio button, by the label the registry gives it ("SCORM 1.2"). */
  format(label: string): Locator {
    return this.root.getByRole('radio', { name: exactStart(label) });
  }

  /** A checkbox of the chosen format's own options ("One SCO per lesson", "Save as a folder"). */
  option(label: string): Locator {
    return this.root.getByRole('checkbox', { name: label, exact: true });
  }

  /** A language choice: "Both languages…", "English (en) only". */
  languages(label: string | RegExp): Locator {
    return this.root.getByRole('radio', { name: label });
  }

  /** Presses Export… (main then shows its save dialog, which the test has queued). */
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: 'Export…' }).click();
  }

  /** Exports the chosen format and waits for the result that names `path`. */
  async exportAndWait(path: string): Promise<void> {
    await this.submit();
    await expect(this.status.first()).toContainText(path, { timeout: 30_000 });
  }
}
