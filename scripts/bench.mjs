// npm run bench: builds Tolk, checks the reader route's JavaScript budget, and times opening the longest article
// against the same text as a static HTML page, both in headless Chromium. Fails when a budget is exceeded.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const PORT = 4175;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BUDGET = { readerInitialJsKb: 135, paintRatio: 1.5, glossaryMatchMs: 5, glossaryBuildMs: 50 };
const CHROMIUM = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';

const kb = (bytes) => bytes / 1000;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function build() {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** The JavaScript a first visit to /read/:id needs before the panes can paint: the entry, its static imports, and the reader chunk. */
function readerRouteJs(manifest) {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const readerKey = Object.keys(manifest).find((key) => key.endsWith('app/ReaderRoute.tsx'));
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entryKey);
  visit(readerKey);
  return [...seen].map((key) => {
    const file = manifest[key].file;
    return { file, gzip: gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length };
  });
}

async function loadShipped(manifest) {
  const key = Object.keys(manifest).find((k) => k.includes('shipped-articles'));
  const file = join(DIST, manifest[key].file);
  return { file: manifest[key].file, gzip: gzipSync(readFileSync(file), { level: 9 }).length, data: (await import(pathToFileURL(file).href)).default };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same article as plain HTML: both languages in a two-column grid, and the same paint mark as the app. */
function staticPage(article) {
  const pane = (lang, name) => {
    const version = article.versions[lang];
    const blocks = version.blocks.map((b) => `<p>${b.segments.map((s) => `<span>${escape(s)}</span>`).join(' ')}</p>`).join('\n');
    return `<section lang="${lang}" aria-label="${name}"><h1>${escape(version.meta.title)}</h1>\n${blocks}</section>`;
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Static baseline</title><style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:72rem;margin:auto}main{display:grid;grid-template-columns:1fr 1fr;gap:2.5rem}</style></head>
<body><main>${pane('nb', 'Norsk')}${pane('en', 'English')}</main>
<script>requestAnimationFrame(() => performance.mark('tolk:panes-painted'));</script></body></html>`;
}

async function startPreview() {
  const server = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

/** Milliseconds from navigation start to a performance mark, for one page load. */
async function timeToMark(page, url, mark) {
  await page.goto(url);
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 20_000 });
  return handle.jsonValue();
}

async function measure(browser, url, runs, mark = 'tolk:panes-painted') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const first = await timeToMark(page, url, mark); // a first visit: empty caches and, for the app, an empty store to seed
  const repeat = [];
  for (let i = 0; i < runs; i++) repeat.push(await timeToMark(page, url, mark));
  await context.close();
  return { first, repeat: median(repeat), samples: repeat };
}

/** The glossary kernel (bench/glossary/kernel.ts) bundled for the browser and run in the page. */
async function glossaryBench(browser, pageUrl) {
  const outDir = join(ROOT, 'bench-results/glossary-bundle');
  await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(ROOT, 'bench/glossary/browser.ts'), formats: ['iife'], name: 'tolkGlossaryBench', fileName: () => 'glossary.js' } },
  });
  const page = await browser.newPage();
  await page.goto(pageUrl);
  await page.addScriptTag({ path: join(outDir, 'glossary.js') });
  const result = await page.evaluate(() => globalThis.tolkGlossaryBench(21));
  await page.close();
  return result;
}

async function main() {
  build();
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  const chunks = readerRouteJs(manifest);
  const readerKb = kb(chunks.reduce((sum, c) => sum + c.gzip, 0));
  const shipped = await loadShipped(manifest);

  const longest = shipped.data.articles.map((s) => s.article).sort((a, b) => b.versions.nb.words - a.versions.nb.words)[0];
  mkdirSync(join(DIST, '__bench'), { recursive: true });
  writeFileSync(join(DIST, '__bench/static.html'), staticPage(longest));

  const server = await startPreview();
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let app;
  let baseline;
  let marks;
  let glossary;
  try {
    // Alternate the order of the two so that neither always runs on a warmer machine.
    baseline = await measure(browser, `http://localhost:${PORT}/__bench/static.html`, RUNS);
    app = await measure(browser, `http://localhost:${PORT}/read/${longest.id}`, RUNS);
    marks = await measure(browser, `http://localhost:${PORT}/read/${longest.id}`, RUNS, 'tolk:marks-painted');
    glossary = await glossaryBench(browser, `http://localhost:${PORT}/__bench/static.html`);
  } finally {
    await browser.close();
    server.kill();
  }
  const ratio = app.repeat / baseline.repeat;

  const results = {
    date: new Date().toISOString(),
    readerInitialJs: { kb: Number(readerKb.toFixed(1)), budgetKb: BUDGET.readerInitialJsKb, chunks },
    shippedArticlesChunk: { file: shipped.file, kb: Number(kb(shipped.gzip).toFixed(1)), note: 'loaded once, when the store is seeded or updated' },
    panesPainted: {
      article: longest.id,
      runs: RUNS,
      appMedianMs: Number(app.repeat.toFixed(1)),
      staticMedianMs: Number(baseline.repeat.toFixed(1)),
      ratio: Number(ratio.toFixed(2)),
      goalRatio: BUDGET.paintRatio,
      appFirstVisitMs: Number(app.first.toFixed(1)),
      staticFirstVisitMs: Number(baseline.first.toFixed(1)),
      marksMedianMs: Number(marks.repeat.toFixed(1)),
      marksRatio: Number((marks.repeat / baseline.repeat).toFixed(2)),
    },
    glossaryMatching: { ...glossary, budgetMatchMs: BUDGET.glossaryMatchMs, budgetBuildMs: BUDGET.glossaryBuildMs },
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/bench.json'), JSON.stringify(results, null, 2));

  const row = (label, value, budget, ok) => console.log(`${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(46)} ${String(value).padStart(10)}   ${budget}`);
  console.log('\nTolk bench (headless Chromium; kB = 1000 bytes, gzip -9)\n');
  for (const c of chunks) console.log(`      ${c.file.padEnd(46)} ${kb(c.gzip).toFixed(1).padStart(8)} kB`);
  row('reader route initial JS', `${readerKb.toFixed(1)} kB`, `≤ ${BUDGET.readerInitialJsKb} kB`, readerKb <= BUDGET.readerInitialJsKb);
  console.log(`      shipped articles chunk (first visit only)      ${kb(shipped.gzip).toFixed(1).padStart(8)} kB`);
  row(`panes painted, app, median of ${RUNS}`, `${app.repeat.toFixed(1)} ms`, '', true);
  row(`same text as static HTML, median of ${RUNS}`, `${baseline.repeat.toFixed(1)} ms`, '', true);
  row('ratio app / static', `${ratio.toFixed(2)}×`, `goal ≤ ${BUDGET.paintRatio}×`, ratio <= BUDGET.paintRatio);
  console.log(`      first visit (empty store): app ${app.first.toFixed(1)} ms, static ${baseline.first.toFixed(1)} ms`);
  row(`glossary marks painted, median of ${RUNS}`, `${marks.repeat.toFixed(1)} ms`, `${(marks.repeat / baseline.repeat).toFixed(2)}× static`, true);
  console.log(`\n      glossary matching: ${glossary.words} bokmål words × ${glossary.entries} entries, inflection-aware`);
  row('  build the index, median', `${glossary.buildMs.toFixed(2)} ms`, `≤ ${BUDGET.glossaryBuildMs} ms`, glossary.buildMs <= BUDGET.glossaryBuildMs);
  row('  match, median (warm index)', `${glossary.matchMedianMs.toFixed(2)} ms`, `≤ ${BUDGET.glossaryMatchMs} ms`, glossary.matchMedianMs <= BUDGET.glossaryMatchMs);
  row('  match, first pass after a build', `${glossary.matchColdMs.toFixed(2)} ms`, '', true);
  row('  per-term RegExp loop, median', `${glossary.regexMedianMs.toFixed(1)} ms`, `${glossary.ratio.toFixed(0)}× slower`, true);
  console.log(`      matches found: ${glossary.matchesFound} (RegExp loop, no inflection: ${glossary.regexMatchesFound})`);
  console.log('\nwritten to bench-results/bench.json');

  const over = [
    readerKb > BUDGET.readerInitialJsKb && `the reader route's initial JavaScript is ${readerKb.toFixed(1)} kB, over ${BUDGET.readerInitialJsKb} kB`,
    glossary.matchMedianMs > BUDGET.glossaryMatchMs && `glossary matching takes ${glossary.matchMedianMs.toFixed(2)} ms, over ${BUDGET.glossaryMatchMs} ms`,
    glossary.buildMs > BUDGET.glossaryBuildMs && `building the glossary index takes ${glossary.buildMs.toFixed(2)} ms, over ${BUDGET.glossaryBuildMs} ms`,
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.join('; ')}.`);
    process.exit(1);
  }
}

await main();
