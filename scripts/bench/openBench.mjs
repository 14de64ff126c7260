// Opening an article (issue #15): the reader route's initial JavaScript against its budget, the time until both panes paint against the same text as static HTML, and a Chromium trace of where a first and a return visit spend the main thread under 4× CPU slowdown.
/* global document -- page functions */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { freshProcessOpen, printFreshProcessOpen } from './freshProcessOpen.mjs';
import { median, newContext, pageHasCopy, READER_SNAPSHOT_KEY, round, SNAPSHOT_MARK } from './util.mjs';

const gzip = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/**
 * The JavaScript a first visit to /read/:id needs before the panes can paint: the entry, its static imports, what it
 * imports to start (src/main.tsx imports only that, one group per task), the reader chunk and its static imports,
 * and the UI strings of one language (fetched at start-up; the larger one is counted).
 * Largest first, so the next person sees where the bytes are.
 */
export function readerRouteJs(manifest, dist) {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const readerKey = Object.keys(manifest).find((key) => key.endsWith('app/ReaderRoute.tsx'));
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entryKey);
  for (const step of manifest[entryKey].dynamicImports ?? []) visit(step);
  visit(readerKey);
  const chunks = [...seen].map((key) => ({ file: manifest[key].file, gzip: gzip(dist, manifest[key].file) }));
  const strings = Object.keys(manifest)
    .filter((key) => /locales\/[^/]+\/common\.json$/.test(key))
    .map((key) => ({ file: `${manifest[key].file} (${key.split('/').at(-2)} UI strings)`, gzip: gzip(dist, manifest[key].file) }))
    .sort((a, b) => b.gzip - a.gzip);
  if (strings[0]) chunks.push(strings[0]);
  return chunks.sort((a, b) => b.gzip - a.gzip);
}

export async function loadShipped(manifest, dist) {
  const key = Object.keys(manifest).find((k) => k.includes('shipped-articles'));
  const file = join(dist, manifest[key].file);
  return { file: manifest[key].file, gzip: gzip(dist, manifest[key].file), data: (await import(pathToFileURL(file).href)).default };
}

/** Milliseconds from navigation start to a performance mark, for one page load. */
async function timeToMark(page, url, mark) {
  await page.goto(url);
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 60_000 });
  return handle.jsonValue();
}

/**
 * One load, waited until the app's own paint (`mark`): when both panes first showed their text (the snapshot's early
 * paint when there was one, else the app's), and when the app itself had painted them.
 */
async function timeToText(page, url, mark) {
  const full = await timeToMark(page, url, mark);
  // Only the panes' text can come from the snapshot (the glossary's marks, say, never do).
  const early = mark === 'tolk:panes-painted' ? await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime, SNAPSHOT_MARK) : undefined;
  // A cross-check the page cannot set itself: the browser's first contentful paint, once its frame was presented.
  const fcp = await page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: 5000 })
    .then((handle) => handle.jsonValue(), () => NaN);
  return { shown: Math.min(full, early ?? Infinity), full, snapshot: early !== undefined, fcp };
}

/** First visits to each page: each in a new profile (empty caches and, for the app, an empty store to seed). */
const FIRST_VISITS = Number(process.env.BENCH_FIRST_VISITS ?? 9);

/**
 * A page's visits summed up: medians of when the text showed (snapshot or app) and of when the app itself had painted,
 * with the browser's first contentful paint beside them; return visits with the service worker running, and with it
 * stopped.
 */
