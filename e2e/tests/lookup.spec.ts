// Any word, offline: a tap on a word shows its dictionary form, meaning and the words that translate it in the aligned sentence.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { expect, FIRST_ANSWER, test } from '../fixtures/test';

// The first lookup after opening the app waits for the dictionary to load in its worker (FIRST_ANSWER).
test.describe.configure({ timeout: 120_000 });

async function waitUntilControlled(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), FIRST_ANSWER).toBe(true);
}

// "strider" of the issue became an editorial term (stride mot → contradict), so it has its own popup (tested below);
// "hevder" → "claims" in the same sentence pair is an ordinary word.
test('tapping "hevder" shows the verb hevde and lights "claims" in the English pane', async ({ reader, lookup }) => {
  await reader.open(BELARUS);
  await lookup.clickWord('nb', 'hevder');
  const popup = lookup.popup('hevder');
  await expect(popup.getByRole('listitem').first()).toContainText('hevde', FIRST_ANSWER);
  await expect(popup.getByRole('listitem').first()).toContainText('verb');
  await expect(popup).toContainText('Here: claims');
  await expect.poll(() => lookup.litCounterpart()).toEqual(['claims']);
  await expect.poll(() => lookup.litWord()).toEqual(['hevder']);

  await popup.getByRole('button', { name: 'Close' }).click();
  await expect(popup).toBeHidden();
  await expect.poll(() => lookup.litCounterpart()).toEqual([]);
});

test('of two quick taps, the later word is the one that opens, whichever answer comes first', async ({ reader, lookup }) => {
  await reader.open(BELARUS);
  await lookup.clickWord('nb', 'hevder');
  await lookup.clickWord('en', 'claims');
  await expect(lookup.popup('claims')).toContainText('Here: hevder', FIRST_ANSWER);
  await expect(lookup.popup('hevder')).toBeHidden();
  await expect.poll(() => lookup.litWord()).toEqual(['claims']);
});

test('an English word answers the other way, with its Norwegian counterpart lit', async ({ reader, lookup }) => {
  await reader.open(BELARUS);
  await lookup.clickWord('en', 'claims');
  const popup = lookup.popup('claims');
  await expect(popup.getByRole('listitem').first()).toContainText('claim', FIRST_ANSWER);
  await expect(popup).toContainText('Here: hevder');
  await expect.poll(() => lookup.litCounterpart()).toEqual(['hevder']);
});

test('a compound is shown in its parts, with the linking letter', async ({ reader, lookup }) => {
  await reader.open(MOSCOW);
  await lookup.clickWord('nb', 'fredagskveld');
  const parts = lookup.popup('fredagskveld').getByRole('list').last();
  await expect(parts.getByRole('listitem').first()).toContainText('fredag+s', FIRST_ANSWER);
  await expect(parts.getByRole('listitem').last()).toContainText('kveld');
});

test('a glossary term keeps its own popup, which gains the dictionary section: "strider" is the verb stride, "contradicts" lit', async ({ reader, glossary }) => {
  await reader.open(BELARUS);
  await glossary.mark('nb', 'strider mot').first().click();
  const dictionary = glossary.popup().getByRole('region', { name: 'Dictionary' });
  await expect(dictionary.getByRole('listitem').first()).toContainText('stride', FIRST_ANSWER);
  await expect(dictionary.getByRole('listitem').first()).toContainText('verb');
  // The example: the English pane lights the words that translate it in the aligned sentence.
  await expect(glossary.mark('en', 'contradicts').first()).toHaveClass(/is-counterpart/);
});

test('a word is added to my glossary from its popup, prefilled with its dictionary form and counterpart', async ({ reader, lookup, glossary }) => {
  await reader.open(BELARUS);
  await lookup.clickWord('nb', 'hevder');
  await lookup.addButton().click(FIRST_ANSWER);
  const dialog = glossary.termDialog();
  await expect(dialog.getByLabel('Term in Norwegian')).toHaveValue('hevde');
  await expect(dialog.getByLabel('Term in English')).toHaveValue('claims');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(glossary.mark('nb', 'hevder').first()).toBeVisible();
});

test('by keyboard alone: W steps to a word, Enter opens it, Escape returns to the sentence', async ({ reader, lookup, page }) => {
  await reader.open(BELARUS);
  const sentence = reader.pane('nb').getByText(/noe som strider mot den russiske versjonen/);
  await sentence.focus();
  for (const _ of 'Den belarusiske presidenten'.split(' ')) await page.keyboard.press('w');
  await expect.poll(() => lookup.litWord(), FIRST_ANSWER).toEqual(['presidenten']);
  await page.keyboard.press('Enter');
  const popup = lookup.popup('presidenten');
  await expect(popup.getByRole('listitem').first()).toContainText('president', FIRST_ANSWER);
  await expect(popup).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(sentence).toBeFocused();
});

test('with the network off after one visit, a tap still answers', async ({ page, context, reader, lookup }) => {
  await reader.open(BELARUS);
  await waitUntilControlled(page);
  // The dictionary files are precached with the app: wait until the service worker holds them.
  await expect.poll(() => page.evaluate(async () => (await caches.match('/lexicon/nob.v1.txt.gz', { ignoreSearch: true })) !== undefined), FIRST_ANSWER).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await reader.whole();
  await lookup.clickWord('nb', 'hevder');
  await expect(lookup.popup('hevder').getByRole('listitem').first()).toContainText('hevde', FIRST_ANSWER);
});

test.describe('while the popup\'s strings are still on their way', () => {
  // Served by the page, not the service worker, so the strings can be held back.
  test.use({ serviceWorkers: 'block' });

  test('the first tap leaves the page where it was, and its popup opens once they are in', async ({ page, reader, lookup }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    // The lookup's UI strings (locales/<lang>/lookup.json) come as a chunk of their own.
    await page.route(/\/assets\/lookup-[^/.]+\.js$/, async (route) => {
      asked += 1;
      await held;
      await route.continue();
    });
    await reader.open(BELARUS);
    await lookup.clickWord('nb', 'hevder');
    // How far up the page goes from here on: a popup rendered before its strings once hid the whole reader, and the
    // page came back at its top.
    const at = await page.evaluate(() => {
      const seen = window as unknown as { lowest: number };
      seen.lowest = scrollY;
      addEventListener('scroll', () => (seen.lowest = Math.min(seen.lowest, scrollY)));
      return scrollY;
    });
    expect(at).toBeGreaterThan(0);
    // The tap's lookup has answered and the article's pairs are linked: the popup would have opened long before.
    await page.waitForFunction(() => performance.getEntriesByName('tolk:lookup-linked').length > 0, null, FIRST_ANSWER);
    expect(asked).toBeGreaterThan(0);
    release();
    await expect(lookup.popup('hevder')).toContainText('Here: claims', FIRST_ANSWER);
    expect(await page.evaluate(() => [(window as unknown as { lowest: number }).lowest, scrollY])).toEqual([at, at]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the popup is a sheet at the bottom that leaves the tapped sentence readable, and axe finds nothing', async ({ reader, lookup, page }) => {
    await reader.open(BELARUS);
    await lookup.tapWord('nb', 'hevder');
    const popup = lookup.popup('hevder');
    await expect(popup).toContainText('Here: claims', FIRST_ANSWER);
    const sheet = await popup.boundingBox();
    const word = await lookup.wordPoint('nb', 'hevder');
    expect(sheet && sheet.y + sheet.height).toBeCloseTo(740, 0);
    expect(sheet && word.y < sheet.y).toBe(true);
    const scan = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(scan.violations).toEqual([]);
  });
});
