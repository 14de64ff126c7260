// Reading aloud, by keyboard, against a recorded fake speechSynthesis: what is said, in what order, and what is lit.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ENGLISH_ONLY, failUtterance, finishUtterance, installFakeSpeech, NORWEGIAN_AND_ENGLISH, openWithSpeech, speechCalls, spoken } from '../fixtures/fakeSpeech';
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';
import type { ReaderPage } from '../pages/ReaderPage';

// Each test opens the reader with its glossary engine; on this shared, loaded machine that alone can take half a minute.
test.describe.configure({ timeout: 90_000 });

const textOf = (reader: ReaderPage, lang: 'nb' | 'en', key: string) =>
  reader.pane(lang).locator(`[data-seg="${key}"]`).innerText();

test('P reads the sentence in its pane\'s language; "Read from here" goes on pair by pair, lit in both panes', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  const title = { nb: await textOf(reader, 'nb', '-1.0'), en: await textOf(reader, 'en', '-1.0') };
  const first = { nb: await textOf(reader, 'nb', '0.0'), en: await textOf(reader, 'en', '0.0') };

  await reader.firstSentence('nb').focus();
  await page.keyboard.press('p');
  await expect.poll(() => spoken(page)).toEqual([{ text: title.nb, lang: 'nb-NO', voice: 'Nora', rate: 0.9 }]);
  await expect.poll(() => listen.lit()).toEqual(['nb -1.0', 'en -1.0']);
  await finishUtterance(page);
  await expect.poll(() => listen.lit()).toEqual([]);

  // Each Norwegian sentence, then its English, from the sentence the learner is on.
  await listen.mode().selectOption('both');
  await listen.readFromHere().press('Enter');
  await expect.poll(async () => (await spoken(page)).slice(1)).toEqual([{ text: title.nb, lang: 'nb-NO', voice: 'Nora', rate: 0.9 }]);
  await finishUtterance(page);
  await expect.poll(async () => (await spoken(page)).slice(2)).toEqual([{ text: title.en, lang: 'en-GB', voice: 'Daniel', rate: 1 }]);
  await expect.poll(() => listen.lit()).toEqual(['nb -1.0', 'en -1.0']);
  await finishUtterance(page);
  await expect.poll(async () => (await spoken(page)).slice(3).map((u) => u.text)).toEqual([first.nb]);
  await expect.poll(() => listen.lit()).toEqual(['nb 0.0', 'en 0.0']);
  await expect(listen.status()).toHaveText('Reading aloud in Norwegian…');

  // Space pauses and resumes while reading, from the text.
  await reader.pane('nb').locator('[data-seg="0.0"]').focus();
  await page.keyboard.press(' ');
  await expect(listen.status()).toHaveText('Paused.');
  await expect(listen.pauseButton()).toHaveText('Resume');
  await page.keyboard.press(' ');
  await expect(listen.status()).toHaveText('Reading aloud in Norwegian…');
  expect(await speechCalls(page)).toEqual(expect.arrayContaining(['pause', 'resume']));

  await finishUtterance(page);
  await expect.poll(async () => (await spoken(page)).slice(4).map((u) => u.text)).toEqual([first.en]);
  await listen.stopButton().press('Enter');
  await expect.poll(() => listen.lit()).toEqual([]);
  await expect(listen.stopButton()).toBeHidden();
  await finishUtterance(page);
  expect((await spoken(page)).length).toBe(5);
});

test('English only reads the English sentences in order', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  await listen.toggle().press('Enter');
  await listen.mode().selectOption('en');
  await listen.readFromHere().press('Enter');
  const keys = (await reader.pane('en').locator('[data-seg]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.seg ?? ''))).slice(0, 3);
  for (const key of keys) {
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(await textOf(reader, 'en', key));
    await expect.poll(() => listen.lit()).toEqual([`nb ${key}`, `en ${key}`]);
    await finishUtterance(page);
  }
  expect((await spoken(page)).every((u) => u.lang === 'en-GB')).toBe(true);
});

test('with no Norwegian voice the controls say so and where voices come from; English still reads (late voices)', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW, ENGLISH_ONLY, true);
  await reader.firstSentence('nb').focus();
  await page.keyboard.press('p');
  await expect(listen.alert()).toContainText('This device has no Norwegian voice');
  await expect(listen.alert()).toContainText("operating system's speech settings");
  await expect(listen.alert()).toContainText('Android and Microsoft Edge have Norwegian voices');
  expect(await spoken(page)).toEqual([]);

  await reader.firstSentence('en').focus();
  await page.keyboard.press('p');
  await expect.poll(async () => (await spoken(page)).map((u) => u.voice)).toEqual(['Daniel']);
  await expect(listen.alert()).toBeHidden();
});