function summary(firsts, repeat, stopped) {
  const fcps = (visits) => median(visits.map((r) => r.fcp).filter((v) => !Number.isNaN(v)));
  return {
    first: median(firsts.map((r) => r.shown)),
    firstFull: median(firsts.map((r) => r.full)),
    firstFcp: fcps(firsts),
    firstVisits: firsts.length,
    repeat: median(repeat.map((r) => r.shown)),
    repeatFull: median(repeat.map((r) => r.full)),
    snapshotPaints: repeat.filter((r) => r.snapshot).length,
    repeatFcp: fcps(repeat),
    samples: repeat.map((r) => r.shown),
    controlled: repeat.filter((r) => r.controlled).length,
    stopped: median(stopped.map((r) => r.shown)),
    stoppedFcp: fcps(stopped),
    stoppedSamples: stopped.map((r) => r.shown),
    stoppedControlled: stopped.filter((r) => r.controlled).length,
  };
}

/** Whether a service worker controls the page. */
const controlOf = (page) => page.evaluate(() => ({ controlled: Boolean(navigator.serviceWorker?.controller) }));

/**
 * `FIRST_VISITS` first visits to each of `urls`, then `runs` return visits of each kind (from the last first visit's
 * context), one summary per URL. All first visits but each page's last take turns, each in a profile of its own that
 * is closed after it: measured one page after the other, two pages met the machine in different states (the static
 * page's median moved by 20 ms between runs of the bench). The return visits are one page's after the other's, as a
 * page kept open goes on working (the app's service worker downloads the whole app after a first visit).
 * Return visits come with the service worker on, as the issue measures them: one with it still running from the visit
 * before, then one with it stopped, as a browser stops an idle worker within a minute, so a learner who comes back
 * later meets it stopped. (Until the fifteenth pass the return visits began as soon as the snapshot was written, and
 * most of them came while the worker was still installing, from the network.)
 */
export async function measure(browser, urls, runs, mark = 'tolk:panes-painted') {
  const firsts = urls.map(() => []);
  for (let i = 1; i < FIRST_VISITS; i++) {
    for (const [k, url] of urls.entries()) {
      const context = await newContext(browser);
      firsts[k].push(await timeToText(await context.newPage(), url, mark));
      await context.close();
    }
  }
  const results = [];
  for (const [k, url] of urls.entries()) {
    const context = await newContext(browser);
    const page = await context.newPage();
    firsts[k].push(await timeToText(page, url, mark));
    // A learner who reads for a moment leaves the reader's snapshot written (when the browser is first idle after the
    // panes are whole) and the service worker installed; the bench's return visits come right after the paint, so it
    // waits for both once.
    const app = await page.evaluate(() => document.getElementById('root') !== null);
    if (app && mark === 'tolk:panes-painted') await page.waitForFunction((key) => localStorage.getItem(key) !== null, READER_SNAPSHOT_KEY, { timeout: 20_000 }).catch(() => undefined);
    if (app) await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 }).catch(() => undefined);
    if (app && mark === 'tolk:panes-painted') await page.waitForFunction(pageHasCopy, null, { timeout: 10_000 }).catch(() => undefined);
    const cdp = await context.newCDPSession(page);
    const repeat = [];
    const stopped = [];
    for (let i = 0; i < runs; i++) {
      for (const stop of [false, true]) {
        // A return visit comes from another page (a new tab, the home screen): reloading the reader itself would count
        // tearing the previous reader down (its worker, its store connections, a large DOM) against the app, and next
        // to nothing against the static page.
        await page.goto('about:blank');
        if (stop) {
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
          await cdp.send('ServiceWorker.disable');
        }
        const visit = await timeToText(page, url, mark);
        (stop ? stopped : repeat).push({ ...visit, ...(await controlOf(page)) });
      }
    }
    await context.close();
    results.push(summary(firsts[k], repeat, stopped));
  }
  return results;
}

/** What the renderer's main thread does for each trace event: the events counted, outermost only (their children are part of them). */
const TRACE_KINDS = {
  script: ['EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'v8.compile', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch', 'v8.run', 'FireIdleCallback'],
  parseHtml: ['ParseHTML'],
  styleLayout: ['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'ParseAuthorStyleSheet'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit', 'CompositeLayers'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase'],
};
const KIND_OF = new Map(Object.entries(TRACE_KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])));
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading'];
const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js') : '(inline or none)');

