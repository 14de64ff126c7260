// Honest labels and true marks: who wrote each pane, the note and dates, names marked quietly once per paragraph (and a switch
// for them), no marks in photo credits or inside a longer name, search counts per article, file pickers in the UI's language.
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';
import { importFixture, ImportPage } from '../pages/ImportPage';

// Each test opens one or two articles with the glossary engine; on a loaded machine that alone took over 30 s.
test.describe.configure({ timeout: 90_000 });

test.describe('who wrote each pane', () => {
  test('in English: the original and our translation, the note on its errors, the source and date', async ({ reader, page }) => {
    await reader.open(MOSCOW);
    await expect(reader.pane('nb').getByText('Original', { exact: true })).toBeVisible();
    await expect(reader.pane('en').getByText('Translated by Tolk', { exact: true })).toBeVisible();
    await expect(reader.note()).toContainText('“sine misnøyer” (correct: “sin misnøye”)');
    await expect(page.getByRole('time').first()).toHaveText('26 March 2024');
    await expect(page.getByText(/ABC Nyheter ·/)).toBeVisible();
  });

  test('in English: a machine translation as published, and an unknown outlet', async ({ reader, page }) => {
    await reader.open(BELARUS);
    await expect(reader.pane('en').getByText('Machine translation, as published', { exact: true })).toBeVisible();
    await expect(reader.pane('nb').getByText('Translated by Tolk', { exact: true })).toBeVisible();
    await expect(page.getByText(/Unknown outlet ·/)).toBeVisible();
  });

  test.describe('in bokmål', () => {
    test.use({ uiLanguage: 'nb' });

    test('the same labels in Norwegian, and the note in Norwegian', async ({ reader, page }) => {
      await reader.open(BELARUS);
      await expect(reader.pane('en').getByText('Maskinoversettelse, slik den ble publisert', { exact: true })).toBeVisible();
      await expect(reader.pane('nb').getByText('Oversatt av Tolk', { exact: true })).toBeVisible();
      await expect(reader.note()).toContainText('nyhetsaggregator');
      await expect(page.getByRole('time').first()).toHaveText('26. mars 2024');
      await reader.open(MOSCOW);
      await expect(reader.pane('nb').getByText('Original', { exact: true })).toBeVisible();
    });
  });
});

test.describe('dates of imported articles', () => {
  test('a pair with no date in its text shows no publication date but "Imported on" its day, in both UI languages', async ({ page, reader, library }) => {
    await page.clock.setFixedTime(new Date('2026-05-04T12:00:00Z'));
    const form = new ImportPage(page);
    await form.goto();
    // The ferry pair without its datelines ("Publisert 14. mars 2024", "Published March 14, 2024").
    await form.importTexts((await importFixture('ferge-nb.txt')).replace(/^Publisert .*$/mu, ''), (await importFixture('ferge-en.txt')).replace(/^Published .*$/mu, ''));
    await expect(form.doneHeading()).toBeVisible();
    await page.getByRole('link', { name: 'Read it' }).click();
    await expect(reader.pane('nb')).toBeVisible();
    await expect(page.getByText('Imported on 4 May 2026', { exact: true })).toBeVisible();
    await expect(page.getByRole('time')).toHaveText(['4 May 2026']);

    await page.getByRole('link', { name: 'All articles' }).click();
    const card = page.getByRole('listitem').filter({ hasText: 'Elektriske ferger tar over Oslofjorden' });
    await expect(card.getByRole('term')).toContainText(['Imported on']);
    await expect(card.getByRole('time')).toHaveText('4 May 2026');

    await library.languageSwitch('Language').selectOption({ label: 'Norsk bokmål' });
    await expect(card.getByRole('time')).toHaveText('4. mai 2026');
    await library.articleLink('Elektriske ferger tar over Oslofjorden').click();
    await expect(page.getByText('Importert 4. mai 2026', { exact: true })).toBeVisible();
  });
});

