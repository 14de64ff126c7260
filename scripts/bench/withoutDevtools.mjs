// Opening the longest article in a Chromium that no DevTools client drives (issue #15): each start-up step's evaluation
// and the long tasks, as a learner's browser has them.
//
// Playwright and Lighthouse drive Chromium over the DevTools protocol with its Runtime domain on, and then V8 records
// a full stack trace for every Error made. react-dom makes five at its top level, and the first makes V8 parse its
// 200 kB module function again for source positions: 80–170 ms (V8.CollectSourcePositions in a trace) that no
// learner's browser spends. This script starts Chromium as a plain process instead: the server adds a small observer
// script to the pages, and the observer posts the start-up steps' measures (`tolk:evaluate <group>`, src/main.tsx)
// and the tasks over 50 ms once the dictionary is in. The first open is a first visit (a fresh profile); the others
// return to it.
//
// Run directly: `node scripts/bench/withoutDevtools.mjs`. NODEVTOOLS_RUNS=5 opens; NODEVTOOLS_BUILD=1 builds again
// (into bench-results/dist-nodevtools); NODEVTOOLS_DETAIL=1 lists each long animation frame with what ran in it;
// TOLK_BENCH_PORT picks the port; TOLK_CHROMIUM the browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { loadShipped } from './openBench.mjs';
import { buildInto, CHROMIUM_FLAGS, LONG_FRAMES_SCRIPT, median, round } from './util.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = join(ROOT, 'bench-results/dist-nodevtools');
const PORT = Number(process.env.TOLK_BENCH_PORT ?? 4463);
const RUNS = Number(process.env.NODEVTOOLS_RUNS ?? 5);
const CHROMIUM = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';
const DETAIL = Boolean(process.env.NODEVTOOLS_DETAIL);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/**
 * Runs in the page before its own scripts: long tasks from the start, the long animation frames with what ran in
 * them (LONG_FRAMES_SCRIPT), and the report once the dictionary is in.
 */
const OBSERVER = `${LONG_FRAMES_SCRIPT}
(() => {
  const tasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration)); }).observe({ type: 'longtask' });
  const steps = () => Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('tolk:evaluate ')).map((m) => [m.name.slice(14), Math.round(m.duration * 10) / 10]));
  const report = () => JSON.stringify({ steps: steps(), longTasks: tasks, frames: globalThis.__longFrames });
  const poll = () => (performance.getEntriesByName('tolk:lookup-ready').length > 0 ? void fetch('/__report', { method: 'POST', body: report() }) : setTimeout(poll, 200));
  poll();
})();`;

/** The build's files, each page with the observer first in <head> (the service worker precaches it so, too). */
function serve(onReport) {
  return createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/__observer.js') return void response.writeHead(200, { 'content-type': TYPES['.js'] }).end(OBSERVER);
    if (pathname === '/__report') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        response.end();
        onReport(JSON.parse(body));
      });
      return;
    }
    let file = join(DIST, pathname);
    if (!existsSync(file) || statSync(file).isDirectory()) file = existsSync(`${file}.html`) ? `${file}.html` : join(DIST, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    if (type === 'text/html') body = body.toString('utf8').replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}<script src="/__observer.js"></script>`);
    response.writeHead(200, { 'content-type': type }).end(body);
  }).listen(PORT);
}

/** The report of the page open now (one at a time). */
let onReport = () => undefined;

/** Opens `url` in a Chromium with no DevTools client, in `profile`, until the page reports. */
function open(url, profile) {
  const flags = ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS, '--window-size=1280,900', '--lang=en-GB'];
  const report = new Promise((resolve) => (onReport = resolve));
  const browser = spawn(CHROMIUM, [...flags, `--user-data-dir=${profile}`, url], { stdio: 'ignore' });
  const exited = new Promise((resolve) => browser.on('exit', resolve));
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no report from ${url} within 60 s`)), 60_000)));
  return Promise.race([report, timeout]).finally(async () => {
    clearTimeout(timer);
    browser.kill('SIGTERM');
    await exited;
  });
}

if (!existsSync(join(DIST, 'index.html')) || process.env.NODEVTOOLS_BUILD) buildInto(ROOT, DIST);
const { data } = await loadShipped(JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')), DIST);
const shipped = data.articles.map((s) => s.article).sort((a, b) => b.versions.nb.words - a.versions.nb.words)[0].id;
const server = serve((report) => onReport(report));
const profile = mkdtempSync(join(tmpdir(), 'tolk-nodevtools-'));
const loadAtStart = loadavg().map((v) => v.toFixed(2)).join(', ');
try {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await open(`http://localhost:${PORT}/read/${shipped}`, profile));
  console.log(`opening ${shipped} with no DevTools client, ${RUNS} opens (the first a first visit); load average ${loadAtStart} at the start, ${loadavg().map((v) => v.toFixed(2)).join(', ')} at the end`);
  runs.forEach(({ steps, longTasks, frames }, run) => {
    console.log(`  ${run === 0 ? 'first ' : 'return'}  ${Object.entries(steps).map(([step, ms]) => `${step} ${ms}`).join(' · ')} ms; tasks over 50 ms: ${longTasks.length ? longTasks.join(', ') : 'none'}`);
    if (DETAIL) for (const frame of frames) console.log(`      long frame ${frame}`);
  });
  for (const step of Object.keys(runs[0].steps)) console.log(`  median  ${step}: ${round(median(runs.map((r) => r.steps[step])))} ms`);
} finally {
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