/** The main thread's time up to `painted` (ms from navigation start), by kind, by script file, and its longest tasks. */
function breakdown(events, markName, painted) {
  const mark = events.find((e) => e.name === markName);
  if (!mark) return null;
  const start = mark.ts - painted * 1000;
  const end = mark.ts;
  const onMain = (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) > start && e.ts < end;
  const slices = events.filter((e) => onMain(e) && KIND_OF.has(e.name)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = Object.fromEntries(Object.keys(TRACE_KINDS).map((kind) => [kind, 0]));
  const byScript = new Map();
  let outerEnd = -Infinity;
  for (const e of slices) {
    const from = Math.max(e.ts, start);
    const to = Math.min(e.ts + (e.dur ?? 0), end);
    if (from < outerEnd) continue; // inside an event already counted
    const kind = KIND_OF.get(e.name);
    totals[kind] += (to - from) / 1000;
    if (kind === 'script') {
      const url = shortUrl(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName);
      byScript.set(url, (byScript.get(url) ?? 0) + (to - from) / 1000);
    }
    outerEnd = to;
  }
  const busy = Object.values(totals).reduce((a, b) => a + b, 0);
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && (e.dur ?? 0) > 50_000).map((e) => round(e.dur / 1000));
  return {
    paintedMs: round(painted),
    ...Object.fromEntries(Object.entries(totals).map(([k, v]) => [`${k}Ms`, round(v)])),
    otherMs: round(painted - busy),
    scripts: [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([url, ms]) => ({ url, ms: round(ms) })),
    tasksOver50Ms: tasks.sort((a, b) => b - a),
  };
}

/**
 * Opens `url` in a fresh context twice (a first visit, then a return visit) with the CPU slowed `slowdown` times,
 * each load traced; each gives the breakdown up to the panes-painted mark.
 */
export async function openTrace(browser, url, slowdown = 4) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const result = {};
  try {
    for (const visit of ['first', 'return']) {
      await browser.startTracing(page, { categories: CATEGORIES });
      const painted = await timeToMark(page, url, 'tolk:panes-painted');
      // The work right after the paint (glossary engine, marks) is what the learner's first scroll meets: trace 2 s more.
      await page.waitForTimeout(2000);
      const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
      result[visit] = breakdown(events, 'tolk:panes-painted', painted);
      const mark = events.find((e) => e.name === 'tolk:panes-painted');
      result[visit].tasksOver50MsAfterPaint = events
        .filter((e) => mark && e.pid === mark.pid && e.tid === mark.tid && e.name === 'RunTask' && e.ts >= mark.ts && (e.dur ?? 0) > 50_000)
        .map((e) => round(e.dur / 1000))
        .sort((a, b) => b - a);
    }
  } finally {
    await context.close();
  }
  return { slowdown, ...result };
}

/**
 * The static page and the app in turn (the static page's visits warm nothing the app uses), then the app traced; with
 * `chromiumPath`, also their return visits in a new renderer process each, and the offline static page's
 * (freshProcessOpen.mjs). `baselineUrls`: { static, offline } (staticBaseline.mjs).
 */
export async function openBench(browser, appUrl, baselineUrls, runs, chromiumPath) {
  const [baseline, app] = await measure(browser, [baselineUrls.static, appUrl], runs);
  const trace = await openTrace(browser, appUrl);
  const fresh = chromiumPath ? await freshProcessOpen(chromiumPath, appUrl, baselineUrls, runs) : undefined;
  return { app, baseline, trace, fresh };
}

/**
 * The article-open figures: return visits (median; the service worker running, then stopped; in a new renderer process
 * when `fresh` is given) and the first visit, app against static; the text first shown, and the app's own paint beside it.
 */