test.describe('in Norwegian', () => {
  test.use({ uiLanguage: 'nb' });
  test('the missing-voice message is in the UI language', async ({ page, reader }) => {
    const listen = await openWithSpeech(page, reader, MOSCOW, []);
    await reader.firstSentence('nb').focus();
    await page.keyboard.press('p');
    await expect(listen.alert()).toContainText('Denne enheten har ingen norsk stemme');
  });
});

test('a speech error stops the reading with a message and clears the highlight', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  await listen.startReading();
  await expect.poll(() => listen.lit()).toEqual(['nb -1.0', 'en -1.0']);
  await failUtterance(page, 'synthesis-failed');
  await expect(listen.alert()).toHaveText("Reading aloud stopped: the device's speech engine reported an error.");
  await expect.poll(() => listen.lit()).toEqual([]);
  await finishUtterance(page);
  expect((await spoken(page)).length).toBe(1);
});

test('the controls, with the no-voice message shown, have no axe violations', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW, []);
  await listen.startReading();
  await expect(listen.alert()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.reader-toolbar').include('#listen-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('settings list the voices per language, Test says a sample, and the speed set there is used', async ({ page, reader }) => {
  await installFakeSpeech(page, NORWEGIAN_AND_ENGLISH);
  await page.goto('/settings');
  const norwegian = page.getByRole('group', { name: 'Voices for Norwegian' });
  await expect(norwegian.getByRole('listitem')).toHaveText(['Nora (nb-NO)']);
  await norwegian.getByRole('button', { name: 'Test' }).press('Enter');
  await expect.poll(async () => (await spoken(page)).map((u) => u.lang)).toEqual(['nb-NO']);
  const english = page.getByRole('group', { name: 'Voices for English' });
  await expect(english.getByLabel('Voice')).toHaveValue('Daniel');
  await english.getByLabel('Voice').selectOption('Samantha');
  const speed = norwegian.getByRole('slider', { name: 'Speed for Norwegian' });
  await speed.press('ArrowRight');
  await expect(norwegian.locator('output')).toHaveText('1.0×');

  await reader.open(MOSCOW);
  await reader.firstSentence('nb').focus();
  await page.keyboard.press('p');
  await expect.poll(async () => (await spoken(page)).map((u) => [u.voice, u.rate])).toEqual([['Nora', 1]]);
  await reader.firstSentence('en').focus();
  await page.keyboard.press('p');
  await expect.poll(async () => (await spoken(page)).at(-1)?.voice).toBe('Samantha');
});

test('the term popup and the word popup say their words in their languages', async ({ page, reader, glossary, lookup }) => {
  // The word popup waits for the dictionary to load in its worker the first time.
  test.slow();
  await installFakeSpeech(page, NORWEGIAN_AND_ENGLISH);
  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().focus();
  await page.keyboard.press('Enter');
  await glossary.popup().getByRole('button', { name: 'Say “tankesmie”' }).press('Enter');
  await expect.poll(async () => (await spoken(page)).map((u) => [u.text, u.lang])).toEqual([['tankesmie', 'nb-NO']]);
  await glossary.popup().getByRole('button', { name: 'Say “think tank”' }).press('Enter');
  await expect.poll(async () => (await spoken(page)).map((u) => [u.text, u.lang])).toEqual([
    ['tankesmie', 'nb-NO'],
    ['think tank', 'en-GB'],
  ]);
  await page.keyboard.press('Escape');

  // A plain word ("strider" is an editorial term, with the term popup above).
  await lookup.clickWord('nb', 'hevder');
  await lookup.popup('hevder').getByRole('button', { name: 'Say “hevder”' }).press('Enter', { timeout: 60_000 });
  await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ text: 'hevder', lang: 'nb-NO', voice: 'Nora', rate: 0.9 });
});

test('hiding the tab stops the reading and clears the highlight', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  await listen.startReading();
  await expect.poll(() => listen.lit()).toEqual(['nb -1.0', 'en -1.0']);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => listen.lit()).toEqual([]);
  await expect(listen.stopButton()).toBeHidden();
  expect(await speechCalls(page)).toContain('cancel');
});

