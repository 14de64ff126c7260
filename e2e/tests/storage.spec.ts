// Storage: Settings shows what is stored, failed writes and other tabs' upgrades get a clear message, and nothing stored is lost.
import { MOSCOW } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';

test('Settings shows how much is stored and whether the browser keeps it', async ({ page }) => {
  await page.goto('/settings');
  const storage = page.getByRole('region', { name: 'Storage on this device' });
  await expect(storage.getByText(/^Stored$/)).toBeVisible();
  await expect(storage.getByText(/\d.*MB|Unknown/)).toBeVisible();
  await expect(storage.getByText(/^(Yes: the browser will not clear it|Not promised)/)).toBeVisible();
});

test('a write that fails because the disk is full says so, and what was stored stays', async ({ reader, page }) => {
  await reader.open(MOSCOW);
  await reader.swapButton().click();
  await expect(reader.swapButton()).toHaveAttribute('aria-pressed', 'true');
  // What the store reports when the browser refuses to write (Dexie wraps the browser's QuotaExceededError).
  await page.evaluate(() => {
    void Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }));
  });
  await expect(page.getByRole('alert')).toContainText("this device's storage is full");
  await page.reload();
  await expect(reader.swapButton()).toHaveAttribute('aria-pressed', 'true');
});

test('when another tab opens a newer version of the database, this tab says to reload', async ({ reader, page, context }) => {
  await reader.open(MOSCOW);
  const other = await context.newPage();
  await other.goto('/');
  // Another tab running a newer build upgrades the database.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('tolk', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(page.getByRole('alert')).toContainText('Tolk was updated in another tab');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Reload' })).toBeVisible();
});