export function printOpen(app, baseline, row, goalRatio, fresh) {
  const ratio = app.repeat / baseline.repeat;
  const visits = app.samples.length;
  row(`both panes show text, app, median of ${visits}`, `${app.repeat.toFixed(1)} ms`, `${app.snapshotPaints} of ${visits} from the snapshot, ${app.controlled} with the service worker`, true);
  row(`same text as static HTML, median of ${baseline.samples.length}`, `${baseline.repeat.toFixed(1)} ms`, '', true);
  row('ratio app / static (return visit)', `${ratio.toFixed(2)}×`, `goal ≤ ${goalRatio}×`, ratio <= goalRatio);
  row('  first contentful paint, app / static, median', `${app.repeatFcp.toFixed(1)} / ${baseline.repeatFcp.toFixed(1)} ms`, `${(app.repeatFcp / baseline.repeatFcp).toFixed(2)}×`, true);
  row('  the app itself painted the panes, median', `${app.repeatFull.toFixed(1)} ms`, `${(app.repeatFull / baseline.repeat).toFixed(2)}× static`, true);
  const stoppedRatio = app.stopped / baseline.stopped;
  row(`return visit, service worker stopped, app / static, median of ${app.stoppedSamples.length}`, `${stoppedRatio.toFixed(2)}×`, `${app.stopped.toFixed(1)} / ${baseline.stopped.toFixed(1)} ms (${app.stoppedControlled} controlled), goal ≤ ${goalRatio}×`, stoppedRatio <= goalRatio);
  row('  first contentful paint, app / static, median', `${app.stoppedFcp.toFixed(1)} / ${baseline.stoppedFcp.toFixed(1)} ms`, `${(app.stoppedFcp / baseline.stoppedFcp).toFixed(2)}×`, true);
  if (fresh) printFreshProcessOpen(fresh, row, goalRatio);
  const firstRatio = app.first / baseline.first;
  row(`first visit (empty store): app / static, median of ${app.firstVisits}`, `${firstRatio.toFixed(2)}×`, `${app.first.toFixed(1)} / ${baseline.first.toFixed(1)} ms, goal ≤ ${goalRatio}×`, firstRatio <= goalRatio);
  row('  first contentful paint, app / static, median', `${app.firstFcp.toFixed(1)} / ${baseline.firstFcp.toFixed(1)} ms`, `${(app.firstFcp / baseline.firstFcp).toFixed(2)}×`, true);
  row('  the app itself painted the panes, median', `${app.firstFull.toFixed(1)} ms`, `${(app.firstFull / baseline.first).toFixed(2)}× static`, true);
}

/** Prints the reader route's chunks, largest first, and returns the total in kB. */
export function printReaderJs(chunks, row, budgetKb) {
  const total = chunks.reduce((sum, c) => sum + c.gzip, 0) / 1000;
  for (const c of chunks) console.log(`      ${c.file.padEnd(58)} ${(c.gzip / 1000).toFixed(1).padStart(8)} kB`);
  row('reader route initial JS', `${total.toFixed(1)} kB`, `≤ ${budgetKb} kB`, total <= budgetKb);
  return total;
}

/** One line per traced visit. */
export function printTrace(trace) {
  console.log(`\n      opening the article traced, CPU ${trace.slowdown}× slower (ms from navigation start to both panes painted):`);
  for (const visit of ['first', 'return']) {
    const t = trace[visit];
    if (!t) continue;
    console.log(`        ${visit.padEnd(6)} painted ${t.paintedMs}: script ${t.scriptMs} · HTML ${t.parseHtmlMs} · style+layout ${t.styleLayoutMs} · paint ${t.paintMs} · GC ${t.gcMs} · waiting ${t.otherMs}`);
    console.log(`               script by file: ${t.scripts.map((s) => `${s.url} ${s.ms}`).join(' · ')}`);
    console.log(`               tasks over 50 ms before the paint: ${t.tasksOver50Ms.join(', ') || 'none'}; in the 2 s after: ${t.tasksOver50MsAfterPaint.join(', ') || 'none'}`);
  }
}
