// No record can brick a page: bad files are refused naming record and field, and records written straight into the store show as damaged rows with Delete.
import { BELARUS } from '../fixtures/articles';
import { putRaw, readRaw } from '../fixtures/rawStore';
import { expect, test } from '../fixtures/test';
import { appTookOver } from '../pages/appTookOver';
import { DamagedEntries } from '../pages/DamagedEntries';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';

const DAY = Date.UTC(2024, 2, 27);
const GOOD_TERM = { id: 'good', terms: { nb: 'tankesmie', en: 'think tank' }, note: '', createdAt: DAY, updatedAt: DAY };
const OUT_OF_RANGE = 'the value is outside the range Tolk accepts (timestamps from 1970 and article dates from 1800, both up to 2200; counts not negative).';

const json = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
const backupWith = (content: { personalTerms?: unknown[]; importedArticles?: unknown[] }) => ({
  format: 'tolk-backup',
  version: 3,
  exportedAt: '2024-03-27T00:00:00.000Z',
  settings: {},
  positions: [],
  personalTerms: [],
  importedArticles: [],
  ...content,
});
const ARTICLE_SUMMARY = { id: 'mine', origin: 'imported', hash: 'h', titles: { nb: 'Min sak', en: 'My story' }, source: '', date: '2024-03-22', original: 'nb', words: { nb: 2, en: 2 } };
const ARTICLE_ALIGNMENT = { articleId: 'mine', confidence: 0.9, alignment: { sentences: { nb: ['Hei.', 'Ha det.'], en: ['Hi.', 'Bye.'] }, links: [{ nb: 1, en: 1, block: 'paragraph' }, { nb: 1, en: 1 }] } };

test('records written straight into the store show as damaged rows on My glossary, and each can be deleted', async ({ page }) => {
  // Several reloads and writes straight into the store: slow on a busy machine.
  test.slow();
  const glossary = new MyGlossaryPage(page);
  const damaged = new DamagedEntries(page);
  await glossary.goto();
  await putRaw(page, 'personalTerms', [
    GOOD_TERM,
    { ...GOOD_TERM, id: 'huge', terms: { nb: 'øl', en: 'beer' }, createdAt: 1e300, updatedAt: 1e300 },
    { ...GOOD_TERM, id: 'negative', terms: { nb: 'ja', en: 'yes' }, updatedAt: -1e20 },
    { id: 'no-terms', note: 'left by an old version', createdAt: DAY, updatedAt: DAY },
    { id: 'no-dates', terms: { nb: 'hei', en: 'hi' }, note: '' },
    { ...GOOD_TERM, id: 'blank', terms: { nb: '', en: ' ' } },
  ]);
  await page.reload();

  await expect(glossary.heading()).toBeVisible();
  await expect(glossary.headings()).toHaveText(['tankesmie – think tank']);
  await expect(page.getByRole('heading', { name: '5 damaged entries' })).toBeVisible();
  await expect(damaged.rows()).toHaveCount(5);
  await damaged.deleteButton('øl – beer (createdAt)').click();
  await expect(damaged.rows()).toHaveCount(4);
  for (const label of ['ja – yes (updatedAt)', 'no-terms (terms)', 'hei – hi (createdAt)', 'blank (terms)']) await damaged.deleteButton(label).click();
  await expect(damaged.rows()).toHaveCount(0);
  expect(await readRaw(page, 'personalTerms')).toEqual([GOOD_TERM]);
  // The page still works: the good term can be edited.
  await glossary.editButton('tankesmie').click();
  await expect(glossary.field('nb')).toHaveValue('tankesmie');
});

test('a JSON term file with createdAt 1e300 and updatedAt -1e20 is refused term by term, naming the field, and nothing is added', async ({ page }) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.goto();
  const terms = [
    { ...GOOD_TERM, id: 'a', createdAt: 1e300 },
    { ...GOOD_TERM, id: 'b', terms: { nb: 'øl', en: 'beer' }, updatedAt: -1e20 },
  ];
  await glossary.fileInput().setInputFiles(json('terms.json', { format: 'tolk-glossary', version: 1, terms }));
  await expect(glossary.preview()).toContainText('Will add: 0');
  await expect(glossary.preview()).toContainText(`Term 1: the field “createdAt”: ${OUT_OF_RANGE}`);
  await expect(glossary.preview()).toContainText(`Term 2: the field “updatedAt”: ${OUT_OF_RANGE}`);
  await expect(glossary.addButton()).toBeDisabled();
  expect(await readRaw(page, 'personalTerms')).toEqual([]);
});

