// The reader as a user sees it: the two panes by their names, sentences by their text, the toolbar's controls.
import type { Page } from '@playwright/test';

export const PANE = { nb: 'Norsk', en: 'English' } as const;

export class ReaderPage {
  constructor(readonly page: Page) {}

  async open(id: string) {
    await this.page.goto(`/read/${id}`);
    await this.pane('nb').waitFor();
  }

  pane(lang: 'nb' | 'en') {
    return this.page.getByRole('region', { name: PANE[lang], exact: true });
  }

  sentence(lang: 'nb' | 'en', text: string) {
    return this.pane(lang).getByText(text, { exact: true });
  }

  swapButton() {
    return this.page.getByRole('button', { name: /Swap sides|Bytt om språkene/ });
  }

  /** The editor's note under the article. */
  note() {
    return this.page.getByText(/^(Note|Merk):/).locator('..');
  }

  largerText() {
    return this.page.getByRole('button', { name: /Larger text|Større tekst/ });
  }
}