test('the speaker beside the sentence the learner is on reads that sentence, as P does', async ({ page, reader, glossary }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  // The marks reflow the text when they arrive: point at the sentence after that, as a reader's pointer would be.
  await expect(glossary.marks().first()).toBeVisible();
  const english = reader.pane('en').locator('[data-seg="0.0"]');
  await english.hover();
  await expect(listen.sentencePlay()).toBeVisible();
  await expect(listen.sentencePlay()).toHaveAttribute('aria-keyshortcuts', 'P');
  // It stands at the end of the sentence's last line.
  const control = await listen.sentencePlay().boundingBox();
  const line = await english.evaluate((el) => {
    const last = [...el.getClientRects()].at(-1);
    return last ? { top: last.top, bottom: last.bottom, right: last.right } : undefined;
  });
  expect(control && line).toBeTruthy();
  if (control && line) {
    expect(control.y + control.height / 2).toBeGreaterThan(line.top);
    expect(control.y + control.height / 2).toBeLessThan(line.bottom);
    expect(Math.abs(control.x - line.right)).toBeLessThan(8);
  }
  await listen.sentencePlay().click();
  await expect.poll(() => spoken(page)).toEqual([{ text: await english.innerText(), lang: 'en-GB', voice: 'Daniel', rate: 1 }]);
  await expect.poll(() => listen.lit()).toEqual(['nb 0.0', 'en 0.0']);
  await expect(listen.status()).toHaveText('Reading aloud in English…');
  await finishUtterance(page);
  await expect.poll(() => listen.lit()).toEqual([]);

  // On a Norwegian sentence reached by keyboard, P and the control say the same thing.
  const norwegian = reader.pane('nb').locator('[data-seg="1.0"]');
  await norwegian.focus();
  await page.keyboard.press('p');
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  await finishUtterance(page);
  await listen.sentencePlay().click();
  await expect.poll(async () => (await spoken(page)).length).toBe(3);
  const [, byKey, byControl] = await spoken(page);
  expect(byKey).toEqual({ text: await norwegian.innerText(), lang: 'nb-NO', voice: 'Nora', rate: 0.9 });
  expect(byControl).toEqual(byKey);
});

test('the spoken sentence is kept in view below the toolbar; the Pause button pauses and resumes', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  await listen.startReading();
  // The first sentence waits for the speech code to load: slow on a loaded machine.
  await expect.poll(() => listen.lit(), { timeout: 20_000 }).toEqual(['nb -1.0', 'en -1.0']);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await finishUtterance(page);
  await expect.poll(() => listen.lit()).toEqual(['nb 0.0', 'en 0.0']);
  const lit = reader.pane('nb').locator('[data-seg="0.0"]');
  await expect(lit).toBeInViewport();
  // Not under the sticky toolbar either.
  const below = async () => {
    const [toolbar, sentence] = await Promise.all([page.getByRole('toolbar').boundingBox(), lit.boundingBox()]);
    return toolbar && sentence ? sentence.y - (toolbar.y + toolbar.height) : -1;
  };
  await expect.poll(below).toBeGreaterThanOrEqual(0);

  await listen.pauseButton().click();
  await expect(listen.status()).toHaveText('Paused.');
  await listen.pauseButton().click();
  await expect(listen.status()).toHaveText('Reading aloud in Norwegian…');
  expect(await speechCalls(page)).toEqual(expect.arrayContaining(['pause', 'resume']));
});

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

test('by keyboard alone: open the controls, choose what is read, read from a sentence, pause, stop, play one sentence', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  await tabTo(page, listen.toggle());
  await page.keyboard.press('Enter');
  await tabTo(page, listen.mode());
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(listen.mode()).toHaveValue('both');
  // Into the text (its one Tab stop), down a sentence, back to "Read from here".
  await tabTo(page, reader.firstSentence('nb'));
  await page.keyboard.press('ArrowDown');
  const sentence = reader.pane('nb').locator('[data-seg="0.0"]');
  await expect(sentence).toBeFocused();
  await tabTo(page, listen.readFromHere(), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await spoken(page)).map((u) => [u.text, u.lang])).toEqual([[await sentence.innerText(), 'nb-NO']]);
  await finishUtterance(page);
  await expect.poll(async () => (await spoken(page)).at(-1)?.lang).toBe('en-GB');

  await tabTo(page, sentence);
  await page.keyboard.press(' ');
  await expect(listen.status()).toHaveText('Paused.');
  await page.keyboard.press(' ');
  await expect(listen.status()).toHaveText('Reading aloud in English…');
  await tabTo(page, listen.stopButton(), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => listen.lit()).toEqual([]);

  // The control beside the sentence is a Tab stop too, after the text.
  await tabTo(page, listen.sentencePlay());
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await spoken(page)).length).toBe(3);
});

test('axe finds nothing while reading, with every control shown and the pair lit', async ({ page, reader }) => {
  const listen = await openWithSpeech(page, reader, MOSCOW);
  await listen.toggle().press('Enter');
  await reader.pane('nb').locator('[data-seg="0.0"]').focus();
  await listen.readFromHere().press('Enter');
  await expect.poll(() => listen.lit()).toEqual(['nb 0.0', 'en 0.0']);
  await expect(listen.stopButton()).toBeVisible();
  await reader.pane('nb').locator('[data-seg="0.0"]').focus();
  await expect(listen.sentencePlay()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});
