// The settings page as a user sees it: locators and actions, no assertions.
import type { Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/settings');
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  hideKnownMarks() {
    return this.page.getByRole('checkbox', { name: /Hide marks of terms I know|Skjul markeringer av uttrykk jeg kan/ });
  }
}
