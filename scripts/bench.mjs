// npm run bench: builds Tolk, checks the reader route's JavaScript budget, and times opening the longest article
// against the same text as a static HTML page, both in headless Chromium; then the import, large-library and search
// budgets (issue #6) and review with 10,000 cards (issue #13), each measured by a module in scripts/bench/. Fails when a
// budget is exceeded. BENCH_ONLY=size checks the JavaScript budget alone (a build, no browser); BENCH_ONLY=open adds the
// article-open timing and its trace (scripts/bench/openBench.mjs); BENCH_ONLY=review, lookup (any-word lookup, issue #11),
// myglossary or books (whole-book import, issue #14) runs the JavaScript budget and that part alone.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { importPair, libraryArticles } from './bench/corpus.mjs';
import { bookImportBench, importBench, reportBooks } from './bench/importBench.mjs';
import { glossaryBench } from './bench/glossaryKernelBench.mjs';
import { fillLibrary, libraryPaint, paintBreakdown, paintTrace } from './bench/libraryBench.mjs';
import { LOOKUP_BUDGET, lookupBench, reportLookup } from './bench/lookupBench.mjs';
import { myGlossaryBench } from './bench/myGlossaryBench.mjs';
import { readerTasksBench, reportReaderTasks } from './bench/readerTasksBench.mjs';
import { loadShipped, measure, openBench, printOpen, printReaderJs, printTrace, readerRouteJs } from './bench/openBench.mjs';
import { REVIEW_BUDGET, reportReview, reviewBench } from './bench/reviewBench.mjs';
import { searchBench } from './bench/searchBench.mjs';
import { OFFLINE_STATIC_PATH, STATIC_PATH, writeStaticPages } from './bench/staticBaseline.mjs';
import { serveStatic } from './bench/staticServer.mjs';
import { buildInto, CHROMIUM_FLAGS, newContext } from './bench/util.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// Its own build folder: other work (e2e runs) rebuilds dist/ while the bench serves it.
const DIST = join(ROOT, 'bench-results/dist');
const PORT = Number(process.env.TOLK_BENCH_PORT ?? 4175);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 9);
const BOOK_RUNS = Number(process.env.BENCH_BOOK_RUNS ?? 3); // runs of each whole-book import (220 KB and 440 KB a side)
const LIBRARY_RUNS = Number(process.env.BENCH_LIBRARY_RUNS ?? 15);
/** How many imported articles the large library holds (besides the shipped ones). */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
/** Pause after filling the store, before the library is timed. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 15_000);
/** My glossary at these sizes (issue #18): 5,000 terms must be instant, 50,000 usable. */
const GLOSSARY_SIZES = (process.env.BENCH_GLOSSARY_SIZES ?? '5000,50000').split(',').map(Number);
const GLOSSARY_RUNS = Number(process.env.BENCH_GLOSSARY_RUNS ?? 5);
const GLOSSARY_BUDGET = { 5000: { listMs: 1000, searchP95Ms: 100 }, 50000: { listMs: 5000, searchP95Ms: 500 } };
const BUDGET = { readerInitialJsKb: 135, paintRatio: 1.3, glossaryMatchMs: 5, glossaryBuildMs: 50, importMs: 200, book220Ms: 1500, book440Ms: 3000, importLongTaskMs: 50, libraryPaintMs: 150, searchP95Ms: 10 };
const CHROMIUM = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';

const kb = (bytes) => bytes / 1000;
const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;

const build = () => buildInto(ROOT, DIST);

/** Debian's Chromium when it is there (TOLK_CHROMIUM names another), with the flags this network needs. */
const launchBrowser = () =>
  chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: CHROMIUM_FLAGS,
  });
/** The same browser's executable, for the part that starts it without Playwright (readertasks). */
const chromiumPath = () => (existsSync(CHROMIUM) ? CHROMIUM : chromium.executablePath());

