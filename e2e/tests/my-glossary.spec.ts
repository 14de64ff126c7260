// My glossary: import with a preview, search, sort, filter, edit, delete with undo, and export that imports again elsewhere.
import { AxeBuilder } from '@axe-core/playwright';
import type { TestInfo } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { BELARUS } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';

// Quotes, commas, a line break inside a quoted field, æøå and an emoji; line 9 repeats line 2, line 10 has no letters in front.
const CSV = [
  'front,back,note,context',
  'tankesmie,think tank,"a group that thinks, for money",',
  '"«sitat», med komma","a ""quote"", with commas","line one',
  'line two",',
  'blåbærsyltetøy,blueberry jam,🫐 on waffles,',
  'kafé,café,,',
  'øl,beer,,',
  ',remand,varetekt,',
  'Tankesmien,,,',
  '1984,nineteen eighty-four,,',
].join('\r\n');

/** Newest first after importing CSV: the file's last added row is the newest. */
const CSV_HEADINGS = ['remand', 'øl – beer', 'kafé – café', 'blåbærsyltetøy – blueberry jam', '«sitat», med komma – a "quote", with commas', 'tankesmie – think tank'];

// Terms with the sentence they were picked from, as a JSON export keeps them (the reader is where such terms are made).
const DETAINED_NB = 'For historien fra russiske myndigheter har vært at de fire mennene som ble varetektsfengslet for terroren søndag, var på vei til Ukraina.';
const DETAINED_EN = 'Because the story from the Russian authorities has been that the four men who were imprisoned for the terror on Sunday were going to Ukraine.';
const JSON_FILE = {
  format: 'tolk-glossary',
  version: 1,
  terms: [
    {
      id: 'json-1',
      terms: { nb: 'varetektsfengslet', en: 'imprisoned' },
      note: '',
      context: { articleId: BELARUS, block: 4, seg: 1, nb: DETAINED_NB, en: DETAINED_EN },
      createdAt: Date.UTC(2024, 2, 27),
      updatedAt: Date.UTC(2024, 2, 27),
    },
    {
      id: 'json-2',
      terms: { nb: 'fluktrute', en: 'escape route' },
      note: 'flukt + rute',
      context: {
        articleId: BELARUS,
        block: 4,
        seg: 0,
        nb: 'Tankesmien Institute for the Study of War (ISW) påpeker at det direkte undergraver Kremls versjon av terroristenes fluktrute.',
        en: 'The think tank The Institute for the Study of War (ISW) points out that it directly undermines Kremlin’s version of the escape route of the terrorists.',
      },
      createdAt: Date.UTC(2024, 2, 26),
      updatedAt: Date.UTC(2024, 2, 26),
    },
    { id: 'json-3', terms: { nb: 'mobilisering', en: 'mobilization' }, note: '', createdAt: Date.UTC(2024, 2, 25), updatedAt: Date.UTC(2024, 2, 25) },
  ],
};
const DETAINED = 'varetektsfengslet – imprisoned';
const JSON_HEADINGS = [DETAINED, 'fluktrute – escape route', 'mobilisering – mobilization'];

async function file(testInfo: TestInfo, name: string, text: string) {
  const path = testInfo.outputPath(name);
  await writeFile(path, text);
  return path;
}

async function seed(glossary: MyGlossaryPage, testInfo: TestInfo, which: { csv?: boolean; json?: boolean } = { csv: true }) {
  await glossary.goto();
  if (which.csv) {
    await glossary.importFile(await file(testInfo, 'seed.csv', CSV));
    await expect(glossary.status('Added 6 terms.')).toBeVisible();
  }
  if (which.json) {
    await glossary.importFile(await file(testInfo, 'seed.json', JSON.stringify(JSON_FILE)));
    await expect(glossary.status('Added 3 terms.')).toBeVisible();
  }
}

