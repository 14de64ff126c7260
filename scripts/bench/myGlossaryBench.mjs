// My glossary at scale: stores 5,000 and 50,000 terms straight into IndexedDB, then times the page until its list is
// on screen after a reload, and a search typed into it until the filtered list is on screen (issue #18).
/* global indexedDB, document, requestAnimationFrame, HTMLInputElement -- these functions run in the page */
import { median, newContext, percentile, round } from './util.mjs';

const BATCH = 5000;
/** Queries with one, a few, many and no matches among the generated terms. */
export const GLOSSARY_QUERIES = ['word4321', 'ord 12', 'tankesmie', 'lånord', 'zzzz'];

/** A generated term: unique on both sides, with a note, as imports make them. */
function term(i) {
  const at = Date.UTC(2025, 0, 1) + i * 1000;
  return { id: `bench-${i}`, terms: { nb: `ord ${i} ${i % 7 === 0 ? 'tankesmie' : 'lånord'}`, en: `word${i}` }, note: i % 3 === 0 ? `note for ${i}` : '', createdAt: at, updatedAt: at };
}

async function fill(page, count) {
  for (let from = 0; from < count; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - from) }, (_, k) => term(from + k));
    await page.evaluate(async (records) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('tolk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise((resolve, reject) => {
          const tx = db.transaction('personalTerms', 'readwrite');
          const store = tx.objectStore('personalTerms');
          for (const record of records) store.put(record);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    }, batch);
  }
}

/** Milliseconds from navigation start until the count says `count terms` and the list's first term is painted. */
async function listReady(page, baseUrl, count) {
  await page.goto(`${baseUrl}/glossary`);
  const handle = await page.waitForFunction(
    (expected) => {
      const status = [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent === `${expected} terms`);
      return status && document.querySelector('.mg-list li') ? performance.now() : undefined;
    },
    count,
    { polling: 'raf', timeout: 120_000 },
  );
  return handle.jsonValue();
}

/** Types `query` into the search box at once and times it until the filtered count and list are painted. */
async function searchOnce(page, query, count) {
  return page.evaluate(
    ({ query, count }) =>
      new Promise((resolve, reject) => {
        const box = document.querySelector('input[type="search"]');
        if (!(box instanceof HTMLInputElement)) return reject(new Error('no search box'));
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const done = () => [...document.querySelectorAll('[role="status"]')].find((el) => / of \d+ terms$/.test(el.textContent ?? ''))?.textContent;
        const clear = () => {
          setValue.call(box, '');
          box.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const started = performance.now();
        setValue.call(box, query);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        const poll = () => {
          const shown = done();
          if (shown && box.value === query) {
            const ms = performance.now() - started;
            clear();
            const reset = () => ([...document.querySelectorAll('[role="status"]')].some((el) => el.textContent === `${count} terms`) ? resolve({ ms, shown }) : requestAnimationFrame(reset));
            return requestAnimationFrame(reset);
          }
          if (performance.now() - started > 60_000) return reject(new Error(`search "${query}" did not answer`));
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { query, count },
  );
}

/** For each size: list-ready median of `runs` reloads, and search p50/p95/max over the queries, `runs` times each. */
export async function myGlossaryBench(browser, baseUrl, sizes, runs) {
  const results = [];
  for (const size of sizes) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/glossary`);
    await page.getByRole('heading', { level: 1, name: 'My glossary' }).waitFor();
    const writeStarted = Date.now();
    await fill(page, size);
    const writeMs = Date.now() - writeStarted;
    const ready = [];
    for (let i = 0; i < runs; i++) ready.push(await listReady(page, baseUrl, size));
    const searches = [];
    const perQuery = [];
    for (const query of GLOSSARY_QUERIES) {
      const samples = [];
      let shown = '';
      for (let i = 0; i < runs; i++) {
        const result = await searchOnce(page, query, size);
        samples.push(result.ms);
        shown = result.shown;
      }
      searches.push(...samples);
      perQuery.push({ query, medianMs: round(median(samples)), shown });
    }
    const items = await page.locator('.mg-list li').count();
    results.push({
      terms: size,
      writeMs,
      listReadyMedianMs: round(median(ready)),
      listReadyMaxMs: round(Math.max(...ready)),
      itemsRendered: items,
      searchP50Ms: round(percentile(searches, 50)),
      searchP95Ms: round(percentile(searches, 95)),
      searchMaxMs: round(Math.max(...searches)),
      perQuery,
    });
    await context.close();
  }
  return results;
}
