import type { Locator, Page } from '@playwright/test';

/** The names the Settings dialog has in each interface language the tests use. */
const NAMES = {
  en: { title: 'Settings', language: 'Interface language', apply: 'Apply', cancel: 'Cancel' },
  ru: { title: 'Настройки', language: 'Язык интерфейса', apply: 'Применить', cancel: 'Отмена' },
} as const;

/** The Settings dialog, found by its name in the interface language it is shown in. */
export class SettingsDialog {
  readonly root: Locator;
  private readonly names: (typeof NAMES)[keyof typeof NAMES];

  constructor(page: Page, ui: keyof typeof NAMES = 'en') {
    this.names = NAMES[ui];
    this.root = page.getByRole('dialog', { name: this.names.title });
  }

  /** The "Interface language" list. */
  get language(): Locator {
    return this.root.getByRole('combobox', { name: this.names.language });
  }

  /** Chooses an interface language by what the list shows ("Русский", "System default (English)"). */
  async choose(label: string): Promise<void> {
    await this.language.selectOption({ label });
  }

  async apply(): Promise<void> {
    await this.root.getByRole('button', { name: this.names.apply, exact: true }).click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: this.names.cancel, exact: true }).click();
  }
}
