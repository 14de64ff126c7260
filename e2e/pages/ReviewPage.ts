// The review page and the header's Review link as a learner sees them. Locators and actions, no assertions.
import type { Page } from '@playwright/test';

export class ReviewPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/review');
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Review' });
  }

  /** The header's link, named "Review" or "Review 3 due". */
  navLink() {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review/ });
  }

  card() {
    return this.page.getByRole('region', { name: 'Card' });
  }

  /** The lit term of the card's prompt (after the reveal: the lit term of the Norwegian sentence). */
  litTerm() {
    return this.card().locator('mark').first();
  }

  revealButton() {
    return this.page.getByRole('button', { name: /^Show answer/ });
  }

  gradeButton(name: 'Again' | 'Hard' | 'Good' | 'Easy') {
    return this.page.getByRole('group', { name: 'How well did you remember it?' }).getByRole('button', { name: new RegExp(`^${name}`) });
  }

  undoButton() {
    return this.page.getByRole('button', { name: /^Undo last grade/ });
  }

  emptyHeading() {
    return this.page.getByRole('heading', { name: 'Nothing to review right now' });
  }

  status(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Turns a direction off in the review settings. */
  async turnOffRecall() {
    await this.page.getByText('Review settings').click();
    // The box shows the stored setting, which follows the click a moment later.
    await this.page.getByLabel('Recall: English → Norwegian').click();
  }

  /** Reveals with Space and grades with its key. */
  async gradeByKeys(key: '1' | '2' | '3' | '4') {
    await this.revealButton().waitFor();
    await this.page.keyboard.press('Space');
    await this.gradeButton('Good').waitFor();
    await this.page.keyboard.press(key);
  }
}
