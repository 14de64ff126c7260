// Importing an article pair: by paste and by file, cleaned and aligned, bad input refused with nothing stored, fixing the pairing, delete and undo.
import type { Page } from '@playwright/test';
import { readRaw } from '../fixtures/rawStore';
import { expect, test } from '../fixtures/test';
import { appTookOver } from '../pages/appTookOver';
import { IMPORT_FIXTURES, importFixture, ImportPage } from '../pages/ImportPage';

const fixturePath = (name: string) => new URL(name, IMPORT_FIXTURES).pathname;

const NB_TITLE = 'Elektriske ferger tar over Oslofjorden';
const EN_TITLE = 'Electric ferries take over the Oslofjord';
const NB_COST = 'Overgangen har kostet rundt 700 millioner kroner.';
const EN_COST = 'The transition has cost around 700 million kroner.';
const NB_STATE = 'Staten har betalt en stor del av regningen gjennom Enova.';
const EN_STATE = 'The state has paid a large part of the bill through Enova.';

const articleCount = async (page: Page) => (await readRaw(page, 'articles')).length;

test.describe('import', () => {
  test('by paste: noise is removed, sentences pair up, and the article opens in the reader with glossary marks', async ({ page, reader, glossary }) => {
    const form = new ImportPage(page);
    await form.goto();
    await form.importTexts(await importFixture('ferge-nb.txt'), await importFixture('ferge-en.txt'));

    await expect(form.doneHeading()).toHaveText(`Imported: ${NB_TITLE}`);
    await expect(page.getByText(/Norwegian text: removed 2 lines of clutter/)).toBeVisible();
    await page.getByRole('link', { name: 'Read it' }).click();

    await expect(reader.pane('nb').getByRole('heading', { level: 1 })).toHaveText(NB_TITLE);
    await expect(reader.pane('en').getByRole('heading', { level: 1 })).toHaveText(EN_TITLE);
    // The date found in the text is its publication date: no "Imported on" then.
    await expect(page.getByRole('time')).toHaveText(['14 March 2024']);
    await expect(page.getByText(/Imported on/)).toHaveCount(0);
    await expect(page.getByText('Artikkelen fortsetter under annonsen')).toHaveCount(0);
    await expect(page.getByText('View more')).toHaveCount(0);
    // Pointing at a sentence highlights its translation.
    await reader.sentence('nb', NB_STATE).hover();
    await expect(reader.sentence('en', EN_STATE)).toHaveClass(/is-active/);
    // The editorial glossary marks imported text like shipped text, and its popup opens.
    await glossary.mark('nb', 'tankesmie').click();
    await expect(glossary.popup()).toContainText('think tank');

    await page.getByRole('link', { name: 'All articles' }).click();
    const card = page.getByRole('listitem').filter({ hasText: NB_TITLE });
    await expect(card.getByText('Imported', { exact: true })).toBeVisible();
    await expect(card.getByRole('time')).toHaveAttribute('datetime', '2024-03-14');
  });

  test('by file: an HTML page loses its scripts and page furniture, and runs nothing', async ({ page, reader }) => {
    const form = new ImportPage(page);
    await form.goto();
    await form.file('nb').setInputFiles(fixturePath('ferge-nb.txt'));
    await form.file('en').setInputFiles(fixturePath('ferge-en.html'));
    await expect(page.getByText('Loaded ferge-en.html')).toBeVisible();
    await form.submit().click();

    await expect(form.doneHeading()).toBeVisible();
    await expect(page.getByText(/English text: scripts, styles and other page code were removed/)).toBeVisible();
    await page.getByRole('link', { name: 'Read it' }).click();
    await expect(reader.sentence('en', EN_COST)).toBeVisible();
    await expect(reader.pane('en')).not.toContainText('Advertisement');
    await expect(reader.pane('en')).not.toContainText('Home');
    await expect(reader.pane('en')).not.toContainText('hacked');
    expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
  });

  test('bad input gets a message naming what is wrong, and nothing is stored', async ({ page }) => {
    const form = new ImportPage(page);
    await form.goto();
    const before = await articleCount(page);

    // Only one side.
    await form.text('nb').fill(await importFixture('ferge-nb.txt'));
    await form.submit().click();
    await expect(form.problems()).toContainText('The English version is empty.');

    // Two texts that do not translate each other.
    await form.text('en').fill(
      'Preheat the oven to 200 degrees. Mix the flour, butter and sugar in a bowl until crumbly.\n\nSpread the apples in a dish, cover them with the crumble and bake for 35 minutes.\n\nServe warm with vanilla custard or ice cream. Leftovers keep for two days in the fridge.',
    );
    await form.submit().click();
    await expect(form.problems()).toContainText('do not look like translations of each other');

    // A binary file, and a file in another encoding (read as Windows-1252, with a notice).
    await form.file('en').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00]) });
    await expect(page.getByText('“photo.txt” is not a text file')).toBeVisible();
    await form.file('en').setInputFiles({ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('Bl\xe5b\xe6r og r\xf8mme', 'latin1') });
    await expect(page.getByText('It was not in UTF-8, so it was read as Windows-1252 (Latin-1)')).toBeVisible();
    await form.file('en').setInputFiles({ name: 'article.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect(page.getByText('“article.pdf” is not a file Tolk can read')).toBeVisible();

    // A 5 MB paste is refused as it is pasted, and what was there stays.
    await form.text('en').fill('Short text.');
    await form.text('en').evaluate((box) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Words and more words. '.repeat(240_000));
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByText(/That paste is too long \(5,280,000 characters; at most 1,000,000\)/)).toBeVisible();
    await expect(form.text('en')).toHaveValue('Short text.');

    // Details a restore would refuse: a 301-character title with a direction override, a year outside 1800–2200.
    await form.text('en').fill(await importFixture('ferge-en.txt'));
    await form.openDetails();
    await page.getByLabel('Norwegian title').fill(`\u202E${'t'.repeat(300)}`);
    await page.getByLabel('Publication date').fill('2999-01-01');
    await form.submit().click();
    await expect(form.problems()).toContainText('Norwegian title: the text is longer than Tolk accepts');
    await expect(form.problems()).toContainText('Publication date: the value is outside the range Tolk accepts');
    await page.getByLabel('Norwegian title').fill('Tittel med \u202Eomvendt skrift');
    await form.submit().click();
    await expect(form.problems()).toContainText('Norwegian title: the text holds control characters, direction overrides or line breaks');

    expect(await articleCount(page)).toBe(before);
  });

  test('fixing the pairing by hand: join, split and move a sentence, kept after a reload', async ({ page, reader }) => {
    const form = new ImportPage(page);
    await form.goto();
    await form.importTexts(await importFixture('ferge-nb.txt'), await importFixture('ferge-en.txt'));
    await form.openEditor();

    // Pair 2 is the cost sentence; join it with pair 3 (who paid), then check the reader shows them as one pair.
    await expect(form.pair(2)).toContainText(NB_COST);
    await form.pair(2).getByRole('button', { name: 'Join pair 2 with the next pair' }).click();
    await expect(form.pair(2)).toContainText(NB_STATE);
    await expect(form.pair(2)).toContainText(EN_STATE);

    // Move the last English sentence down: pair 2 keeps both Norwegian sentences against one English.
    await form.pair(2).getByRole('button', { name: 'Move the last English sentence of pair 2 down to the next pair' }).click();
    await expect(form.pair(2)).not.toContainText(EN_STATE);
    await expect(form.pair(3)).toContainText(EN_STATE);

    // And back: split pair 2 after its first Norwegian sentence, so that each sentence has its own pair again.
    await form.pair(2).getByRole('button', { name: 'Move the next English sentence up into pair 2' }).click();
    await form.pair(2).getByRole('button', { name: 'Split pair 2 after Norwegian sentence 1' }).click();
    await expect(form.pair(2)).toContainText(NB_COST);
    await expect(form.pair(2)).toContainText(EN_COST);
    await expect(form.pair(3)).toContainText(NB_STATE);
    await expect(form.pair(3)).toContainText(EN_STATE);

    // Join again and read: the fix is what the reader shows, and a reload keeps it.
    await form.pair(2).getByRole('button', { name: 'Join pair 2 with the next pair' }).click();
    await expect(form.pair(2)).toContainText(NB_STATE);
    await page.getByRole('link', { name: 'Done: back to the article' }).click();
    await page.reload();
    await reader.whole();
    await expect(reader.sentence('nb', `${NB_COST} ${NB_STATE}`)).toBeVisible();
    await reader.sentence('nb', `${NB_COST} ${NB_STATE}`).hover();
    await expect(reader.sentence('en', `${EN_COST} ${EN_STATE}`)).toHaveClass(/is-active/);
  });

  test('delete from the library, then undo', async ({ page }) => {
    const form = new ImportPage(page);
    await form.goto();
    await form.importTexts(await importFixture('ferge-nb.txt'), await importFixture('ferge-en.txt'));
    await expect(form.doneHeading()).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();

    await page.getByRole('button', { name: `Delete “${NB_TITLE}”` }).click();
    await expect(page.getByRole('link', { name: new RegExp(NB_TITLE) })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `Deleted “${NB_TITLE}”.` })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('link', { name: new RegExp(NB_TITLE) })).toBeVisible();

    // Deleting again, without undo, is for good: the article stays away after a reload. The reload waits for the
    // delete to be stored (the list no longer shows it), and the check after it for the app's own list, not the
    // library's inert copy from before, which a busy machine may still show for a few seconds.
    await page.getByRole('button', { name: `Delete “${NB_TITLE}”` }).click();
    await expect(page.getByRole('link', { name: new RegExp(NB_TITLE) })).toHaveCount(0);
    await page.reload();
    await appTookOver(page);
    await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(NB_TITLE) })).toHaveCount(0);
  });
});
