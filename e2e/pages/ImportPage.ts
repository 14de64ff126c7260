// The import page and the alignment editor as a user sees them: fields by their labels, buttons by their names.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

export const IMPORT_FIXTURES = new URL('../fixtures/import/', import.meta.url);
/** The text of a file in e2e/fixtures/import. */
export const importFixture = (name: string) => readFile(new URL(name, IMPORT_FIXTURES), 'utf8');

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

  /** Pastes both versions and imports them. */
  async importTexts(nb: string, en: string) {
    await this.text('nb').fill(nb);
    await this.text('en').fill(en);
    await this.submit().click();
  }

  /** Imports the ferry pair (e2e/fixtures/import) with `title` as its Norwegian title, from the import page. */
  async importFerryTitled(title: string) {
    await this.goto();
    await this.openDetails();
    await this.page.getByLabel('Norwegian title').fill(title);
    await this.importTexts(await importFixture('ferge-nb.txt'), await importFixture('ferge-en.txt'));
  }

  /** From the outcome of an import, into the pairing editor. */
  async openEditor() {
    await this.page.getByRole('link', { name: 'Check and fix the sentence pairs' }).click();
  }

  /** The format control of one side (detected, or chosen by the learner). */
  format(lang: 'nb' | 'en') {
    return this.page.getByLabel(lang === 'nb' ? 'Format of the Norwegian version' : 'Format of the English version');
  }

  progress() {
    return this.page.getByRole('progressbar', { name: 'Import progress' });
  }

  cancel() {
    return this.page.getByRole('button', { name: 'Cancel' });
  }

  status() {
    return this.page.getByRole('status');
  }

  /** Opens the optional details (a click the page must answer while an import runs). */
  async openDetails() {
    await this.page.getByText('Details (optional', { exact: false }).click();
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

  /** Every row of the editor. */
  pairs() {
    return this.page.getByRole('listitem', { name: /^Pair \d+$/ });
  }

  /** The toggle that pins pair n (pressed while it is pinned). */
  pin(n: number) {
    return this.pair(n).getByRole('button', { name: `Pin pair ${n}`, exact: true });
  }

  realign() {
    return this.page.getByRole('button', { name: 'Re-align around pinned pairs' });
  }
}
