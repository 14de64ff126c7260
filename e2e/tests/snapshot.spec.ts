// The library paints from its last snapshot before the app's scripts run: at once, as text only, inert until the app takes over.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/test';
import { IMPORT_FIXTURES, ImportPage } from '../pages/ImportPage';

// Routing sees every request only without a service worker in between.
test.use({ serviceWorkers: 'block' });

/** Holds the app's entry script back, so that what shows meanwhile can be checked; returns the release. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a returning reader sees the library before the app has started, and can use it once it has', async ({ page, library }) => {
  await library.goto();
  await expect(library.articleLink(/Russland/)).toBeVisible();
  await page.waitForFunction(() => localStorage.getItem('tolk:library-snapshot') !== null);

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('inert', '');
  await expect(root.getByText('Russland kan miste alliert etter Moskva-terroren')).toBeVisible();

  release();
  await expect(root).not.toHaveAttribute('inert', '');
  await library.articleLink(/Russland/).click();
  await expect(page).toHaveURL(/\/read\/russland-miste-alliert/);
});

test('the snapshot shows titles as text: markup in a title is never run or parsed', async ({ page }) => {
  const form = new ImportPage(page);
  await form.goto();
  await form.text('nb').fill(await readFile(new URL('ferge-nb.txt', IMPORT_FIXTURES), 'utf8'));
  await form.text('en').fill(await readFile(new URL('ferge-en.txt', IMPORT_FIXTURES), 'utf8'));
  await page.getByText('Details (optional').click();
  await page.getByLabel('Norwegian title').fill('<img src=x onerror="window.hacked=1">Ferger');
  await form.submit().click();
  await expect(form.doneHeading()).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();
  await page.waitForFunction(() => localStorage.getItem('tolk:library-snapshot')?.includes('onerror') === true);

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('#root').getByText('<img src=x onerror="window.hacked=1">Ferger')).toBeVisible();
  await expect(page.locator('#root img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  release();
});
