// The import page and the alignment editor as a user sees them: fields by their labels, buttons by their names.
import type { Page } from '@playwright/test';

export const IMPORT_FIXTURES = new URL('../fixtures/import/', import.meta.url);

export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
    await this.page.getByRole('link', { name: 'Import an article' }).click();
    await this.page.getByRole('heading', { name: 'Import an article pair' }).waitFor();
  }

  text(lang: 'nb' | 'en') {
    return this.page.getByLabel(lang === 'nb' ? 'Norwegian text' : 'English text');
  }

  file(lang: 'nb' | 'en') {
    return this.page.getByLabel(lang === 'nb' ? 'Or choose a Norwegian file' : 'Or choose an English file');
  }

  submit() {
    return this.page.getByRole('button', { name: 'Import', exact: true });
  }

  problems() {
    return this.page.getByRole('alert');
  }

  doneHeading() {
    return this.page.getByRole('heading', { level: 1, name: /^Imported:/ });
  }

  /** The editor's row for pair n (1-based). */
  pair(n: number) {
    return this.page.getByRole('listitem', { name: `Pair ${n}`, exact: true });
  }
}