test('imports a CSV with quotes, line breaks, æøå and emoji after a preview that names the duplicate and the rejected line', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.goto();
  await expect(page.getByRole('heading', { name: 'Your glossary is empty' })).toBeVisible();
  await expect(page.getByText('select a word or phrase in an article and choose “Add to glossary”')).toBeVisible();

  await glossary.chooseFile(await file(testInfo, 'terms.csv', CSV));
  const preview = glossary.preview();
  await expect(preview.getByRole('listitem')).toContainText(['Will add: 6', 'Skipped as duplicates: 1', 'Rejected: 1']);
  await expect(preview.getByRole('list', { name: 'Rejected rows' }).getByRole('listitem')).toHaveText([
    'Line 10: the Norwegian term has no letters (digits and punctuation alone are not a term).',
  ]);
  await expect(preview.getByRole('list', { name: 'Duplicates' }).getByRole('listitem')).toHaveText(['Line 9: same as line 2 of this file.']);
  await glossary.addButton().click();

  await expect(glossary.status('Added 6 terms.')).toBeVisible();
  await expect(glossary.preview()).toBeHidden();
  await expect(glossary.count()).toHaveText('6 terms');
  await expect(glossary.headings()).toHaveText(CSV_HEADINGS);
  const quoted = glossary.item('«sitat», med komma – a "quote", with commas');
  await expect(quoted.getByText('line one\nline two')).toBeVisible();
  await expect(glossary.item(/^blåbærsyltetøy/)).toContainText('🫐 on waffles');
  await expect(glossary.item('remand').getByText('varetekt')).toBeVisible();

  // The same file again: everything is a duplicate now, so there is nothing to add.
  await glossary.chooseFile(await file(testInfo, 'terms.csv', CSV));
  await expect(preview.getByRole('listitem').first()).toHaveText('Will add: 0');
  await expect(preview.getByRole('list', { name: 'Duplicates' })).toContainText('Line 2: same as “tankesmie – think tank”, already in your glossary.');
  await expect(glossary.addButton()).toBeDisabled();
  await glossary.cancelImportButton().click();
  await expect(preview).toBeHidden();
  await expect(glossary.fileInput()).toBeFocused();
});

test('a file that is not a glossary is rejected as a whole and adds nothing', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.goto();
  await glossary.chooseFile(await file(testInfo, 'notes.json', '{"terms": []}'));
  await expect(glossary.preview().getByRole('list', { name: 'Rejected rows' })).toHaveText('The file is not a Tolk glossary: a JSON file from “Export JSON” is expected.');
  await expect(glossary.addButton()).toBeDisabled();
  await glossary.chooseFile(await file(testInfo, 'broken.csv', 'front,back\n"tankesmie,think tank\n'));
  await expect(glossary.preview().getByRole('list', { name: 'Rejected rows' })).toHaveText(
    'Line 2: a quotation mark is never closed, so the rest of the file could not be read.',
  );
  await expect(glossary.list()).toBeHidden();
});

test('search finds either language and the note, ignores accents but keeps æ, ø and å apart', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await seed(glossary, testInfo);
  const search = async (query: string) => glossary.search().fill(query);

  await search('cafe');
  await expect(glossary.headings()).toHaveText(['kafé – café']);
  await expect(glossary.count()).toHaveText('1 of 6 terms');
  await search('KAFE');
  await expect(glossary.headings()).toHaveText(['kafé – café']);
  await search('think');
  await expect(glossary.headings()).toHaveText(['tankesmie – think tank']);
  await search('smie');
  await expect(glossary.headings()).toHaveText(['tankesmie – think tank']);
  await search('waffles');
  await expect(glossary.headings()).toHaveText(['blåbærsyltetøy – blueberry jam']);
  await search('øl');
  await expect(glossary.headings()).toHaveText(['øl – beer']);
  await search('ol');
  await expect(glossary.count()).toHaveText('0 of 6 terms');
  await expect(page.getByText('No terms match.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all terms' }).click();
  await expect(glossary.search()).toHaveValue('');
  await expect(glossary.count()).toHaveText('6 terms');
});

test('sorts A–Z by the English terms in English', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await seed(glossary, testInfo);
  await glossary.sort().selectOption({ label: 'A–Z' });
  await expect(glossary.headings()).toHaveText([
    '«sitat», med komma – a "quote", with commas',
    'øl – beer',
    'blåbærsyltetøy – blueberry jam',
    'kafé – café',
    'remand',
    'tankesmie – think tank',
  ]);
  await glossary.sort().selectOption({ label: 'Newest first' });
  await expect(glossary.headings()).toHaveText(CSV_HEADINGS);
});

