// Library first paint: fills the app's IndexedDB with thousands of imported articles (raw IndexedDB, in batches), then times navigation to / → the `tolk:library-painted` mark (snapshot or app), `tolk:library-ready` (the app's own list) and first-contentful-paint over repeated loads of a fresh page.
/* global indexedDB -- these functions run in the page */
import { instrument, median, round, waitForEntry } from './util.mjs';

const STORES = ['articles', 'articleTexts', 'alignments'];
const DB_NAME = 'tolk';
/** Dexie keeps IndexedDB's version at ten times its own: schema version 4 is 40. */
const IDB_VERSION = 40;
const BATCH = 250;

/** Opens / once so that the app creates and seeds its store, then writes `records` (corpus.libraryArticles) into it, one transaction per batch. */
export async function fillLibrary(context, baseUrl, records) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await waitForEntry(page, 'tolk:library-painted');
  const started = Date.now();
  for (let from = 0; from < records.length; from += BATCH) {
    await page.evaluate(
      async ({ batch, name, stores, version }) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          if (db.version !== version) throw new Error(`IndexedDB '${name}' is at version ${db.version}, the bench expects ${version}`);
          for (const store of stores) if (!db.objectStoreNames.contains(store)) throw new Error(`no object store '${store}'`);
          await new Promise((resolve, reject) => {
            const tx = db.transaction(stores, 'readwrite');
            const [articles, texts, alignments] = stores.map((s) => tx.objectStore(s));
            for (const record of batch) {
              articles.put(record.summary);
              texts.put(record.text);
              alignments.put(record.alignment);
            }
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error);
          });
        } finally {
          db.close();
        }
      },
      { batch: records.slice(from, from + BATCH), name: DB_NAME, stores: STORES, version: IDB_VERSION },
    );
  }
  const writeMs = Date.now() - started;
  const count = await page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          const counted = db.transaction('articles').objectStore('articles').count();
          counted.onsuccess = () => {
            db.close();
            resolve(counted.result);
          };
          counted.onerror = () => reject(counted.error);
        };
        request.onerror = () => reject(request.error);
      }),
    DB_NAME,
  );
  await page.close();
  return { stored: count, writeMs };
}

const fcpOf = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;

/**
 * One load of / in `page`, from navigation start: the list on screen (from the snapshot or the app, whichever is first),
 * the app's own list up and usable, and first-contentful-paint.
 */
async function loadOnce(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  const painted = await waitForEntry(page, 'tolk:library-painted');
  const ready = await waitForEntry(page, 'tolk:library-ready');
  const fcp = await page.waitForFunction(fcpOf, null, { timeout: 5_000 }).then((h) => h.jsonValue(), () => null);
  return { painted, ready, fcp };
}

const summarize = (loads, first, shown) => {
  const fcps = loads.map((l) => l.fcp).filter((v) => v !== null);
  return {
    runs: loads.length,
    medianMs: round(median(loads.map((l) => l.painted))),
    maxMs: round(Math.max(...loads.map((l) => l.painted))),
    readyMedianMs: round(median(loads.map((l) => l.ready))),
    fcpMedianMs: fcps.length ? round(median(fcps)) : null,
    firstLoadMs: round(first.painted),
    samples: loads.map((l) => round(l.painted)),
    shown,
  };
};

/**
 * A fresh page in each context (e.g. { large, shipped }): one first load each, then `runs` timed loads, taking
 * turns so that every library sees the same machine noise. Also what each list says it shows.
 */
export async function libraryPaint(contexts, baseUrl, runs) {
  const names = Object.keys(contexts);
  const pages = await Promise.all(names.map((name) => contexts[name].newPage()));
  try {
    const firsts = [];
    for (const page of pages) firsts.push(await loadOnce(page, baseUrl));
    const loads = pages.map(() => []);
    for (let i = 0; i < runs; i++) for (const [k, page] of pages.entries()) loads[k].push(await loadOnce(page, baseUrl));
    const results = {};
    for (const [k, name] of names.entries()) results[name] = summarize(loads[k], firsts[k], await pages[k].locator('.library-count').innerText().catch(() => ''));
    return results;
  } finally {
    await Promise.all(pages.map((page) => page.close()));
  }
}

