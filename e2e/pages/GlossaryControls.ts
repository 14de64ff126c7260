// The glossary as a user meets it in the reader: marks, the popup, the switch, the terms panel.
import type { Page } from '@playwright/test';
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

  panelButton() {
    return this.page.getByRole('button', { name: /terms? in this article/ });
  }

  panel() {
    return this.page.getByRole('region', { name: 'Glossary terms in this article' });
  }
}
