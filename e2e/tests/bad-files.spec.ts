// Files that are not what they say, files over the limits, and keys taken from URLs: a clear message, nothing stored, the page keeps working.
import { BELARUS } from '../fixtures/articles';
import { putRaw, readRaw } from '../fixtures/rawStore';
import { expect, test } from '../fixtures/test';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';

const CSV = 'front,back\r\nblåbær,blueberry\r\nøl,beer\r\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const csvFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });

test.describe('glossary files', () => {
  let glossary: MyGlossaryPage;
  test.beforeEach(async ({ page }) => {
    glossary = new MyGlossaryPage(page);
    await glossary.goto();
  });

  test('a PNG named .csv is called a PNG image, and nothing is added', async ({ page }) => {
    await glossary.fileInput().setInputFiles(csvFile('ord.csv', PNG));
    await expect(page.getByRole('alert')).toHaveText('“ord.csv” is a PNG image, not a CSV or JSON file. Nothing was changed.');
    await expect(glossary.preview()).toBeHidden();
    expect(await readRaw(page, 'personalTerms')).toEqual([]);
  });

  test('JSON content in a .csv file is told to use JSON import', async ({ page }) => {
    await glossary.fileInput().setInputFiles(csvFile('ord.csv', Buffer.from('{"format":"tolk-glossary","version":1,"terms":[]}')));
    await expect(page.getByRole('alert')).toContainText('“ord.csv” is named .csv but holds JSON.');
  });

  test('UTF-16 with and without BOM and Windows-1252 CSV files are read correctly; the latter with a notice', async () => {
    // Several reloads and writes straight into the store, or files of megabytes: slow on a busy machine.
    test.slow();
    const cases: [string, Buffer][] = [
      ['utf16-bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')])],
      ['utf16.csv', Buffer.from(CSV, 'utf16le')],
      ['latin1.csv', Buffer.from(CSV, 'latin1')],
    ];
    for (const [name, buffer] of cases) {
      await glossary.fileInput().setInputFiles(csvFile(name, buffer));
      await expect(glossary.preview()).toContainText(`“${name}” holds:`);
      await expect(glossary.preview()).toContainText('Will add: 2');
      await expect(glossary.preview().getByText('read as Windows-1252')).toHaveCount(name === 'latin1.csv' ? 1 : 0);
    }
    await glossary.addButton().click();
    await expect(glossary.headings()).toHaveText(['øl – beer', 'blåbær – blueberry']);
  });

  test('a glossary of a newer format version is said to be from a newer Tolk', async () => {
    await glossary.fileInput().setInputFiles({ name: 'ny.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"tolk-glossary","version":2,"terms":[]}') });
    await expect(glossary.preview()).toContainText('The file was made by a newer version of Tolk.');
  });

  test('a file near the limits is read while the page answers: "Stop reading" ends it before any preview, nothing is added', async ({ page }) => {
    // A 4 MB file read twice: slow on a busy machine.
    test.slow();
    const note = 'n'.repeat(400);
    const rows = ['front,back,note', ...Array.from({ length: 10_000 }, (_, i) => `ord${i},word${i},${note} ${i}`)].join('\n');
    const file = csvFile('nesten-full.csv', Buffer.from(rows));
    // The reading worker's script is held until Stop has been clicked, so the reading is under way when it is stopped
    // (on a quiet machine the worker could otherwise finish first). Were the file parsed on the page's thread, no
    // worker would be asked for: the click would wait for the preview, and find its button gone.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route(/glossaryFile\.worker-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await glossary.fileInput().setInputFiles(file);
    await expect(glossary.status('Reading “nesten-full.csv”…')).toBeVisible();
    await page.getByRole('button', { name: 'Stop reading' }).click();
    release();
    await expect(glossary.status(/^Reading/)).toHaveCount(0);
    await expect(glossary.fileInput()).toBeFocused();
    await expect(glossary.preview()).toBeHidden();

    await glossary.fileInput().setInputFiles(file);
    await expect(glossary.addButton()).toHaveText(/^Add 10,?000 terms$/);
    await expect(glossary.preview()).toContainText('Will add: 10');
    expect(await readRaw(page, 'personalTerms')).toEqual([]);
  });

  // A 100,000-term JSON is about 8 MB, so it meets the size limit first, as the 6 MB file here does.
  test('a 50,000-row CSV and a 10,001-term JSON are refused with the limit; a 6 MB file before it is read', async ({ page }) => {
    // Several reloads and writes straight into the store, or files of megabytes: slow on a busy machine.
    test.slow();
    const rows = ['front,back', ...Array.from({ length: 50_000 }, (_, i) => `ord${i},word${i}`)].join('\n');
    await glossary.fileInput().setInputFiles(csvFile('stor.csv', Buffer.from(rows)));
    await expect(glossary.preview()).toContainText('The file holds more than 10,000 terms, more than one import takes.');
    await expect(glossary.addButton()).toBeDisabled();
    const term = { terms: { nb: 'ja', en: 'yes' }, note: '', createdAt: 1, updatedAt: 1 };
    const terms = Array.from({ length: 10_001 }, (_, i) => ({ ...term, id: String(i) }));
    await glossary.fileInput().setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'tolk-glossary', version: 1, terms })) });
    await expect(glossary.preview()).toContainText('The file holds more than 10,000 terms');
    await glossary.fileInput().setInputFiles(csvFile('enorm.csv', Buffer.alloc(6 * 1024 * 1024, 'a')));
    await expect(page.getByRole('alert')).toHaveText('“enorm.csv” is larger than 5 MB, more than a glossary file can be. Nothing was changed.');
    expect(await readRaw(page, 'personalTerms')).toEqual([]);
    // The page answered throughout: searching the (empty) glossary still works.
    await expect(glossary.heading()).toBeVisible();
  });
});

test('a sentence key from the URL that would break a selector is ignored, and the article opens', async ({ page, reader }) => {
  // whole(): the app's own panes, not the page's first-visit copy, which shows whatever the URL holds.
  await page.goto(`/read/${BELARUS}?at=%22%5D&lang=nb`);
  await reader.whole();
  await expect(reader.pane('nb')).toBeVisible();
  await page.goto(`/read/${BELARUS}?at=1.0%22%5D%20x&lang=%22`);
  await reader.whole();
  await expect(reader.pane('en')).toBeVisible();
});

test('an imported article with the id x?at="] opens its own article from the library', async ({ page, library, reader }) => {
  // Several reloads and writes straight into the store, or files of megabytes: slow on a busy machine.
  test.slow();
  await library.goto();
  await expect(library.articleLink(/The president of Belarus/)).toBeVisible();
  const [summary] = (await readRaw(page, 'articles')).filter((a) => (a as { id: string }).id === BELARUS) as Record<string, unknown>[];
  const [text] = (await readRaw(page, 'articleTexts')).filter((a) => (a as { id: string }).id === BELARUS) as Record<string, unknown>[];
  const id = 'x?at="]';
  await putRaw(page, 'articles', [{ ...summary, id, origin: 'imported', hash: 'copy', titles: { nb: 'Kopien', en: 'The copy' } }]);
  await putRaw(page, 'articleTexts', [{ ...text, id }]);
  await page.reload();
  await library.articleLink(/The copy/).click();
  await expect(page).toHaveURL(/\/read\/x%3Fat%3D%22%5D$/);
  await expect(reader.pane('nb')).toBeVisible();
  await expect(page.getByText('There is no article called')).toBeHidden();
});