test.describe('in Norwegian', () => {
  test.use({ uiLanguage: 'nb' });

  test('sorts A–Å by the Norwegian terms, with æ, ø and å after z', async ({ page }, testInfo) => {
    const glossary = new MyGlossaryPage(page, 'nb');
    await glossary.goto();
    await glossary.importFile(await file(testInfo, 'ord.csv', CSV));
    await expect(glossary.status('La til 6 ord.')).toBeVisible();
    await glossary.sort().selectOption({ label: 'A–Å' });
    // "remand" has no Norwegian side, so it sorts under its English one.
    await expect(glossary.headings()).toHaveText([/^«sitat»/, /^blåbærsyltetøy/, /^kafé/, 'remand', /^tankesmie/, /^øl/]);
  });
});

test('filters by the article a term comes from, and links to that article', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await seed(glossary, testInfo, { csv: true, json: true });
  await expect(glossary.count()).toHaveText('9 terms');
  const options = glossary.articleFilter().getByRole('option');
  await expect(options).toHaveText(['All articles', 'The president of Belarus is causing trouble for Putin', 'Not from an article']);

  await glossary.articleFilter().selectOption({ label: 'The president of Belarus is causing trouble for Putin' });
  await expect(glossary.count()).toHaveText('2 of 9 terms');
  await expect(glossary.headings()).toHaveText(JSON_HEADINGS.slice(0, 2));
  const detained = glossary.item(DETAINED);
  await expect(detained.getByText(DETAINED_NB)).toHaveAttribute('lang', 'nb');
  await expect(detained.getByText(DETAINED_EN)).toHaveAttribute('lang', 'en');

  await glossary.articleFilter().selectOption({ label: 'Not from an article' });
  await expect(glossary.count()).toHaveText('7 of 9 terms');
  await glossary.search().fill('mobil');
  await expect(glossary.headings()).toHaveText(['mobilisering – mobilization']);
  await glossary.search().fill('');

  await glossary.articleFilter().selectOption({ label: 'The president of Belarus is causing trouble for Putin' });
  await glossary.openArticleLink(DETAINED).click();
  await expect(page).toHaveURL(`/read/${BELARUS}`);
  await expect(page.getByRole('region', { name: 'Norsk', exact: true })).toBeVisible();
});

test('an edit that breaks the term is explained at the field and not saved; a good edit is saved', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await seed(glossary, testInfo);

  await glossary.editButton('tankesmie').click();
  await expect(glossary.field('nb')).toBeFocused();
  await glossary.field('nb').fill('');
  await glossary.field('en').fill('');
  await glossary.saveButton().click();
  for (const side of ['nb', 'en'] as const) {
    await expect(glossary.field(side)).toHaveAttribute('aria-invalid', 'true');
    await expect(glossary.field(side)).toHaveAccessibleDescription('Enter the term in at least one language.');
  }
  await expect(glossary.field('nb')).toBeFocused();

  await glossary.field('nb').fill('1984');
  await expect(glossary.field('nb')).toHaveAccessibleDescription('A term needs at least one letter; digits and punctuation alone are not a term.');
  await expect(glossary.field('en')).not.toHaveAttribute('aria-invalid', 'true');

  await glossary.field('nb').fill('Øl');
  await glossary.saveButton().click();
  await expect(glossary.field('nb')).toHaveAccessibleDescription('You already have “øl – beer” in your glossary.');
  await expect(glossary.editForm()).toBeVisible();

  await glossary.cancelButton().click();
  await expect(glossary.editForm()).toBeHidden();
  await expect(glossary.editButton('tankesmie')).toBeFocused();
  await page.reload();
  await expect(glossary.headings()).toHaveText(CSV_HEADINGS);

  await glossary.editButton('tankesmie').click();
  await glossary.field('en').fill('policy institute');
  await glossary.field('note').fill('Ein tankesmie lagar rapportar.\nNynorsk!');
  await glossary.saveButton().click();
  await expect(glossary.editForm()).toBeHidden();
  await expect(glossary.editButton('tankesmie')).toBeFocused();
  const edited = glossary.item('tankesmie – policy institute');
  await expect(edited.getByText('Ein tankesmie lagar rapportar.\nNynorsk!')).toBeVisible();
  await page.reload();
  await expect(glossary.item('tankesmie – policy institute')).toBeVisible();
  await expect(glossary.count()).toHaveText('6 terms');
});