test('a backup with a term dated 1e300, or an article dated "not a date", is refused naming the record and field, and nothing changes', async ({ page, library }) => {
  await page.goto('/settings');
  const input = page.getByLabel('Restore from a backup file');
  await input.setInputFiles(json('terms.json', backupWith({ personalTerms: [{ ...GOOD_TERM, createdAt: 1e300 }] })));
  await expect(page.getByRole('alert')).toHaveText(`“terms.json” cannot be restored. Field personalTerms[0].createdAt: ${OUT_OF_RANGE} Nothing was changed.`);
  await input.setInputFiles(json('negative.json', backupWith({ personalTerms: [{ ...GOOD_TERM, updatedAt: -1e20 }] })));
  await expect(page.getByRole('alert')).toContainText('Field personalTerms[0].updatedAt');
  await input.setInputFiles(json('article.json', backupWith({ importedArticles: [{ summary: { ...ARTICLE_SUMMARY, date: 'not a date' }, alignment: ARTICLE_ALIGNMENT }] })));
  await expect(page.getByRole('alert')).toHaveText(
    '“article.json” cannot be restored. Field importedArticles[0] (mine).summary.date: it is not a date (YYYY-MM-DD is expected). Nothing was changed.',
  );
  expect(await readRaw(page, 'personalTerms')).toEqual([]);
  expect((await readRaw(page, 'articles')).some((a) => (a as { id: string }).id === 'mine')).toBe(false);
  await library.goto();
  await expect(library.articleLink(/The president of Belarus/)).toBeVisible();
});

test('a library card that cannot be shown becomes a damaged row with Delete; the rest of the library stays', async ({ page, library }) => {
  // Several reloads and writes straight into the store, or files of megabytes: slow on a busy machine.
  test.slow();
  const damaged = new DamagedEntries(page);
  await library.goto();
  await expect(library.articleLink(/The president of Belarus/)).toBeVisible();
  await putRaw(page, 'articles', [{ ...ARTICLE_SUMMARY, id: 'bad-date', date: 'not a date' }]);
  await page.reload();
  await expect(damaged.rows()).toHaveCount(1);
  await expect(library.articleLink(/The president of Belarus/)).toBeVisible();
  await damaged.deleteButton('bad-date').click();
  await expect(damaged.rows()).toHaveCount(0);
  expect((await readRaw(page, 'articles')).some((a) => (a as { id: string }).id === 'bad-date')).toBe(false);
  // Every unknown path shows the library too, and it renders.
  await page.goto('/no/such/page');
  await expect(library.articleLink(/The president of Belarus/)).toBeVisible();
});

test('an imported article whose text is damaged opens to a message with Delete and a way back, not a blank page', async ({ page, library }) => {
  // Several reloads and writes straight into the store, or files of megabytes: slow on a busy machine.
  test.slow();
  const damaged = new DamagedEntries(page);
  await library.goto();
  await expect(library.articleLink(/The president of Belarus/)).toBeVisible();
  await putRaw(page, 'articles', [{ ...ARTICLE_SUMMARY, id: 'broken-text' }]);
  await putRaw(page, 'articleTexts', [{ id: 'broken-text', versions: null }]);
  await page.goto('/read/broken-text');
  await expect(damaged.pageFailed()).toBeVisible();
  await expect(damaged.toLibraryLink()).toBeVisible();
  await damaged.deleteButton('broken-text').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(library.articleLink(/The president of Belarus/)).toBeVisible();
  expect((await readRaw(page, 'articles')).some((a) => (a as { id: string }).id === 'broken-text')).toBe(false);
  // The way out works for a shipped article's page too: the header and links are never lost.
  await page.goto(`/read/${BELARUS}`);
  await appTookOver(page); // the app's panes, not the page's first-visit copy
  await expect(page.getByRole('region', { name: 'Norsk', exact: true })).toBeVisible();
});
