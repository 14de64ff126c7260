// The reading-aloud controls as a user finds them: the toolbar's Listen button, the panel it opens, the sentence's play control.
import type { Page } from '@playwright/test';

export class ListenControls {
  constructor(readonly page: Page) {}

  toggle() {
    return this.page.getByRole('button', { name: /^(Listen|Lytt)$/ });
  }

  /** The play control beside the sentence the learner is on. */
  sentencePlay() {
    return this.page.getByRole('button', { name: /^(Listen to this sentence|Lytt til denne setningen)$/ });
  }

  panel() {
    return this.page.getByRole('group', { name: /Reading aloud|Opplesing/ });
  }

  mode() {
    return this.panel().getByLabel(/^(Read|Les)$/);
  }

  /** Opens the panel and reads from the sentence the learner is on, by keyboard. */
  async startReading() {
    await this.toggle().press('Enter');
    await this.readFromHere().press('Enter');
  }

  readFromHere() {
    return this.panel().getByRole('button', { name: /Read from here|Les herfra/ });
  }

  pauseButton() {
    return this.panel().getByRole('button', { name: /^(Pause|Resume|Fortsett)$/ });
  }

  stopButton() {
    return this.panel().getByRole('button', { name: /^(Stop|Stopp)$/ });
  }

  status() {
    return this.panel().getByRole('status');
  }

  alert() {
    return this.panel().getByRole('alert');
  }

  /** The sentences lit as spoken, as "pane key" pairs. */
  lit() {
    return this.page.locator('[data-pane] [data-seg].is-spoken').evaluateAll((els) =>
      els.map((el) => `${(el.closest('[data-pane]') as HTMLElement).dataset.pane} ${(el as HTMLElement).dataset.seg}`),
    );
  }
}
