// The reader by keyboard: Tab goes from control to control and into the text once per pane; keys move inside the text.
import { BELARUS, MOSCOW, shippedArticles } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';

for (const article of shippedArticles) {
  test(`Tab reaches each pane's text once in "${article.id}", not every glossary mark`, async ({ reader, glossary }) => {
    await reader.open(article.id);
    await expect(glossary.marks().first()).toBeVisible();
    const stops = await reader.tabStops();
    const inText = stops.filter((stop) => stop.startsWith('sentence'));
    expect(inText).toEqual(['sentence nb -1.0', 'sentence en -1.0']);
    // The skip link, the header's links and language, the reader's tools: a few dozen at most, whatever the marks.
    expect(stops.length).toBeLessThan(25);
    test.info().annotations.push({ type: 'tab stops', description: `${article.id}: ${stops.length} (${await glossary.marks().count()} marks)` });
  });
}

test('inside a sentence ] and [ step from term to term, Enter opens one, Escape goes back', async ({ reader, glossary, page }) => {
  await reader.open(MOSCOW);
  await expect(glossary.marks().first()).toBeVisible();
  // The first Norwegian sentence with two terms or more, whichever the glossary marks.
  const text = await reader
    .pane('nb')
    .locator('[data-seg]')
    .evaluateAll((segs) => segs.find((seg) => seg.querySelectorAll('[role="button"]').length > 1)?.textContent ?? '');
  const sentence = reader.sentence('nb', text);
  const terms = sentence.getByRole('button');
  await sentence.focus();

  await page.keyboard.press(']');
  await expect(terms.nth(0)).toBeFocused();
  await page.keyboard.press(']');
  await expect(terms.nth(1)).toBeFocused();
  await page.keyboard.press('[');
  await expect(terms.nth(0)).toBeFocused();
  await page.keyboard.press('[');
  await expect(sentence).toBeFocused();

  // Enter on a term opens its popup; Escape closes it, then goes back to the sentence.
  await page.keyboard.press(']');
  await expect(terms.nth(0)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(glossary.popup()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(glossary.popup()).toBeHidden();
  await expect(terms.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sentence).toBeFocused();

  // The sentence keys still work from a term: J goes on to the next sentence.
  await page.keyboard.press(']');
  await page.keyboard.press('j');
  await expect(sentence).not.toBeFocused();
  await expect(page.locator(':focus')).toHaveAttribute('data-seg', /\d+\.\d+/);
});

test('the keyboard tip names the term keys where there is a keyboard, and is not shown on a touch screen', async ({ reader, page, browser }) => {
  await reader.open(BELARUS);
  await expect(page.getByText(/\] and \[ step from term to term/)).toBeVisible();

  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  const phone = await context.newPage();
  await phone.goto(`/read/${BELARUS}`);
  await phone.getByRole('region', { name: 'Norsk', exact: true }).waitFor();
  await expect(phone.getByText(/step from sentence to sentence/)).toBeHidden();
  await context.close();
});
