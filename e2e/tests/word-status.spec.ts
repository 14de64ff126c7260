// Word status in the text: the learner's terms show new, learning or known on their marks; Shift+K and the popup set "known";
// a setting hides known marks; the library says how many of an article's terms are known. Keyboard only, axe on the reader.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { BELARUS } from '../fixtures/articles';
import { saveThreeTerms, TERMS_SENTENCE_NB } from '../fixtures/reviewTerms';
import { expect, test } from '../fixtures/test';
import { ReviewPage } from '../pages/ReviewPage';
import { SettingsPage } from '../pages/SettingsPage';

test.describe.configure({ timeout: 180_000 });

/** Three terms saved from one sentence of the Belarus article; "tankesmie" graded Good once, so it is learning. */
async function saveTermsAndLearnOne(page: Page, testInfo: TestInfo) {
  await saveThreeTerms(page, testInfo, Date.now());
  const review = new ReviewPage(page);
  await review.goto();
  // The oldest term's first card (either direction): one Good and the term is learning.
  await expect(review.card()).toContainText(/tankesmie|think tank/i);
  await review.gradeByKeys('3');
  await expect(review.navLink()).toHaveAccessibleName('Review 5 due');
}

test('marks say new, learning or known; Shift+K and the popup button set known without a review', async ({ page, reader, glossary }, testInfo) => {
  await saveTermsAndLearnOne(page, testInfo);
  await reader.open(BELARUS);
  const sentence = reader.sentence('nb', TERMS_SENTENCE_NB);
  const learning = sentence.getByRole('button', { name: 'Tankesmien', exact: true });
  const fresh = sentence.getByRole('button', { name: 'fluktrute', exact: true });
  await expect(learning).toHaveAccessibleDescription('Your term: learning');
  await expect(fresh).toHaveAccessibleDescription('Your term: new');
  await expect(page.getByText(/Shift\+K on your own term marks it as known/)).toBeVisible();

  // By keyboard: step to the mark, Shift+K; the mark says known, keeps the focus, and the change is announced.
  await glossary.stepToMark(sentence, fresh);
  await expect(fresh).toBeFocused();
  await page.keyboard.press('Shift+K');
  await expect(fresh).toHaveAccessibleDescription('Your term: known');
  await expect(fresh).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '“fluktrute” marked as known.' })).toBeAttached();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Its popup shows the status and the pressed "I know this"; pressing it again puts the term back in review.
  await page.keyboard.press('Enter');
  await expect(glossary.popup()).toContainText('Your term: known');
  await expect(glossary.knownButton()).toHaveAttribute('aria-pressed', 'true');
  await glossary.knownButton().press('Enter');
  await expect(glossary.knownButton()).toHaveAttribute('aria-pressed', 'false');
  await expect(fresh).toHaveAccessibleDescription('Your term: new');
  await expect(page.getByRole('status').filter({ hasText: '“fluktrute” is back in your reviews.' })).toBeAttached();
  await page.keyboard.press('Escape');

  // A known term leaves the review queue: two cards fewer due.
  await expect(new ReviewPage(page).navLink()).toHaveAccessibleName('Review 5 due');
  await glossary.stepToMark(sentence, learning);
  await page.keyboard.press('Shift+K');
  await expect(learning).toHaveAccessibleDescription('Your term: known');
  await expect(new ReviewPage(page).navLink()).toHaveAccessibleName('Review 4 due');
});

test('with the setting on, known marks are hidden; the library counts the known terms of each article', async ({ page, reader, glossary, library }, testInfo) => {
  await saveTermsAndLearnOne(page, testInfo);
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.hideKnownMarks().press('Space');
  await expect(settings.hideKnownMarks()).toBeChecked();

  await reader.open(BELARUS);
  const sentence = reader.sentence('nb', TERMS_SENTENCE_NB);
  const mark = sentence.getByRole('button', { name: 'versjon', exact: true });
  await expect(mark).toHaveAccessibleDescription('Your term: new');
  // Shift+K hides the mark at once; the focus goes back to its sentence rather than being lost.
  await glossary.stepToMark(sentence, mark);
  await page.keyboard.press('Shift+K');
  await expect(mark).toHaveCount(0);
  await expect(sentence).toBeFocused();
  await expect(sentence.getByRole('button', { name: 'Tankesmien', exact: true })).toHaveAccessibleDescription('Your term: learning');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await library.goto();
  const card = page.getByRole('listitem').filter({ has: library.articleLink(/Presidenten i Belarus/) });
  await expect(card.getByRole('definition').filter({ hasText: '1 of 3 known' })).toBeVisible();
  await library.languageSwitch().selectOption('nb');
  await expect(card.getByText('1 av 3 lært')).toBeVisible();
});
