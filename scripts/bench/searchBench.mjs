// Search on the library: times opening the index (built on the first focus, read back from IndexedDB on a later load), then types realistic queries key by key and takes p50/p95/max of the app's `tolk:search` measures.
/* global indexedDB, document -- these functions run in the page */
import { instrument, percentile, round } from './util.mjs';

export const QUERIES = ['tankesmien', 'Lukasjenko', 'terror', 'president Putin', 'escape route', 'konsertsalen', 'sanksjoner', 'Moscow', 'think tank', 'Kreml'];
const TYPING_DELAY_MS = Number(process.env.BENCH_TYPING_DELAY ?? 60);
/** Building the index for thousands of articles can take many seconds on a slow machine. */
const INDEX_TIMEOUT_MS = 15 * 60_000;

const searchbox = (page) => page.getByRole('searchbox', { name: 'Search all articles' });

/**
 * Loads /, focuses the search box and types a first query at once: the index opens on focus, and the query's
 * measure starts when it is open, so (measure start − focus) is the time to open it. Also when results showed.
 */
async function openIndex(page, baseUrl, query) {
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => performance.getEntriesByName('tolk:library-painted').length > 0);
  await page.evaluate(() => {
    globalThis.__benchFocus = null;
    document.addEventListener('focusin', () => (globalThis.__benchFocus ??= performance.now()), { once: true });
  });
  const box = searchbox(page);
  await box.focus();
  await box.fill(query);
  const handle = await page.waitForFunction(
    (q) => {
      const entry = performance.getEntriesByName('tolk:search').find((e) => e.detail?.query === q);
      return entry && { start: entry.startTime, duration: entry.duration, focus: globalThis.__benchFocus };
    },
    query,
    { timeout: INDEX_TIMEOUT_MS, polling: 50 },
  );
  const entry = await handle.jsonValue();
  await page.getByRole('list', { name: 'Search results' }).waitFor({ timeout: 60_000 });
  const shownAt = await page.evaluate(() => performance.now());
  const status = await page.locator('.search-status').innerText();
  return { openMs: round(entry.start - entry.focus), firstResultsMs: round(shownAt - entry.focus), firstQueryMs: round(entry.duration, 2), status };
}

/** The stored index rows (raw IndexedDB), once there is one: how big the serialised index is. */
async function storedIndex(page, timeout) {
  const handle = await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('tolk');
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('searchIndex')) {
            db.close();
            resolve(null);
            return;
          }
          const all = db.transaction('searchIndex').objectStore('searchIndex').getAll();
          all.onsuccess = () => {
            db.close();
            const rows = all.result.map((row) => ({ key: row.key, jsonChars: row.json?.length ?? 0, articles: Object.keys(row.hashes ?? {}).length, format: row.format }));
            resolve(rows.length > 0 ? rows : null);
          };
          all.onerror = () => {
            db.close();
            resolve(null);
          };
        };
      }),
    null,
    { timeout, polling: 500 },
  );
  return handle.jsonValue();
}

/** Runs in `context`, whose store already holds the library to search. */
export async function searchBench(context, baseUrl, queries = QUERIES) {
  // 1. First use: the index is built from every article and stored.
  let page = await context.newPage();
  const build = await openIndex(page, baseUrl, 'Putin');
  const rows = await storedIndex(page, INDEX_TIMEOUT_MS).catch(() => null);
  await page.close();

  // 2. A later visit: the stored index is read back; then the timed queries, typed as a learner would.
  page = await context.newPage();
  await page.addInitScript(instrument); // notes IndexedDB requests, to tell the store's share of each search
  const reopen = await openIndex(page, baseUrl, 'Putin');
  const box = searchbox(page);
  await box.fill('');
  await page.evaluate(() => performance.clearMeasures('tolk:search'));
  const perQuery = [];
  let expected = 0;
  for (const query of queries) {
    await box.fill('');
    await box.pressSequentially(query, { delay: TYPING_DELAY_MS });
    expected += query.length;
    await page
      .waitForFunction((n) => performance.getEntriesByName('tolk:search').length >= n, expected, { timeout: 30_000 })
      .catch(() => undefined);
    await page.getByRole('status').filter({ hasText: /matching sentence|No sentence matches/ }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    perQuery.push({ query, status: await page.locator('.search-status').innerText() });
  }
  const entries = await page.evaluate(() =>
    performance.getEntriesByName('tolk:search').map((e) => ({ query: e.detail?.query, duration: e.duration, idb: globalThis.__benchIdbBusy(e.startTime, e.startTime + e.duration) })),
  );
  await box.fill('');
  await page.close();

  const durations = entries.map((e) => e.duration);
  for (const item of perQuery) {
    const own = entries.filter((e) => e.query === item.query).map((e) => e.duration);
    item.fullQueryMs = own.length ? round(own.at(-1), 2) : null;
  }
  const slowest = [...entries].sort((a, b) => b.duration - a.duration).slice(0, 5);
  return {
    samples: durations.length,
    keystrokes: expected,
    p50Ms: round(percentile(durations, 50), 2),
    p95Ms: round(percentile(durations, 95), 2),
    maxMs: round(Math.max(...durations), 2),
    // Of each measure, the time with an IndexedDB request outstanding (reading the top articles' texts); the rest is the index query and sentence matching.
    idbP50Ms: round(percentile(entries.map((e) => e.idb), 50), 2),
    idbP95Ms: round(percentile(entries.map((e) => e.idb), 95), 2),
    otherP50Ms: round(percentile(entries.map((e) => e.duration - e.idb), 50), 2),
    otherP95Ms: round(percentile(entries.map((e) => e.duration - e.idb), 95), 2),
    typingDelayMs: TYPING_DELAY_MS,
    firstBuild: build,
    reopenStored: reopen,
    storedIndex: rows,
    perQuery,
    slowest: slowest.map((e) => ({ query: e.query, ms: round(e.duration, 2), idbMs: round(e.idb, 2) })),
    all: entries.map((e) => ({ query: e.query, ms: round(e.duration, 2), idbMs: round(e.idb, 2) })),
  };
}
