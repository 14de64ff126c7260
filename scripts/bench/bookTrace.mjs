// Where a whole-book import's time goes: one traced import of the 440 KB pair, the main thread's and the worker's busy time and the main thread's long tasks, by what ran in them.
//
// Run directly (`TOLK_BENCH_PORT=4600 node scripts/bench/bookTrace.mjs`; BOOK_TRACE_KB picks the size, 440 by default):
// builds the app unminified into bench-results/dist-trace (once, or again with BOOK_TRACE_BUILD=1) and serves it.
// Wall times on a shared machine mostly measure the other processes; the thread times (cpuMs) do not.
import { bookPrefix, cleanBook } from './corpus.mjs';
import { buildInto, CHROMIUM_FLAGS, newContext, round } from './util.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'toplevel', 'disabled-by-default-v8.cpu_profiler'];
// Events that say what a task did, innermost names win when they nest (a FunctionCall inside a RunTask).
const WHAT = new Set(['v8.deserializeMessage', 'ScheduledAction', 'ParseHTML', 'FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'ParseHTML', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'v8.deserializeMessage', 'v8.serializeMessage', 'HandlePostMessage']);

/** Busy time on one thread between `from` and `to` (µs), and its tasks over 50 ms with the named slices inside them. */
function threadSummary(events, pid, tid, from, to) {
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= from && e.ts <= to);
  const busy = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  // Thread time (tdur): what the task itself cost, apart from waiting for a core on a busy machine.
  const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const longestCpu = Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
  const long = tasks
    .filter((e) => (e.dur ?? 0) > 50_000)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 8)
    .map((task) => {
      const inside = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && WHAT.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
      const byName = new Map();
      for (const e of inside) {
        const label = e.name === 'FunctionCall' || e.name === 'EventDispatch' ? `${e.name}(${e.args?.data?.functionName || e.args?.data?.type || ''})` : e.name;
        byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0) / 1000);
      }
      return { atMs: round((task.ts - from) / 1000), ms: round(task.dur / 1000), cpuMs: round((task.tdur ?? 0) / 1000), inside: [...byName].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, ms]) => `${n} ${round(ms)}`) };
    });
  return { busyMs: round(busy), cpuMs: round(cpu), longestTaskCpuMs: round(longestCpu), longTasks: long };
}

/** Self time by function (name and line in an unminified build) from the V8 sampling profile of one thread. */
function hotFunctions(events, pid, tid) {
  const nodes = new Map();
  let self = new Map();
  // The samples come in chunks on the profiler's own thread, tied to the profiled thread's Profile event by id.
  const ids = new Set(events.filter((x) => x.pid === pid && x.tid === tid && x.name === 'Profile').map((x) => x.id));
  for (const e of events.filter((x) => x.pid === pid && ids.has(x.id) && x.name === 'ProfileChunk')) {
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(node.id, `${node.callFrame.functionName || '(anonymous)'} ${(node.callFrame.url ?? '').split('/').pop()}:${node.callFrame.lineNumber}`);
    const deltas = e.args?.data?.timeDeltas ?? [];
    for (const [k, sample] of (profile.samples ?? []).entries()) self.set(sample, (self.get(sample) ?? 0) + (deltas[k] ?? 0) / 1000);
  }
  const byName = new Map();
  for (const [id, ms] of self) {
    const name = nodes.get(id) ?? `#${id}`;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  self = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
  return self.map(([name, ms]) => `${round(ms)} ${name}`);
}

/** One traced import of `nb`/`en` (as files) on /import; the page's user-timing marks locate the phases. */
export async function traceBookImport(browser, baseUrl, nb, en) {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/import`);
    await page.getByLabel('Or choose a Norwegian file').setInputFiles({ name: 'nb.txt', mimeType: 'text/plain', buffer: Buffer.from(nb) });
    await page.getByLabel('Or choose an English file').setInputFiles({ name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(en) });
    await page.waitForFunction((length) => globalThis.document.querySelectorAll('textarea')[1]?.value.length === length, en.length, { timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: /^Imported:/ }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
    // BOOK_TRACE_DUMP=file keeps the raw trace for a closer look.
    if (process.env.BOOK_TRACE_DUMP) (await import('node:fs')).writeFileSync(process.env.BOOK_TRACE_DUMP, JSON.stringify(events));
    const start = events.find((e) => e.name === 'tolk:import-start');
    if (!start) throw new Error('no tolk:import-start mark in the trace');
    const marks = events
      .filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('tolk:import') && e.ph !== 'e')
      .map((e) => ({ name: e.name, atMs: round((e.ts - start.ts) / 1000) }));
    const end = Math.max(...events.filter((e) => e.name.startsWith('tolk:import')).map((e) => e.ts)) + 300_000;
    const threads = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
    const workers = [...threads].filter(([, name]) => name === 'DedicatedWorker thread').map(([key]) => key.split(':').map(Number));
    // From 200 ms before the mark: the click's own task starts before it.
    const main = threadSummary(events, start.pid, start.tid, start.ts - 200_000, end);
    const worker = workers
      .filter(([pid]) => pid === start.pid)
      .map(([pid, tid]) => threadSummary(events, pid, tid, start.ts, end))
      .sort((a, b) => b.busyMs - a.busyMs)[0];
    const workerThread = workers.filter(([pid]) => pid === start.pid).sort((a, b) => threadSummary(events, ...b, start.ts, end).busyMs - threadSummary(events, ...a, start.ts, end).busyMs)[0];
    const hot = { main: hotFunctions(events, start.pid, start.tid), worker: workerThread ? hotFunctions(events, ...workerThread) : [] };
    return { marks, main, worker, hot };
  } finally {
    await context.close();
  }
}

async function traceOnly() {
  const { chromium } = await import('@playwright/test');
  const { existsSync } = await import('node:fs');
  const { loadavg } = await import('node:os');
  const { preview } = await import('vite');
  const root = new URL('../..', import.meta.url).pathname;
  // Unminified, so that the profile names functions.
  const dist = `${root}bench-results/dist-trace`;
  if (!existsSync(`${dist}/index.html`) || process.env.BOOK_TRACE_BUILD) buildInto(root, dist, ['--minify', 'false']);
  const port = Number(process.env.TOLK_BENCH_PORT ?? 4175);
  const server = await preview({ root, logLevel: 'warn', build: { outDir: dist }, preview: { port, strictPort: true, open: false } });
  const chromiumPath = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
    args: CHROMIUM_FLAGS,
  });
  try {
    const limit = Number(process.env.BOOK_TRACE_KB ?? 440) * 1000;
    const book = bookPrefix(cleanBook(root), limit);
    const trace = await traceBookImport(browser, `http://localhost:${port}`, book.nb, book.en);
    console.log(`traced import of ${limit / 1000} KB a side (${book.paragraphs} paragraphs); load average ${loadavg().map((v) => v.toFixed(2)).join(', ')}`);
    console.log(JSON.stringify(trace, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) await traceOnly();