/**
 * The bench's build served from this process as a host would serve it (scripts/bench/staticServer.mjs: every file
 * compressed once beforehand), not by vite preview, which compressed each response on request and took CPU from the
 * browser being measured. In this process, too, so other work that stops stray servers cannot take it away mid-run.
 */
async function startServer() {
  const server = await serveStatic(DIST, PORT);
  if (!(await fetch(`http://localhost:${PORT}/`)).ok) {
    server.close();
    throw new Error(`the bench's server did not answer on port ${PORT}`);
  }
  return server;
}

async function main() {
  const loadAtStart = loadavg();
  build();
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  const chunks = readerRouteJs(manifest, DIST);
  const readerKb = kb(chunks.reduce((sum, c) => sum + c.gzip, 0));
  const row = (label, value, budget, ok) => console.log(`${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(46)} ${String(value).padStart(10)}   ${budget}`);
  if (process.env.BENCH_ONLY === 'size') {
    console.log(`\nTolk bench, reader route initial JavaScript (kB = 1000 bytes, gzip -9); load average ${loadavg().map((v) => v.toFixed(2)).join(', ')}`);
    if (printReaderJs(chunks, row, BUDGET.readerInitialJsKb) > BUDGET.readerInitialJsKb) process.exit(1);
    return;
  }
  const shipped = await loadShipped(manifest, DIST);
  const longest = shipped.data.articles.map((s) => s.article).sort((a, b) => b.versions.nb.words - a.versions.nb.words)[0];
  writeStaticPages(DIST, longest);

  const server = await startServer();
  const browser = await launchBrowser();
  let app, baseline, trace, fresh, marks, glossary, imported, search, books, myGlossary, review, lookup; // filled in as the parts run
  const library = {};
  const base = `http://localhost:${PORT}`;
  const baselines = { static: `${base}${STATIC_PATH}`, offline: `${base}${OFFLINE_STATIC_PATH}` };
  // One part alone (BENCH_ONLY=open, review, lookup, readertasks, myglossary or books): its run, its report (a list of
  // what is over budget), its file. readertasks (long tasks opening and scrolling the reader) is not yet in the full run.
  const parts = {
    open: async () => {
      ({ app, baseline, trace, fresh } = await openBench(browser, `${base}/read/${longest.id}`, baselines, RUNS, chromiumPath()));
      return () => {
        console.log(`\nTolk bench, opening ${longest.id}; load average ${loadAtStart.map((v) => v.toFixed(2)).join(', ')} at the start, ${loadavg().map((v) => v.toFixed(2)).join(', ')} at the end`);
        printOpen(app, baseline, row, BUDGET.paintRatio, fresh);
        printTrace(trace);
        return { over: [], results: { loadAtStart, article: longest.id, chunks, app, baseline, fresh, trace } };
      };
    },
    review: async () => {
      review = await reviewBench(await newContext(browser), base);
      return () => ({ over: reportReview(review, row), results: { review } });
    },
    lookup: async () => {
      lookup = await lookupBench(browser, base, longest.id);
      return () => ({ over: reportLookup(lookup, row), results: { lookup } });
    },
    readertasks: async () => {
      const tasks = await readerTasksBench(chromiumPath(), base, ROOT, longest.id);
      return () => ({ over: reportReaderTasks(tasks, row), results: { tasks } });
    },
    myglossary: async () => {
      myGlossary = await myGlossaryBench(browser, base, GLOSSARY_SIZES, GLOSSARY_RUNS);
      return () => ({ over: printMyGlossary(myGlossary, row), results: { sizes: myGlossary, budget: GLOSSARY_BUDGET } });
    },
    books: async () => {
      books = await bookImportBench(browser, base, ROOT, BOOK_RUNS);
      return () => {
        console.log(`\nTolk bench, whole-book import; load average ${loadAtStart.map((v) => v.toFixed(2)).join(', ')} at the start, ${loadavg().map((v) => v.toFixed(2)).join(', ')} at the end`);
        return { over: reportBooks(books, row, BUDGET), results: { loadAtStart, loadAtEnd: loadavg(), books } };
      };
    },
  };
  const only = parts[process.env.BENCH_ONLY];
  if (only) {
    let report;
    try {
      report = await only();
    } finally {
      await browser.close();
      await server.close();
    }
    printReaderJs(chunks, row, BUDGET.readerInitialJsKb);
    const { over, results } = report();
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, `bench-results/${process.env.BENCH_ONLY}.json`), JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2));
    const all = [...over, readerKb > BUDGET.readerInitialJsKb && `the reader route's initial JavaScript is ${readerKb.toFixed(1)} kB`].filter(Boolean);
    if (all.length > 0) {
      console.error(`\nOver budget: ${all.join('; ')}.`);
      process.exit(1);
    }
    return;
  }
  try {
    // Alternate the order of the two so that neither always runs on a warmer machine.
    ({ app, baseline, trace, fresh } = await openBench(browser, `${base}/read/${longest.id}`, baselines, RUNS, chromiumPath()));
    [marks] = await measure(browser, [`http://localhost:${PORT}/read/${longest.id}`], RUNS, 'tolk:marks-painted');
    glossary = await glossaryBench(browser, ROOT, baselines.static);

    imported = await importBench(browser, base, importPair(join(ROOT, 'articles')), IMPORT_RUNS);
    books = await bookImportBench(browser, base, ROOT, BOOK_RUNS);

    // The library as shipped (2 articles) and with thousands imported, loaded in turns; search runs on the large one.
    const small = await newContext(browser);
    const large = await newContext(browser);
    library.fill = await fillLibrary(large, base, libraryArticles(shipped.data.articles, { count: ARTICLES }));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS)); // let the browser finish writing (the first loads after a big write are slower)
    ({ large: library.large, shipped: library.shipped } = await libraryPaint({ large, shipped: small }, base, LIBRARY_RUNS));
    library.largeBreakdown = await paintBreakdown(large, base, 5);
    library.shippedBreakdown = await paintBreakdown(small, base, 5);
    library.largeTrace = await paintTrace(browser, large, base);
    library.shippedTrace = await paintTrace(browser, small, base);
    await small.close();
    search = await searchBench(large, base);
    await large.close();
    myGlossary = await myGlossaryBench(browser, base, GLOSSARY_SIZES, GLOSSARY_RUNS);
    const reviewContext = await newContext(browser);
    review = await reviewBench(reviewContext, base);
    await reviewContext.close();
    lookup = await lookupBench(browser, base, longest.id);
  } finally {
    await browser.close();
    await server.close();
  }
  const ratio = app.repeat / baseline.repeat;

  const load = { start: loadAtStart.map((v) => Number(v.toFixed(2))), end: loadavg().map((v) => Number(v.toFixed(2))) };
  const results = {
    date: new Date().toISOString(),
    loadAverage: { ...load, note: '1, 5 and 15 minutes, when the bench started and when it ended' },
    readerInitialJs: { kb: Number(readerKb.toFixed(1)), budgetKb: BUDGET.readerInitialJsKb, chunks },
    openTrace: trace,
    shippedArticlesChunk: { file: shipped.file, kb: Number(kb(shipped.gzip).toFixed(1)), note: 'loaded once, when the store is seeded or updated' },
    panesPainted: {
      article: longest.id,
      runs: RUNS,
      appMedianMs: Number(app.repeat.toFixed(1)),
      appOwnPaintMedianMs: Number(app.repeatFull.toFixed(1)),
      snapshotPaints: app.snapshotPaints,
      appFcpMedianMs: Number(app.repeatFcp.toFixed(1)),
      staticFcpMedianMs: Number(baseline.repeatFcp.toFixed(1)),
      staticMedianMs: Number(baseline.repeat.toFixed(1)),
      ratio: Number(ratio.toFixed(2)),
      controlledBySw: app.controlled,
      swStopped: { appMedianMs: Number(app.stopped.toFixed(1)), staticMedianMs: Number(baseline.stopped.toFixed(1)), ratio: Number((app.stopped / baseline.stopped).toFixed(2)) },
      newRendererProcess: fresh,
      goalRatio: BUDGET.paintRatio,
      appFirstVisitMs: Number(app.first.toFixed(1)),
      appFirstVisitOwnPaintMs: Number(app.firstFull.toFixed(1)),
      staticFirstVisitMs: Number(baseline.first.toFixed(1)),
      firstVisits: app.firstVisits,
      appFirstVisitFcpMs: Number(app.firstFcp.toFixed(1)),
      staticFirstVisitFcpMs: Number(baseline.firstFcp.toFixed(1)),
      marksMedianMs: Number(marks.repeat.toFixed(1)),
      marksRatio: Number((marks.repeat / baseline.repeat).toFixed(2)),
    },
    glossaryMatching: { ...glossary, budgetMatchMs: BUDGET.glossaryMatchMs, budgetBuildMs: BUDGET.glossaryBuildMs },
    import: { ...imported, budgetMs: BUDGET.importMs },
    bookImport: books.map((book, k) => ({ ...book, budgetMs: k === 0 ? BUDGET.book220Ms : BUDGET.book440Ms, budgetLongTaskMs: BUDGET.importLongTaskMs })),
    libraryPainted: {
      articlesStored: library.fill.stored,
      fillWriteMs: library.fill.writeMs,
      large: library.large,
      shipped: library.shipped,
      budgetMs: BUDGET.libraryPaintMs,
      breakdown: { note: 'ms from navigation start, median of 5 instrumented loads (IndexedDB requests and long tasks noted by an init script)', large: library.largeBreakdown, shipped: library.shippedBreakdown },
      trace: { note: "one traced load each: the renderer main thread's time up to the paint mark, by kind; other = waiting (network, service worker, IndexedDB, next frame)", large: library.largeTrace, shipped: library.shippedTrace },
    },
    search: { articlesStored: library.fill.stored, ...search, budgetP95Ms: BUDGET.searchP95Ms },
    myGlossary: { sizes: myGlossary, budget: GLOSSARY_BUDGET },
    review: { ...review, budget: REVIEW_BUDGET },
    lookup: { ...lookup, budget: LOOKUP_BUDGET },
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/bench.json'), JSON.stringify(results, null, 2));

  console.log('\nTolk bench (headless Chromium; kB = 1000 bytes, gzip -9)');
  console.log(`load average (1, 5, 15 min): ${load.start.join(', ')} at the start, ${load.end.join(', ')} at the end\n`);
  printReaderJs(chunks, row, BUDGET.readerInitialJsKb);
  console.log(`      shipped articles chunk (first visit only)      ${kb(shipped.gzip).toFixed(1).padStart(8)} kB`);
  printOpen(app, baseline, row, BUDGET.paintRatio, fresh);
  printTrace(trace);
  row(`glossary marks painted, median of ${RUNS}`, `${marks.repeat.toFixed(1)} ms`, `${(marks.repeat / baseline.repeat).toFixed(2)}× static`, true);
  console.log(`\n      glossary matching: ${glossary.words} bokmål words × ${glossary.entries} entries, inflection-aware`);
  row('  build the index, median', `${glossary.buildMs.toFixed(2)} ms`, `≤ ${BUDGET.glossaryBuildMs} ms`, glossary.buildMs <= BUDGET.glossaryBuildMs);
  row('  match, median (warm index)', `${glossary.matchMedianMs.toFixed(2)} ms`, `≤ ${BUDGET.glossaryMatchMs} ms`, glossary.matchMedianMs <= BUDGET.glossaryMatchMs);
  row('  match, first pass after a build', `${glossary.matchColdMs.toFixed(2)} ms`, '', true);
  row('  per-term RegExp loop, median', `${glossary.regexMedianMs.toFixed(1)} ms`, `${glossary.ratio.toFixed(0)}× slower`, true);
  console.log(`      matches found: ${glossary.matchesFound} (RegExp loop, no inflection: ${glossary.regexMatchesFound})`);

  const { words } = imported;
  console.log(`\n      import: pasted pair of ${words.nb} bokmål / ${words.en} English words, ${imported.blocks} paragraphs`);
  row(`  import, alignment included, median of ${imported.runs}`, ms(imported.medianMs), `≤ ${BUDGET.importMs} ms`, imported.medianMs <= BUDGET.importMs);
  row(`  import, max of ${imported.runs}`, ms(imported.maxMs), '', true);
  console.log(`      app says: ${imported.appSummary}`);
  const booksOver = reportBooks(books, row, BUDGET);

  const stored = library.fill.stored;
  console.log(`\n      library: ${stored} articles stored (${ARTICLES} imported written in ${(library.fill.writeMs / 1000).toFixed(1)} s); list shows "${library.large.shown}"`);
  row(`  library painted, ${stored} articles, median of ${LIBRARY_RUNS}`, ms(library.large.medianMs), `≤ ${BUDGET.libraryPaintMs} ms`, library.large.medianMs <= BUDGET.libraryPaintMs);
  row(`  library painted, 2 shipped articles, median`, ms(library.shipped.medianMs), '(loaded in turns)', true);
  row(`  app ready (list usable), ${stored} articles, median`, ms(library.large.readyMedianMs), '', true);
  row(`  app ready (list usable), 2 shipped articles, median`, ms(library.shipped.readyMedianMs), '', true);
  row(`  first-contentful-paint, ${stored} articles`, ms(library.large.fcpMedianMs ?? NaN), '', true);
  row(`  first-contentful-paint, 2 shipped articles`, ms(library.shipped.fcpMedianMs ?? NaN), '', true);
  const split = (b) =>
    `HTML ${b.htmlResponseEnd} · scripts ${b.scriptsLoaded} · DOMContentLoaded ${b.domContentLoaded} · settings read ${b.settingsRead} · painted ${b.painted} · list query ${b.listQueryStart}–${b.listQueryDone} · app ready ${b.ready} (IndexedDB busy ${b.idbBusyMs} in ${b.idbRequests} requests, long tasks ${b.longTaskMs})`;
  console.log(`      where the time goes, ms from navigation start (median of 5 instrumented loads):`);
  console.log(`        ${stored} articles: ${split(library.largeBreakdown)}`);
  console.log(`        2 articles:    ${split(library.shippedBreakdown)}`);
  const traced = (t) => (t ? `painted ${t.paintedMs}: script ${t.scriptMs} · HTML ${t.parseHtmlMs} · style+layout ${t.styleLayoutMs} · paint ${t.paintMs} · GC ${t.gcMs} · waiting ${t.otherMs}` : 'no trace');
  console.log(`      main thread, one traced load (ms):`);
  console.log(`        ${stored} articles: ${traced(library.largeTrace)}`);
  console.log(`        2 articles:    ${traced(library.shippedTrace)}`);

  console.log(`\n      search: ${stored} articles, ${search.samples} measures from ${search.perQuery.length} queries typed key by key (${search.typingDelayMs} ms apart)`);
  row(`  search p95`, ms(search.p95Ms, 2), `≤ ${BUDGET.searchP95Ms} ms`, search.p95Ms <= BUDGET.searchP95Ms);
  row(`  search p50`, ms(search.p50Ms, 2), '', true);
  row(`  search max`, ms(search.maxMs, 2), '', true);
  console.log(`      of which IndexedDB (reading the top articles' texts): p50 ${ms(search.idbP50Ms, 2)}, p95 ${ms(search.idbP95Ms, 2)}; index query + sentence matching: p50 ${ms(search.otherP50Ms, 2)}, p95 ${ms(search.otherP95Ms, 2)}`);
  row(`  index, first build (focus → open)`, ms(search.firstBuild.openMs), '', true);
  row(`  index, stored, next load (focus → open)`, ms(search.reopenStored.openMs), '', true);
  const size = search.storedIndex?.map((r) => `${r.key}: ${(r.jsonChars / 1e6).toFixed(1)} M chars, ${r.articles} articles`).join('; ') ?? 'not found';
  console.log(`      first results shown: ${search.firstBuild.firstResultsMs} ms after focus (build), ${search.reopenStored.firstResultsMs} ms (stored); stored index ${size}`);
  const glossaryOver = printMyGlossary(myGlossary, row);
  const reviewOver = reportReview(review, row);
  const lookupOver = reportLookup(lookup, row);
  console.log('\nwritten to bench-results/bench.json');

  const over = [
    ...glossaryOver,
    readerKb > BUDGET.readerInitialJsKb && `the reader route's initial JavaScript is ${readerKb.toFixed(1)} kB, over ${BUDGET.readerInitialJsKb} kB`,
    glossary.matchMedianMs > BUDGET.glossaryMatchMs && `glossary matching takes ${glossary.matchMedianMs.toFixed(2)} ms, over ${BUDGET.glossaryMatchMs} ms`,
    glossary.buildMs > BUDGET.glossaryBuildMs && `building the glossary index takes ${glossary.buildMs.toFixed(2)} ms, over ${BUDGET.glossaryBuildMs} ms`,
    imported.medianMs > BUDGET.importMs && `importing a ${words.nb}/${words.en}-word pair takes ${imported.medianMs} ms, over ${BUDGET.importMs} ms`,
    library.large.medianMs > BUDGET.libraryPaintMs && `the library with ${stored} articles paints in ${library.large.medianMs} ms, over ${BUDGET.libraryPaintMs} ms`,
    ...booksOver,
    search.p95Ms > BUDGET.searchP95Ms && `search p95 is ${search.p95Ms} ms with ${stored} articles, over ${BUDGET.searchP95Ms} ms`,
    ...reviewOver,
    ...lookupOver,
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.join('; ')}.`);
    process.exit(1);
  }
}

/** Prints My glossary's figures and returns what is over budget. */
function printMyGlossary(sizes, row) {
  const over = [];
  for (const r of sizes) {
    const budget = GLOSSARY_BUDGET[r.terms];
    console.log(`\n      My glossary: ${r.terms} terms (written in ${(r.writeMs / 1000).toFixed(1)} s), ${r.itemsRendered} items rendered`);
    row(`  list ready after a reload, median of ${GLOSSARY_RUNS}`, ms(r.listReadyMedianMs), budget ? `≤ ${budget.listMs} ms` : '', !budget || r.listReadyMedianMs <= budget.listMs);
    row(`  search p95 (typed at once, until painted)`, ms(r.searchP95Ms), budget ? `≤ ${budget.searchP95Ms} ms` : '', !budget || r.searchP95Ms <= budget.searchP95Ms);
    row(`  search p50 / max`, `${r.searchP50Ms} / ${r.searchMaxMs}`, '', true);
    console.log(`      per query (median ms): ${r.perQuery.map((q) => `${q.query} ${q.medianMs} (${q.shown})`).join(' · ')}`);
    if (budget && r.listReadyMedianMs > budget.listMs) over.push(`My glossary with ${r.terms} terms lists in ${r.listReadyMedianMs} ms, over ${budget.listMs} ms`);
    if (budget && r.searchP95Ms > budget.searchP95Ms) over.push(`My glossary search p95 with ${r.terms} terms is ${r.searchP95Ms} ms, over ${budget.searchP95Ms} ms`);
  }
  return over;
}

await main();
