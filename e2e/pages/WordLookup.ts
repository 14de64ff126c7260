// Any-word lookup as a user meets it: tapping a word in a pane, the word's popup, and what is lit in the other pane.
import type { Page } from '@playwright/test';
import { PANE } from './ReaderPage';

export class WordLookup {
  constructor(readonly page: Page) {}

  /** The centre of the first whole-word occurrence of `word` in a pane's text (after `after`, when given). */
  async wordPoint(lang: 'nb' | 'en', word: string, after?: string) {
    const point = await this.page.getByRole('region', { name: PANE[lang], exact: true }).evaluate(
      (pane, [word, after]) => {
        const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u');
        let seenAfter = !after;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!seenAfter) {
            if (!after || !text.includes(after)) continue;
            seenAfter = true;
          }
          const match = pattern.exec(text);
          if (!match) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + word.length);
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        return null;
      },
      [word, after] as const,
    );
    if (!point) throw new Error(`"${word}" is not in the ${lang} pane`);
    return point;
  }

  async clickWord(lang: 'nb' | 'en', word: string, after?: string) {
    const { x, y } = await this.wordPoint(lang, word, after);
    await this.page.mouse.click(x, y);
  }

  async tapWord(lang: 'nb' | 'en', word: string, after?: string) {
    const { x, y } = await this.wordPoint(lang, word, after);
    await this.page.touchscreen.tap(x, y);
  }

  popup(word?: string) {
    return this.page.getByRole('dialog', { name: word ? `${word}: dictionary` : /: dictionary$/ });
  }

  addButton() {
    return this.popup().getByRole('button', { name: 'Add to my glossary' });
  }

  /** The text the page has lit as the counterpart of the open word (CSS highlights are not in the DOM tree). */
  litCounterpart() {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('tolk-counterpart');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
  }

  litWord() {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('tolk-word');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
  }
}
