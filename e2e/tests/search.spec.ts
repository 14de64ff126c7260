// Search across all articles from the library: as you type, inflection- and accent-tolerant, a sentence with its counterpart that opens the article there.
import { expect, test } from '../fixtures/test';

const ISW_NB = 'Tankesmien Institute for the Study of War (ISW) påpeker at det direkte undergraver Kremls versjon av terroristenes fluktrute.';
const ISW_EN = 'The think tank The Institute for the Study of War (ISW) points out that it directly undermines Kremlin’s version of the escape route of the terrorists.';

test.describe('search', () => {
  test('finds a sentence by another form of the word, shows its translation, and opens the article at it', async ({ page, library, reader }) => {
    await library.goto();
    const search = page.getByRole('searchbox', { name: 'Search all articles' });
    // "tankesmier" (plural) is not in the text; "tankesmien" and "tankesmie" are: the stem finds them.
    await search.fill('tankesmier undergraver');
    const results = page.getByRole('list', { name: 'Search results' });
    const result = results.getByRole('link').filter({ hasText: ISW_NB });
    await expect(result).toBeVisible();
    await expect(result).toContainText(ISW_EN);
    await expect(result.locator('mark').first()).toHaveText('Tankesmien');
    await expect(page.getByRole('status').filter({ hasText: /matching sentence/ })).toBeVisible();

    // By keyboard, so that no mouse pointer rests on the reader and highlights another sentence.
    await result.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/read\/belarus-president-putin\?at=/);
    // The sentence is where the keyboard is, and both it and its counterpart are highlighted.
    await expect(reader.sentence('nb', ISW_NB)).toBeFocused();
    await expect(reader.sentence('nb', ISW_NB)).toHaveClass(/is-active/);
    await expect(reader.sentence('en', ISW_EN)).toHaveClass(/is-active/);
  });

  test('results come as you type, in either language, and an empty query brings the list back', async ({ page, library }) => {
    await library.goto();
    const search = page.getByRole('searchbox', { name: 'Search all articles' });
    const results = page.getByRole('list', { name: 'Search results' });
    await search.pressSequentially('escape ro');
    await expect(results.getByRole('link').filter({ hasText: 'escape route' }).first()).toBeVisible();
    await search.fill('qxzqxz');
    await expect(page.getByText('No sentence matches your search.')).toBeVisible();
    await search.fill('');
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  });

  test('an imported article is found too', async ({ page, library }) => {
    await library.goto();
    const search = page.getByRole('searchbox', { name: 'Search all articles' });
    await search.focus();
    await page.getByRole('link', { name: 'Import an article' }).click();
    await page.getByLabel('Norwegian text').fill('Blåbærsyltetøy på vaffler\n\nBestemor lager blåbærsyltetøy hver august. Hun plukker bærene selv.');
    await page.getByLabel('English text').fill('Blueberry jam on waffles\n\nGrandma makes blueberry jam every August. She picks the berries herself.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Imported: Blåbærsyltetøy på vaffler' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();
    await page.getByRole('searchbox', { name: 'Search all articles' }).fill('blåbærsyltetøy august');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').filter({ hasText: 'Grandma makes blueberry jam every August.' })).toBeVisible();
  });
});
