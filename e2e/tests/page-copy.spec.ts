// A return visit gets the library's and the reader's last screens in the page itself (the worker stores each snapshot as its page): text only, under the page's policy, and the app takes over from it.
import type { Page } from '@playwright/test';
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';
import { appTookOver } from '../pages/appTookOver';
import { ImportPage } from '../pages/ImportPage';
import { recordViolations } from '../pages/policyViolations';

/** The page the worker's pages cache answers `path` with (public/sw-routes.js): its HTML, and whether it holds a copy. */
const cachedPage = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    for (const name of await caches.keys()) {
      if (!name.startsWith('tolk-pages-')) continue;
      const response = await (await caches.open(name)).match(path);
      if (response) return { copy: response.headers.has('x-tolk-copy'), html: await response.text() };
    }
    return { copy: false, html: '' };
  }, path);

/** Waits until the worker's page for `path` holds a copy with `text` in it. */
async function pageHoldsCopy(page: Page, path: string, text: string) {
  await expect.poll(async () => {
    const { copy, html } = await cachedPage(page, path);
    return copy && html.includes(text);
  }, { timeout: 15_000 }).toBe(true);
}

/** Where the reader's early paint came from: 'page' (its copy came in the page) or 'snapshot' (the painter built it). */
const paintedFrom = (page: Page) => page.evaluate(() => (performance.getEntriesByName('tolk:reader-snapshot-painted')[0] as PerformanceMark | undefined)?.detail as string | undefined);

test('a returning reader gets the article\'s last screen in the page itself, under the page\'s policy, and the app takes over from it', async ({ page, reader }) => {
  const violations = await recordViolations(page);
  await reader.open(MOSCOW);
  await pageHoldsCopy(page, `/read/${MOSCOW}`, 'Russia could lose an ally after the terror in Moscow');

  const response = await page.goto(`/read/${MOSCOW}`);
  const html = (await response?.text()) ?? '';
  expect(html).toContain('<div id="root" inert data-copy>');
  expect(html).toContain('Russland kan miste alliert etter Moskva-terroren');
  await expect.poll(() => paintedFrom(page)).toBe('page');

  await appTookOver(page);
  // The copy's attribute and style go when the app takes over: the page's own stylesheets style the app.
  await expect(page.locator('#root[data-copy]')).toHaveCount(0);
  await expect(page.locator('style#tolk-copy')).toHaveCount(0);
  await expect(reader.pane('en').getByRole('heading', { level: 1 })).toHaveText('Russia could lose an ally after the terror in Moscow');
  await reader.swapButton().click();
  await expect(reader.swapButton()).toHaveAttribute('aria-pressed', 'true');
  expect(await violations()).toEqual([]);
});

test('the reader\'s copy moves with the article read last: the article before opens as the build wrote it', async ({ page, reader }) => {
  await reader.open(MOSCOW);
  await pageHoldsCopy(page, `/read/${MOSCOW}`, 'Russland kan miste alliert');
  await reader.open(BELARUS);
  await pageHoldsCopy(page, `/read/${BELARUS}`, 'Presidenten i Belarus skaper trøbbel for Putin');
  await expect.poll(async () => (await cachedPage(page, `/read/${MOSCOW}`)).copy).toBe(false);

  const response = await page.goto(`/read/${MOSCOW}`);
  expect(await response?.text()).toContain('<div id="root"></div>');
  await appTookOver(page);
  await expect(reader.pane('nb').getByRole('heading', { level: 1 })).toHaveText('Russland kan miste alliert etter Moskva-terroren');
});

test('markup in an imported title stays text in the library\'s page: never parsed or run', async ({ page, library }) => {
  const form = new ImportPage(page);
  await form.importFerryTitled('<img src=x onerror="window.hacked=1">Ferger $& </div>');
  await expect(form.doneHeading()).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();
  await expect(library.articleLink(/Ferger/)).toBeVisible();
  await pageHoldsCopy(page, '/', '&lt;img src=x onerror="window.hacked=1"&gt;Ferger $&amp; &lt;/div&gt;');

  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  // In text, escaped ("<" may stay as it is inside a quoted attribute's value, where it opens nothing).
  expect(html).toContain('&lt;img src=x onerror="window.hacked=1"&gt;Ferger $&amp; &lt;/div&gt;');
  // Without the first-visit copies, which a page with its own copy does not need.
  expect(html).not.toContain('id="tolk-first-visit');
  await expect(page.locator('#root').getByText('<img src=x onerror="window.hacked=1">Ferger $& </div>')).toBeVisible();
  await expect(page.locator('#root img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await appTookOver(page);
  await expect(library.articleLink(/Ferger/)).toBeVisible();
});