test('a deleted term can be brought back with Undo', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await seed(glossary, testInfo);

  await glossary.deleteButton('kafé').click();
  await expect(glossary.item('kafé – café')).toHaveCount(0);
  await expect(glossary.count()).toHaveText('5 terms');
  await expect(glossary.status('Deleted “kafé”.')).toBeVisible();
  await expect(glossary.undoButton()).toBeFocused();

  await glossary.undoButton().click();
  await expect(glossary.status('Deleted “kafé”.')).toHaveCount(0);
  await expect(glossary.headings()).toHaveText(CSV_HEADINGS);
  await expect(glossary.count()).toHaveText('6 terms');
  await expect(glossary.deleteButton('kafé')).toBeFocused();
  await page.reload();
  await expect(glossary.headings()).toHaveText(CSV_HEADINGS);
});

test('exported CSV and JSON files import into another browser profile with the same terms', async ({ page, browser }, testInfo) => {
  test.slow(); // three browser profiles, each loading the app and its articles
  const glossary = new MyGlossaryPage(page);
  await seed(glossary, testInfo, { csv: true, json: true });
  const headings = [...CSV_HEADINGS, ...JSON_HEADINGS];
  await expect(glossary.headings()).toHaveText(headings);
  // A note a spreadsheet would run as a formula: guarded in the file, given back unchanged by Tolk's own import.
  await glossary.editButton('kafé').click();
  await glossary.field('note').fill('=1+1, or so');
  await glossary.saveButton().click();
  await expect(glossary.editForm()).toBeHidden();

  const csv = await glossary.exportCsv();
  expect(csv.suggestedFilename()).toMatch(/^tolk-glossary-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = testInfo.outputPath('export.csv');
  await csv.saveAs(csvPath);
  // The header lines Anki's importer reads, before the notes.
  expect((await readFile(csvPath, 'utf8')).split('\r\n').slice(0, 5)).toEqual(['#separator:Comma', '#html:false', '#deck:Tolk', '#tags:tolk', '#columns:front,back,note,context']);
  expect(await readFile(csvPath, 'utf8')).toContain(`kafé,café,"'=1+1, or so"`);
  const json = await glossary.exportJson();
  expect(json.suggestedFilename()).toMatch(/^tolk-glossary-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = testInfo.outputPath('export.json');
  await json.saveAs(jsonPath);

  for (const [path, kind] of [
    [csvPath, 'csv'],
    [jsonPath, 'json'],
  ] as const) {
    const fresh = await browser.newContext({ locale: 'en-GB' });
    const other = new MyGlossaryPage(await fresh.newPage());
    await other.goto();
    await other.chooseFile(path);
    await expect(other.preview().getByRole('listitem')).toContainText(['Will add: 9', 'Skipped as duplicates: 0', 'Rejected: 0']);
    if (kind === 'csv') await expect(other.preview()).toContainText('The sentences in the file’s context column will be added to the notes.');
    await other.addButton().click();
    await expect(other.status('Added 9 terms.')).toBeVisible();
    await expect(other.headings()).toHaveText(headings);
    await expect(other.item(/^«sitat»/).getByText('line one\nline two')).toBeVisible();
    await expect(other.item(/^blåbærsyltetøy/)).toContainText('🫐 on waffles');
    await expect(other.item('kafé – café').getByText('=1+1, or so', { exact: true })).toBeVisible();
    const detained = other.item(DETAINED);
    if (kind === 'json') {
      // JSON keeps the sentence pair and its article.
      await expect(detained.getByText(DETAINED_NB)).toHaveAttribute('lang', 'nb');
      await expect(other.openArticleLink(DETAINED)).toHaveAttribute('href', `/read/${BELARUS}`);
    } else {
      // CSV has the sentences as text only: they come back in the note.
      await expect(detained).toContainText(`${DETAINED_NB} / ${DETAINED_EN}`);
      await expect(other.openArticleLink(DETAINED)).toHaveCount(0);
    }
    await fresh.close();
  }
});

test('has no axe violations with terms, an edit form showing a problem and an import preview', async ({ page }, testInfo) => {
  test.slow(); // axe walks every node; on a busy 2-core machine that takes long
  const glossary = new MyGlossaryPage(page);
  await seed(glossary, testInfo, { csv: true, json: true });
  await glossary.editButton('tankesmie').click();
  await glossary.field('nb').fill('');
  await glossary.field('en').fill('');
  await glossary.saveButton().click();
  await glossary.chooseFile(await file(testInfo, 'again.csv', CSV));
  await expect(glossary.preview()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations).toEqual([]);
});