/** Where a load's time goes, median over `runs` instrumented loads (not the budget's loads). */
export async function paintBreakdown(context, baseUrl, runs) {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const phases = [];
  try {
    await loadOnce(page, baseUrl);
    for (let i = 0; i < runs; i++) {
      await loadOnce(page, baseUrl);
      phases.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const painted = performance.getEntriesByName('tolk:library-painted')[0].startTime;
          // The snapshot paints before the app has read anything; the store's share is counted up to the app's own list.
          const ready = performance.getEntriesByName('tolk:library-ready')[0].startTime;
          const initialScripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.startTime < nav.domInteractive);
          const idb = globalThis.__benchIdb.filter((r) => r.start < ready);
          const settingsRead = idb.find((r) => r.store === 'settings')?.end ?? null;
          const listRequests = idb.filter((r) => r.store === 'articles' || r.store === 'date' || r.store === 'positions');
          const longTasks = globalThis.__benchLongTasks.filter((t) => t.start < ready);
          return {
            htmlResponseEnd: nav.responseEnd,
            scriptsLoaded: initialScripts.length ? Math.max(...initialScripts.map((s) => s.responseEnd)) : null,
            domContentLoaded: nav.domContentLoadedEventEnd,
            settingsRead,
            listQueryStart: listRequests[0]?.start ?? null,
            listQueryDone: listRequests.length ? Math.max(...listRequests.map((r) => r.end ?? ready)) : null,
            painted,
            ready,
            fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
            idbBusyMs: globalThis.__benchIdbBusy(0, ready),
            idbRequests: idb.length,
            longTaskMs: longTasks.reduce((s, t) => s + t.duration, 0),
          };
        }),
      );
    }
  } finally {
    await page.close();
  }
  const keys = Object.keys(phases[0] ?? {});
  return Object.fromEntries(
    keys.map((key) => {
      const values = phases.map((p) => p[key]).filter((v) => v !== null);
      return [key, values.length ? round(median(values)) : null];
    }),
  );
}

/** What the renderer's main thread does for each trace event: the events counted, outermost only (their children are part of them). */
const TRACE_KINDS = {
  script: ['EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'v8.compile', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch', 'v8.run'],
  parseHtml: ['ParseHTML'],
  styleLayout: ['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'ParseAuthorStyleSheet'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit', 'CompositeLayers'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase'],
};
const KIND_OF = new Map(Object.entries(TRACE_KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])));

/**
 * One load of / traced (Chromium's performance trace): the main thread's time from navigation start to the
 * paint mark, split into script, HTML parsing, style and layout, paint, GC, and the rest (waiting: network,
 * IndexedDB, the next frame).
 */
export async function paintTrace(browser, context, baseUrl) {
  const page = await context.newPage();
  try {
    await loadOnce(page, baseUrl); // warm, like the budget's loads
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading'] });
    const painted = (await loadOnce(page, baseUrl)).painted;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const mark = events.find((e) => e.name === 'tolk:library-painted');
    if (!mark) return null;
    const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid && e.tid === mark.tid) ?? mark;
    // Navigation start on the trace clock: the paint mark's ts minus its startTime.
    const start = mark.ts - painted * 1000;
    const end = mark.ts;
    const slices = events
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && KIND_OF.has(e.name) && e.ts + (e.dur ?? 0) > start && e.ts < end)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const totals = Object.fromEntries(Object.keys(TRACE_KINDS).map((kind) => [kind, 0]));
    let outerEnd = -Infinity;
    for (const e of slices) {
      const from = Math.max(e.ts, start);
      const to = Math.min(e.ts + (e.dur ?? 0), end);
      if (from < outerEnd) continue; // inside an event already counted
      totals[KIND_OF.get(e.name)] += (to - from) / 1000;
      outerEnd = to;
    }
    const busy = Object.values(totals).reduce((a, b) => a + b, 0);
    return { paintedMs: round(painted), ...Object.fromEntries(Object.entries(totals).map(([k, v]) => [`${k}Ms`, round(v)])), otherMs: round(painted - busy) };
  } finally {
    await page.close();
  }
}
