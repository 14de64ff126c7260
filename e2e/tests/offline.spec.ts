// Offline: after one visit the service worker serves everything, so the app starts and works with the network off.
import type { Page } from '@playwright/test';
import { BELARUS, shippedArticle, shippedArticles } from '../fixtures/articles';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/test';
import { appTookOver } from '../pages/appTookOver';
import { IMPORT_FIXTURES, ImportPage } from '../pages/ImportPage';

/** The worker controls the page and has finished activating (a worker stopped before then would not finish it). */
async function waitUntilControlled(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state), { timeout: 15_000 }).toBe('activated');
}

test('after one visit, with no network, Tolk starts, lists and opens every article, and the glossary works', async ({ page, context, library, reader, glossary }) => {
  // Every article, popups and a new term, all offline: past 30 s when the whole suite shares a 2-core machine.
  test.slow();
  await library.goto();
  await waitUntilControlled(page);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);

  for (const article of shippedArticles) {
    await library.goto();
    await library.articleLink(article.versions.nb.meta.title).click();
    await expect(reader.pane('nb').getByRole('heading', { level: 1 })).toHaveText(article.versions.nb.meta.title);
    await expect(reader.pane('en').getByRole('heading', { level: 1 })).toHaveText(article.versions.en.meta.title);
  }

  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().hover();
  await expect(glossary.popup()).toContainText('tankesmie · think tank');
  await page.keyboard.press('Escape');
  await glossary.switch().click();
  await expect(glossary.marks()).toHaveCount(0);
  await glossary.switch().click();
  await expect(glossary.mark('en', 'think tank').first()).toBeVisible();

  // Adding a term works offline too.
  await reader.sentence('nb', 'ISKP har tatt på seg ansvaret for angrepet, og eksperter mener alt peker i deres retning.').focus();
  await page.keyboard.press('a');
  await glossary.termDialog().getByLabel('Term in Norwegian').fill('ansvaret');
  await glossary.termDialog().getByLabel('Term in English').fill('responsibility');
  await glossary.termDialog().getByRole('button', { name: 'Save' }).click();
  await expect(glossary.personalMark('nb', 'ansvaret')).toBeVisible();
  await expect(glossary.personalMark('en', 'responsibility')).toBeVisible();
});

test('after one visit, the browser answers the app\'s files from the offline cache itself, without the worker\'s script', async ({ page, library }) => {
  await library.goto();
  await waitUntilControlled(page);
  await page.reload();
  // The copy shows the library before the app's files are asked for: the app's own page has loaded them.
  await appTookOver(page);
  await expect(library.articleLink(/Russland/)).toBeVisible();
  const sources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/'))
      .map((entry) => (entry as PerformanceResourceTiming & { workerFinalSourceType?: string }).workerFinalSourceType),
  );
  expect(sources.length).toBeGreaterThan(3);
  expect(new Set(sources)).toEqual(new Set(['cache']));
});

test('after one visit, the library and a shipped article (and the tab icon they ask for) open from the offline cache without starting the stopped worker; other addresses still open through it', async ({ page, context, library, reader }) => {
  await library.goto();
  await waitUntilControlled(page);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  // How the browser answered the page's own document: 'cache' when its static route did, without the worker's script.
  const answeredBy = () => page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { workerMatchedSourceType?: string }).workerMatchedSourceType ?? '');
  const stopWorker = async () => {
    await page.goto('about:blank');
    // As a browser does with an idle worker.
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.send('ServiceWorker.disable');
  };

  await stopWorker();
  await library.goto();
  await appTookOver(page);
  await expect(library.articleLink(/Russland/)).toBeVisible();
  expect(await answeredBy()).toBe('cache');

  await stopWorker();
  await reader.open(BELARUS);
  await appTookOver(page);
  await expect(reader.pane('en').getByRole('heading', { level: 1 })).toHaveText(shippedArticle(BELARUS).versions.en.meta.title);
  expect(await answeredBy()).toBe('cache');
  // The tab's icon, which the browser asks for before the copy is on screen, comes from the cache too.
  const icon = await page.waitForFunction(() => {
    const entry = performance.getEntriesByType('resource').find((resource) => new URL(resource.name).pathname === '/icons/favicon-32.png');
    // Empty when no route matched and the worker's own fetch handler answered.
    return entry && ((entry as PerformanceResourceTiming & { workerMatchedSourceType?: string }).workerMatchedSourceType || 'worker');
  });
  expect(await icon.jsonValue()).toBe('cache');

  // A search result's address has a query: the worker starts and answers it, offline too.
  await stopWorker();
  await page.goto(`/read/${BELARUS}?at=0.0&lang=nb`);
  await appTookOver(page);
  await expect(reader.pane('nb').getByRole('heading', { level: 1 })).toHaveText(shippedArticle(BELARUS).versions.nb.meta.title);
  expect(await answeredBy()).not.toBe('cache');
});

test('with no network, a pair can be imported, searched and read', async ({ page, context, library }) => {
  await library.goto();
  await waitUntilControlled(page);
  await context.setOffline(true);
  await page.reload();

  const form = new ImportPage(page);
  await form.goto();
  await form.text('nb').fill(await readFile(new URL('ferge-nb.txt', IMPORT_FIXTURES), 'utf8'));
  await form.text('en').fill(await readFile(new URL('ferge-en.txt', IMPORT_FIXTURES), 'utf8'));
  await form.submit().click();
  await expect(form.doneHeading()).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();
  await page.getByRole('searchbox', { name: 'Search all articles' }).fill('lading minutter');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').filter({ hasText: 'Each charge takes about ten minutes.' }).click();
  await expect(page.getByRole('region', { name: 'Norsk', exact: true }).getByText('Hver lading tar om lag ti minutter.', { exact: true })).toBeFocused();
});

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('the same offline reload fails, so it is the service worker that serves the app', async ({ page, context, library }) => {
    await library.goto();
    await expect(library.articleLink(/Russland/)).toBeVisible();
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
