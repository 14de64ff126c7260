// The library as a user sees it: locators and actions, no assertions.
import type { Page } from '@playwright/test';
import { appTookOver } from './appTookOver';

export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
    await appTookOver(this.page);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  articleLink(title: string | RegExp) {
    return this.page.getByRole('link', { name: title });
  }

  languageSwitch(label: 'Language' | 'Språk' = 'Language') {
    return this.page.getByLabel(label);
  }
}
