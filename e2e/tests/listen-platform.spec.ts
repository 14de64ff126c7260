// Reading aloud when the platform gets in the way: switching article, leaving the page, voices that arrive late.
import { finishUtterance, installFakeSpeech, NORWEGIAN_AND_ENGLISH, openWithSpeech, speechCalls, spoken } from '../fixtures/fakeSpeech';
import { BELARUS, MOSCOW, shippedArticle } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';

// Each test opens the reader with its glossary engine; on a loaded machine that alone can take half a minute.
test.describe.configure({ timeout: 90_000 });

test('switching article stops the reading and clears the highlight, by the library or by the browser history', async ({ page, reader, library }) => {
  const listen = await openWithSpeech(page, reader, BELARUS);

  // Through the library: the reading of the first article ends when the learner leaves it.
  await listen.startReading();
  await expect.poll(() => listen.lit()).toEqual(['nb -1.0', 'en -1.0']);
  await page.getByRole('link', { name: 'All articles' }).click();
  await expect.poll(() => speechCalls(page)).toContain('cancel');
  await library.articleLink(shippedArticle(MOSCOW).versions.nb.meta.title).click();
  await expect(reader.pane('nb')).toBeVisible();
  await finishUtterance(page);
  expect(await spoken(page)).toHaveLength(1);
  await expect.poll(() => listen.lit()).toEqual([]);

  // Straight from one article to another (Back twice in the browser's history): the reader stays, the article changes.
  await listen.startReading();
  await expect.poll(() => listen.lit()).toEqual(['nb -1.0', 'en -1.0']);
  await expect(listen.stopButton()).toBeVisible();
  const cancels = (await speechCalls(page)).filter((call) => call === 'cancel').length;
  await page.evaluate(() => history.go(-2));
  await expect(reader.firstSentence('nb')).toHaveText(shippedArticle(BELARUS).versions.nb.meta.title);
  await expect.poll(async () => (await speechCalls(page)).filter((call) => call === 'cancel').length).toBeGreaterThan(cancels);
  await expect.poll(() => listen.lit()).toEqual([]);
  await expect(listen.stopButton()).toBeHidden();
  await finishUtterance(page);
  expect(await spoken(page)).toHaveLength(2);
});

test('leaving the page (pagehide) stops the reading and clears the highlight', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  await listen.startReading();
  await expect.poll(() => listen.lit()).toEqual(['nb -1.0', 'en -1.0']);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect.poll(() => listen.lit()).toEqual([]);
  await expect(listen.stopButton()).toBeHidden();
  expect(await speechCalls(page)).toContain('cancel');
  await finishUtterance(page);
  expect(await spoken(page)).toHaveLength(1);
});

test('voices that arrive late (voiceschanged after the first ask) are waited for and used', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW, NORWEGIAN_AND_ENGLISH, true);
  await reader.firstSentence('nb').focus();
  await page.keyboard.press('p');
  await expect.poll(() => spoken(page)).toEqual([{ text: await reader.firstSentence('nb').innerText(), lang: 'nb-NO', voice: 'Nora', rate: 0.9 }]);
  await expect(listen.alert()).toBeHidden();
});

test('settings list voices that arrive late', async ({ page }) => {
  await installFakeSpeech(page, NORWEGIAN_AND_ENGLISH, true);
  await page.goto('/settings');
  await expect(page.getByRole('group', { name: 'Voices for Norwegian' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('group', { name: 'Voices for Norwegian' }).getByRole('listitem')).toHaveText(['Nora (nb-NO)']);
  await expect(page.getByRole('group', { name: 'Voices for English' }).getByLabel('Voice')).toHaveValue('Daniel');
});

test('a popup speaker on a device with no voices says so instead of failing silently', async ({ page, reader, glossary }) => {
  await installFakeSpeech(page, []);
  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().focus();
  await page.keyboard.press('Enter');
  await glossary.popup().getByRole('button', { name: 'Say “think tank”' }).press('Enter');
  await expect(glossary.popup().getByRole('status')).toHaveText("This device has no voice for that language; voices come from the operating system's speech settings.");
  expect(await spoken(page)).toEqual([]);
});