test.describe('names in the glossary', () => {
  test('a name is marked once per paragraph and more quietly than a word; a later occurrence still opens its popup', async ({ reader, glossary, page }) => {
    await reader.open(MOSCOW);
    const paragraph = reader.pane('nb').getByRole('paragraph').filter({ hasText: 'Dette har Ukraina gått ut og avvist.' });
    await expect(paragraph.getByRole('button', { name: 'Ukraina', exact: true })).toHaveCount(1);
    const name = glossary.mark('nb', 'Ukraina').first();
    const word = glossary.mark('nb', 'splid');
    await expect(name).toHaveCSS('text-decoration-thickness', '1px');
    await expect(word).toHaveCSS('text-decoration-thickness', '2px');

    await reader.sentence('nb', 'Dette har Ukraina gått ut og avvist.').getByText('Ukraina', { exact: true }).click();
    await expect(glossary.popup()).toBeVisible();
    await expect(glossary.popup()).toContainText('Ukraine');
    await page.keyboard.press('Escape');
  });

  test('the terms panel lists words before names', async ({ reader, glossary }) => {
    await reader.open(MOSCOW);
    await glossary.panelButton().click();
    await expect(glossary.panel().getByRole('heading', { level: 3 })).toHaveText(['Words', 'Names']);
    await expect(glossary.panel().getByRole('region', { name: 'Words' }).getByRole('button', { name: 'splid · rift' })).toBeVisible();
    await expect(glossary.panel().getByRole('region', { name: 'Names' }).getByRole('button', { name: 'Moskva · Moscow' })).toBeVisible();
  });

  test('a switch hides the name marks, keeps the words, and is remembered', async ({ reader, glossary, page }) => {
    await reader.open(MOSCOW);
    await expect(glossary.mark('nb', 'Ukraina').first()).toBeVisible();
    await glossary.namesSwitch().click();
    await expect(glossary.namesSwitch()).toHaveAttribute('aria-checked', 'false');
    await expect(glossary.mark('nb', 'Ukraina')).toHaveCount(0);
    await expect(glossary.mark('nb', 'splid')).toBeVisible();
    await page.reload();
    await expect(glossary.mark('nb', 'splid')).toBeVisible();
    await expect(glossary.namesSwitch()).toHaveAttribute('aria-checked', 'false');
    await expect(glossary.mark('nb', 'Ukraina')).toHaveCount(0);
  });

  test('no mark in a photo credit, nor "Moscow" inside "The Moscow Times"', async ({ reader, glossary }) => {
    await reader.open(MOSCOW);
    await expect(glossary.mark('nb', 'splid')).toBeVisible();
    const caption = reader.pane('en').getByRole('paragraph').filter({ hasText: 'Photo: Kristina Kormilitsyna / Sputnik / Kremlin / AP / NTB' }).first();
    await expect(caption.getByRole('button', { name: 'Emomali Rahmon' })).toBeVisible();
    await expect(caption.getByRole('button', { name: 'Kremlin' })).toHaveCount(0);
    await expect(reader.pane('nb').getByRole('paragraph').filter({ hasText: 'Foto: Kristina' }).getByRole('button', { name: 'Kreml' })).toHaveCount(0);
    const times = reader.pane('en').getByRole('paragraph').filter({ hasText: 'according to The Moscow Times' });
    await expect(times.getByRole('button', { name: 'The Moscow Times', exact: true })).toBeVisible();
    await expect(times.getByRole('button', { name: 'Moscow', exact: true })).toHaveCount(0);

    await reader.open(BELARUS);
    await expect(glossary.mark('nb', 'Tankesmien')).toBeVisible();
    await expect(reader.pane('nb').getByRole('button', { name: /KREMLIN/ })).toHaveCount(0);
  });
});

test('search shows each article with its count of matching sentences, the first few, and more on request', async ({ library, page }) => {
  await library.goto();
  await page.getByRole('searchbox', { name: 'Search all articles' }).fill('Putin');
  // The first search opens (and on a fresh profile builds) the index: slow on a busy machine.
  await expect(page.getByRole('status').filter({ hasText: /matching sentences in 2 articles/ })).toBeVisible({ timeout: 20_000 });
  const belarus = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The president of Belarus is causing trouble for Putin' }) });
  await expect(belarus.getByText(/^\d+ matching sentences$/)).toBeVisible();
  const count = Number((await belarus.getByText(/^\d+ matching sentences$/).textContent())?.split(' ')[0]);
  expect(count).toBeGreaterThan(10);
  const sentences = belarus.getByRole('list', { name: /^Matching sentences in/ }).getByRole('listitem');
  await expect(sentences).toHaveCount(3);
  // The word is marked in both languages of a sentence pair.
  await expect(sentences.nth(1).locator('mark')).toHaveText(['Putin', 'Putin']);
  await belarus.getByRole('button', { name: /^Show \d+ more sentences$/ }).click();
  await expect(sentences).toHaveCount(count);
});

test.describe('file pickers speak the UI language', () => {
  test('the import page and My glossary in English, with the chosen file named', async ({ page }) => {
    await new ImportPage(page).goto();
    await expect(page.getByText('Or choose a Norwegian file', { exact: true })).toBeVisible();
    await expect(page.getByText('No file chosen').first()).toBeVisible();
    await page.getByLabel('Or choose an English file').setInputFiles({ name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('A story.') });
    await expect(page.getByText('story.txt', { exact: true })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'My glossary' }).click();
    await expect(page.getByText('Import from a CSV or JSON file', { exact: true })).toBeVisible({ timeout: 15_000 });
  });

  test.describe('in bokmål', () => {
    test.use({ uiLanguage: 'nb' });

    test('the backup restore says it in Norwegian and is reached by Tab', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('navigation').getByRole('link', { name: 'Innstillinger' }).click();
      // The settings page loads on first use: slow on a busy machine.
      await expect(page.getByText('Gjenopprett fra en sikkerhetskopi', { exact: true })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByText('Ingen fil valgt')).toBeVisible();
      await page.getByRole('button', { name: 'Lagre en sikkerhetskopi' }).focus();
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Gjenopprett fra en sikkerhetskopi')).toBeFocused();
    });
  });
});
