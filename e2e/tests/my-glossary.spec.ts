// My glossary: search, sort, filter, edit, delete with undo, and axe (its files: my-glossary-files.spec.ts).
import { AxeBuilder } from '@axe-core/playwright';
import { BELARUS } from '../fixtures/articles';
import { CSV, CSV_HEADINGS, DETAINED, DETAINED_EN, DETAINED_NB, JSON_HEADINGS, file, seed } from '../fixtures/glossaryFiles';
import { expect, test } from '../fixtures/test';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';

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
