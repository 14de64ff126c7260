// The About page credits the open data Tolk ships, with version, licence and source, and states Tolk's own licence.
import { expect, test } from '../fixtures/test';

test('the About page lists each dictionary data set with its version, licence and source', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Tolk' })).toBeVisible();
  await expect(page.getByText(/MIT licence/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Dictionary data' });
  await expect(table.getByRole('row', { name: /^Apertium/ })).toContainText('GPL-2.0-or-later');
  await expect(table.getByRole('row', { name: /^FreeDict/ })).toContainText('CC-BY-SA-3.0');
  await expect(table.getByRole('row', { name: /^wink-lexicon/ })).toContainText('MIT');
  await expect(table.getByRole('row', { name: /^Bokmål–English glosses through Danish/ })).toContainText('GPL-3.0-or-later');
});

test.describe('in bokmål', () => {
  test.use({ uiLanguage: 'nb' });

  test('the About page speaks bokmål', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: 'Om Tolk' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Ordbokdata' })).toBeVisible();
  });
});
