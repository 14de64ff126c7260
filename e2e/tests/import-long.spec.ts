// Importing a long pair: the aligner runs in a worker with progress, the page answers meanwhile, Cancel stores nothing; a literal tag in a paste stays text.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { readRaw } from '../fixtures/rawStore';
import { expect, test } from '../fixtures/test';
import { importFixture, ImportPage } from '../pages/ImportPage';

// The clean whole document of the alignment evaluation set: 1,800 paragraphs, about 470 KB a side.
async function book(): Promise<{ nb: string; en: string }> {
  const pairs = JSON.parse(gunzipSync(await readFile(new URL('../../eval/align/clean-book.json.gz', import.meta.url))).toString('utf8')) as { nb: string; en: string }[];
  return { nb: pairs.map((p) => p.nb).join('\n\n'), en: pairs.map((p) => p.en).join('\n\n') };
}

const articleCount = async (page: Page) => (await readRaw(page, 'articles')).length;

test.describe('importing a long pair', () => {
  // The page's routes see the worker's script only when no service worker answers for it.
  test.use({ serviceWorkers: 'block' });
  // Half a megabyte a side is read, cleaned and aligned: more than the default 30 s on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });
  test('shows progress, answers clicks while it runs, and Cancel stores nothing', async ({ page }) => {
    // The worker's script is held back until Cancel has been clicked, so the import is surely still running then
    // (on a fast machine the aligner could otherwise finish before the click lands).
    let release = () => {};
    let asked = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/importWorker[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    const form = new ImportPage(page);
    await form.goto();
    const before = await articleCount(page);
    const { nb, en } = await book();
    // As files: typing half a megabyte into a text box takes a test runner minutes.
    await form.file('nb').setInputFiles({ name: 'handbook-nb.txt', mimeType: 'text/plain', buffer: Buffer.from(nb) });
    await form.file('en').setInputFiles({ name: 'handbook-en.txt', mimeType: 'text/plain', buffer: Buffer.from(en) });
    await expect(form.text('en')).toHaveValue(en);
    await form.submit().click();

    await expect(form.progress()).toBeVisible();
    await form.openDetails();
    await expect(page.getByLabel('Source')).toBeVisible();
    await form.cancel().click();
    expect(asked).toBe(true);
    release();

    await expect(form.status()).toHaveText('Import cancelled. Nothing was stored.');
    await expect(form.submit()).toBeEnabled();
    await expect(form.progress()).toHaveCount(0);
    expect(await articleCount(page)).toBe(before);
    // Both texts are still there to try again.
    await expect(form.text('nb')).toHaveValue(nb);
  });

  test('a paste with one literal HTML tag stays text, tag and all', async ({ page, reader }) => {
    const form = new ImportPage(page);
    await form.goto();
    const tagged = 'Redaksjonen skrev <ol style="margin:0"> i kildekoden ved en feil.';
    await form.text('nb').fill(`${await importFixture('ferge-nb.txt')}\n\n${tagged}`);
    await form.text('en').fill(await importFixture('ferge-en.txt'));
    await expect(form.format('nb').locator('option:checked')).toHaveText('Detected: Plain text');
    await form.submit().click();

    await expect(form.doneHeading()).toBeVisible();
    await page.getByRole('link', { name: 'Read it' }).click();
    // The reader shows the tag as text (and so no list was made of it).
    await expect(reader.pane('nb')).toContainText('Redaksjonen skrev <ol style=');
  });
});
