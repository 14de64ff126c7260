// The glossary as a user meets it in the reader: marks, the popup, the switch, the terms panel.
import type { Locator, Page } from '@playwright/test';
import { PANE } from './ReaderPage';

export class GlossaryControls {
  constructor(readonly page: Page) {}

  mark(lang: 'nb' | 'en', term: string | RegExp) {
    return this.page.getByRole('region', { name: PANE[lang], exact: true }).getByRole('button', { name: term, exact: true });
  }

  marks() {
    return this.page.getByRole('main').locator('[data-entry]');
  }

  popup() {
    return this.page.getByRole('dialog');
  }

  switch(name: 'Glossary' | 'Ordliste' = 'Glossary') {
    return this.page.getByRole('switch', { name });
  }

  /** Selects an element's text the way a person does with a mouse: press at its start, drag to its end. */
  async dragToSelect(target: Locator) {
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error('nothing to select');
    await this.page.mouse.move(box.x + 1, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  addAction() {
    return this.page.getByRole('button', { name: /Add to glossary/ });
  }

  termDialog(name: 'Add to glossary' | 'Edit your term' = 'Add to glossary') {
    return this.page.getByRole('dialog', { name });
  }

  personalMark(lang: 'nb' | 'en', term: string) {
    return this.mark(lang, term).and(this.page.locator('.term-personal'));
  }

  /** The popup's "I know this" toggle (pressed while the term is known). */
  knownButton() {
    return this.popup().getByRole('button', { name: /^(I know this|Dette kan jeg)$/ });
  }

  /** Presses ] from the start of `sentence` until `mark` has the focus (at most `limit` presses), as a keyboard user steps to a term. */
  async stepToMark(sentence: Locator, mark: Locator, limit = 20) {
    await sentence.focus();
    for (let i = 0; i < limit && !(await mark.evaluate((el) => el === document.activeElement)); i++) await this.page.keyboard.press(']');
  }

  panelButton() {
    return this.page.getByRole('button', { name: /entr(?:y|ies) in this article/ });
  }

  namesSwitch(name: 'Names' | 'Navn' = 'Names') {
    return this.page.getByRole('switch', { name });
  }

  panel() {
    return this.page.getByRole('region', { name: 'Glossary entries in this article' });
  }
}
