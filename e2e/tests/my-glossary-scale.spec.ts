// My glossary with thousands of terms: the list is windowed, yet search finds any term, a row far down can be
// reached and edited, Tab walks from row to row, and a focused row keeps its focus when it scrolls out of view.
import { AxeBuilder } from '@axe-core/playwright';
import { putRaw } from '../fixtures/rawStore';
import { expect, test } from '../fixtures/test';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';

const COUNT = 3000;
const DAY = Date.UTC(2025, 0, 1);
/** Term i, dated i seconds after DAY: newest first, term 0 is the last row. Only term 0 has the word "needle". */
const term = (i: number) => ({
  id: `scale-${i}`,
  terms: { nb: `ord nummer ${i}`, en: `word ${i}` },
  note: i === 0 ? 'a needle in the haystack' : `note ${i}`,
  createdAt: DAY + i * 1000,
  updatedAt: DAY + i * 1000,
});

test.beforeEach(async ({ page }) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.goto();
  await putRaw(page, 'personalTerms', Array.from({ length: COUNT }, (_, i) => term(i)));
  await page.reload();
  await expect(glossary.count()).toHaveText(`${COUNT} terms`);
});

test('lists thousands of terms as one list, rendering only the rows on screen, with no axe violations at 360 px', async ({ page }) => {
  const glossary = new MyGlossaryPage(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(glossary.items().first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(glossary.items().first()).toHaveAttribute('aria-posinset', '1');
  await expect(glossary.headings().first()).toHaveText(`ord nummer ${COUNT - 1} – word ${COUNT - 1}`);
  expect(await glossary.items().count()).toBeLessThan(100);
  await expect(glossary.deleteButton(`ord nummer ${COUNT - 1}`)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test('search finds a term far down the list, and that term can be edited', async ({ page }) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.search().fill('NEEDLE');
  await expect(glossary.count()).toHaveText(`1 of ${COUNT} terms`);
  await expect(glossary.headings()).toHaveText(['ord nummer 0 – word 0']);
  await glossary.editButton('ord nummer 0').click();
  await glossary.field('note').fill('found it');
  await glossary.saveButton().click();
  await expect(glossary.count()).toHaveText(`0 of ${COUNT} terms`); // the note no longer holds "needle"
  await glossary.search().fill('found it');
  await expect(glossary.item('ord nummer 0 – word 0')).toContainText('found it');
});

test('the last row can be scrolled to and edited, keeps focus when scrolled out of view, and a row there is deleted and brought back', async ({ page }) => {
  const glossary = new MyGlossaryPage(page);
  const last = glossary.editButton('ord nummer 0');
  // Rows are measured as they come into view, so the list's height settles while scrolling: scroll until it shows.
  await expect(async () => {
    await page.mouse.wheel(0, 1_000_000);
    await expect(last).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await last.click();
  await glossary.field('note').fill('edited at the bottom');
  await glossary.saveButton().click();
  await expect(glossary.item('ord nummer 0 – word 0')).toContainText('edited at the bottom');
  await expect(last).toBeFocused();

  await page.mouse.wheel(0, -1_000_000);
  await expect(glossary.editButton(`ord nummer ${COUNT - 1}`)).toBeInViewport();
  await expect(last).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(glossary.deleteButton('ord nummer 1')).toBeFocused();
  await expect(glossary.deleteButton('ord nummer 1')).toBeInViewport();

  await glossary.deleteButton('ord nummer 1').click();
  await expect(glossary.count()).toHaveText(`${COUNT - 1} terms`);
  await glossary.undoButton().click();
  await expect(glossary.count()).toHaveText(`${COUNT} terms`);
  await expect(glossary.deleteButton('ord nummer 1')).toBeFocused();
});

test('Tab walks from row to row past the bottom of the screen', async ({ page }) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.editButton(`ord nummer ${COUNT - 1}`).focus();
  const rows = 30; // several screens
  for (let row = 0; row < rows; row++) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  const reached = glossary.editButton(`ord nummer ${COUNT - 1 - rows}`);
  await expect(reached).toBeFocused();
  await expect(reached).toBeInViewport();
});
