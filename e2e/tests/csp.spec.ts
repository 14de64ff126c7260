// Tolk runs under its own Content-Security-Policy: every page works with nothing refused, and an injected inline script is blocked.
import { readFile } from 'node:fs/promises';
import { BELARUS } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';
import { IMPORT_FIXTURES, ImportPage } from '../pages/ImportPage';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';
import { recordViolations } from '../pages/policyViolations';

test('the built page carries the policy: no inline scripts but the hashed painter, no plugins, no foreign base', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/default-src 'self'/);
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(policy).toMatch(/object-src 'none'/);
  expect(policy).toMatch(/base-uri 'self'/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test('library, reader with popups, import, My glossary, settings and the service worker all work under the policy', async ({ page, library, reader, glossary }) => {
  // Six pages, a service worker and an offline reload: more than 30 s on a busy 2-core machine.
  test.slow();
  const violations = await recordViolations(page);
  await library.goto();
  await expect(library.articleLink(/Russland/)).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  // The snapshot painter ran under the policy too: a reload paints from the snapshot the library just saved.
  await page.waitForFunction(() => localStorage.getItem('tolk:library-snapshot') !== null);
  await page.reload();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('tolk:library-painted').length)).toBeGreaterThan(0);

  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().hover();
  await expect(glossary.popup()).toContainText('tankesmie · think tank');

  const form = new ImportPage(page);
  await form.goto();
  await form.text('nb').fill(await readFile(new URL('ferge-nb.txt', IMPORT_FIXTURES), 'utf8'));
  await form.text('en').fill(await readFile(new URL('ferge-en.txt', IMPORT_FIXTURES), 'utf8'));
  await form.submit().click();
  await expect(form.doneHeading()).toBeVisible();

  const terms = new MyGlossaryPage(page);
  await terms.goto();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Offline, the service worker serves the page, still under the policy.
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.context().setOffline(false);
  expect(await violations()).toEqual([]);
});

test('an inline script injected into the page is blocked and reported', async ({ page, library }) => {
  const violations = await recordViolations(page);
  await library.goto();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1;';
    document.body.append(script);
  });
  await expect.poll(async () => (await violations()).map((v) => v.directive)).toContain('script-src-elem');
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});
