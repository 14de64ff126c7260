// The UI language: follows the browser at first, switches between bokmål and English, and stays switched.
import { MOSCOW } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';

test('switching the UI to bokmål changes the labels and <html lang>, and survives a reload', async ({ library, page }) => {
  await library.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Articles' })).toBeVisible();

  await library.languageSwitch('Language').selectOption({ label: 'Norsk bokmål' });
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Artikler' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Artikler');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Artikler');
  await expect(library.languageSwitch('Språk')).toHaveValue('nb');
  await page.goto(`/read/${MOSCOW}`);
  await expect(page.getByRole('button', { name: 'Bytt om språkene' })).toBeVisible();
});

test.describe('with a Norwegian browser', () => {
  test.use({ uiLanguage: 'nb' });

  test('the UI starts in bokmål', async ({ library, page }) => {
    await library.goto();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Artikler');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });
});
