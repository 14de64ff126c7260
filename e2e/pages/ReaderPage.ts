// The reader as a user sees it: the two panes by their names, sentences by their text, the toolbar's controls.
import type { Page } from '@playwright/test';
import { appTookOver } from './appTookOver';

export const PANE = { nb: 'Norsk', en: 'English' } as const;

export class ReaderPage {
  constructor(readonly page: Page) {}

  async open(id: string) {
    await this.page.goto(`/read/${id}`);
    await this.whole();
  }

  /**
   * Waits until both panes hold the whole article: a long one is rendered a slice at a time, its panes busy meanwhile.
   * The panes first shown are a snapshot's inert copy (a return visit's, or the page's own on a first visit); the
   * app's own replace it.
   */
  async whole() {
    await appTookOver(this.page);
    for (const lang of ['nb', 'en'] as const) await this.pane(lang).and(this.page.locator('[aria-busy="false"]')).waitFor();
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

  /** On a phone: the button that folds the reading tools in and out. */
  toolsButton() {
    return this.page.getByRole('button', { name: /More tools|Flere verktøy/ });
  }

  /** The blocks (paragraphs, headings, list) of a pane that are on screen now, by their index in the article, in order. */
  async blocksOnScreen(lang: 'nb' | 'en'): Promise<number[]> {
    return this.pane(lang).evaluate((pane) =>
      [...pane.querySelectorAll<HTMLElement>('[data-block]')]
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight && box.height > 0;
        })
        .map((cell) => Number(cell.dataset.block))
        .filter((block) => block >= 0),
    );
  }

  /** The first sentence of a pane: where the text starts on screen. */
  firstSentence(lang: 'nb' | 'en') {
    return this.pane(lang).getByRole('heading', { level: 1 }).locator('[data-seg]');
  }

  /** Every element the Tab key stops at, in the order Tab visits them, found by pressing Tab (at most `limit` times). */
  async tabStops(limit = 400): Promise<string[]> {
    await this.page.locator('body').focus();
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: string[] = [];
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      const stop = await this.page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const seg = el.closest<HTMLElement>('[data-seg]');
        const pane = el.closest<HTMLElement>('[data-pane]');
        return seg && pane ? `sentence ${pane.dataset.pane} ${seg.dataset.seg}${seg === el ? '' : ` > ${el.textContent}`}` : `${el.tagName} ${el.textContent ?? ''}`.trim();
      });
      if (stop === null || stops[0] === stop) break;
      stops.push(stop);
    }
    return stops;
  }
}
