// My glossary's files: import with a preview that names duplicates and rejected lines, refusal of what is not a glossary, and export that imports again elsewhere.
import { readFile } from 'node:fs/promises';
import { BELARUS } from '../fixtures/articles';
import { CSV, CSV_HEADINGS, DETAINED, DETAINED_EN, DETAINED_NB, JSON_HEADINGS, file, seed } from '../fixtures/glossaryFiles';
import { expect, test } from '../fixtures/test';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';

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
