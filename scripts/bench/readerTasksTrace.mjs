// What the reader's long tasks are (issue #15): the readertasks bench's three opens (longest article, first and return visit; a 10,000-word imported pair), each traced, every main-thread task over 50 ms with what ran inside it.
//
// Run directly: `TOLK_BENCH_PORT=4450 node scripts/bench/readerTasksTrace.mjs`. READER_TRACE_CPU=4 slows the CPU 4×;
// READER_TRACE_PROFILE=1 adds V8's sampling profiler to name functions (it distorts timings: use it for names only);
// READER_TRACE_MINIFY=0 builds unminified (names, not timings). Builds into bench-results/dist-readertrace
// (again with READER_TRACE_BUILD=1). Thread time (cpuMs) is what a task cost apart from waiting for a core.
// READER_TRACE_MIN_MS=12 lists shorter tasks too (12 ms is 50 at Lighthouse's 4×); READER_TRACE_PHONE=1 opens in a
// phone's window (Lighthouse's mobile size). The marks line gives the app's measures with their duration, such as
// each start-up step's `tolk:evaluate <group>` (src/main.tsx). Each open also lists the threads that had the most CPU
// time in the 4 s after the first paint: on two cores, every other thread's work is time the main thread may wait for
// a core.
/* global requestAnimationFrame, requestIdleCallback -- page functions */
import { bookPair, importThroughApp, untilMark } from './readerTasksBench.mjs';
import { buildInto, CHROMIUM_FLAGS, newContext, round } from './util.mjs';

const BASE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'toplevel', 'loading'];
// Events that say what a task did.
const WHAT = new Set([
  'ParseHTML', 'FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule', 'v8.produceModuleCache', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR',
  'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'v8.deserializeMessage', 'HandlePostMessage', 'ParseAuthorStyleSheet', 'XHRLoad',
]);
const MIN_TASK_US = Number(process.env.READER_TRACE_MIN_MS ?? 50) * 1000;
const THREADS_WINDOW_US = 4_000_000;
const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js/, '.js') : '');

/** V8 samples on `tid` as [timestamp µs, node name]. */
function samplesOf(events, pid, tid) {
  const out = [];
  for (const profile of events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'Profile')) {
    const nodes = new Map();
    let ts = profile.args?.data?.startTime ?? profile.ts;
    for (const chunk of events.filter((e) => e.pid === pid && e.id === profile.id && e.name === 'ProfileChunk')) {
      const data = chunk.args?.data ?? {};
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, `${node.callFrame.functionName || '(anon)'} ${shortUrl(node.callFrame.url).split('/').pop()}:${node.callFrame.lineNumber}`);
      const deltas = data.timeDeltas ?? [];
      for (const [k, sample] of (data.cpuProfile?.samples ?? []).entries()) {
        ts += deltas[k] ?? 0;
        out.push([ts, sample]);
      }
    }
    for (const sample of out) if (typeof sample[1] === 'number') sample[1] = nodes.get(sample[1]) ?? `#${sample[1]}`;
  }
  return out;
}

/** The main thread's tasks over 50 ms between `from` and `to`, each with the named slices inside it and, when profiled, its hottest functions. */
function longTasks(events, pid, tid, from, to) {
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const samples = samplesOf(events, pid, tid);
  return mine
    .filter((e) => e.name === 'RunTask' && e.ts >= from && e.ts <= to && (e.dur ?? 0) > MIN_TASK_US)
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const end = task.ts + task.dur;
      const inside = mine.filter((e) => WHAT.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
      const byName = new Map();
      for (const e of inside) {
        const data = e.args?.data ?? {};
        const detail = data.functionName || data.type || shortUrl(data.url) || '';
        const label = detail ? `${e.name}(${detail})` : e.name;
        byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0) / 1000);
      }
      const hot = new Map();
      const files = new Map();
      for (const [ts, name] of samples) {
        if (ts < task.ts || ts > end) continue;
        hot.set(name, (hot.get(name) ?? 0) + 1);
        const file = name.split(' ').pop().split(':')[0] || '(native)';
        files.set(file, (files.get(file) ?? 0) + 1);
      }
      return {
        atMs: round((task.ts - from) / 1000),
        ms: round(task.dur / 1000),
        cpuMs: round((task.tdur ?? 0) / 1000),
        inside: [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, ms]) => `${n} ${round(ms)}`),
        ...(hot.size
          ? { hotSamples: [...hot].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, c]) => `${c} ${n}`), hotFiles: [...files].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, c]) => `${c} ${n}`) }
          : {}),
      };
    });
}

const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2000 }))));

/** One traced open of `url` in `context` until the dictionary is in and the browser idle. */
async function traceOpen(browser, context, url, cpu, categories) {
  const page = await context.newPage();
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await browser.startTracing(page, { categories });
  await page.goto(url);
  await page.evaluate(untilMark, ['tolk:panes-painted', 60_000]);
  await page.evaluate(untilMark, ['tolk:lookup-ready', 120_000]);
  await page.evaluate(settled);
  const observed = await page.evaluate(() => globalThis.__longTasks ?? []);
  const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  await page.close();
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const painted = events.find((e) => e.name === 'tolk:panes-painted');
  const anchor = nav ?? painted;
  const { pid, tid } = painted;
  // The app's marks, and its measures (a begin and an end event) with their duration: `name start (+duration)`.
  const timing = events.filter((e) => e.pid === pid && e.cat?.includes('blink.user_timing') && e.name.startsWith('tolk:'));
  const idOf = (e) => JSON.stringify(e.id2 ?? e.id);
  const endOf = (begin) => timing.find((e) => e.ph === 'e' && e.name === begin.name && idOf(e) === idOf(begin) && e.ts >= begin.ts);
  const marks = timing
    .filter((e) => e.ph !== 'e')
    .map((e) => {
      const end = e.ph === 'b' ? endOf(e) : undefined;
      return `${e.name} ${round((e.ts - anchor.ts) / 1000)}${end ? ` (+${round((end.ts - e.ts) / 1000)})` : ''}`;
    });
  const mainTasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= anchor.ts);
  const cpuMs = round(mainTasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000);
  const firstPaint = events.find((e) => e.name === 'tolk:reader-snapshot-painted') ?? painted;
  return { observed, marks, mainThreadCpuMs: cpuMs, threads: busiestThreads(events, firstPaint.ts), tasks: longTasks(events, pid, tid, anchor.ts, Infinity) };
}

/** The threads with the most CPU time (outermost slices' thread time) in the window after `from`, busiest first. */
function busiestThreads(events, from) {
  const names = new Map();
  const processes = new Map();
  const slices = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, e.args.name);
    if (e.ph !== 'X' || e.ts < from || e.ts > from + THREADS_WINDOW_US) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!slices.has(key)) slices.set(key, []);
    slices.get(key).push(e);
  }
  const cpu = [...slices].map(([key, list]) => {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let until = -Infinity;
    let sum = 0;
    for (const e of list) {
      if (e.ts < until) continue; // nested in a slice already counted
      sum += e.tdur ?? 0;
      until = e.ts + (e.dur ?? 0);
    }
    return [`${(processes.get(Number(key.split(':')[0])) ?? '?').slice(0, 40)} / ${names.get(key) ?? key}`, round(sum / 1000)];
  });
  return cpu.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, ms]) => `${name} ${ms}`);
}

function observeLongTasks() {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) globalThis.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
}

export async function traceReaderOpens(browser, baseUrl, root, shippedId, { cpu = 1, profile = false } = {}) {
  const categories = profile ? [...BASE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : BASE_CATEGORIES;
  const context = await newContext(browser, { phone: process.env.READER_TRACE_PHONE === '1' });
  await context.addInitScript(observeLongTasks);
  try {
    const first = await traceOpen(browser, context, `${baseUrl}/read/${shippedId}`, cpu, categories);
    const shipped = await traceOpen(browser, context, `${baseUrl}/read/${shippedId}`, cpu, categories);
    const pair = bookPair(root, 10_000);
    const imported = await traceOpen(browser, context, await importThroughApp(context, baseUrl, pair), cpu, categories);
    return { cpu, profile, first, shipped, imported };
  } finally {
    await context.close();
  }
}

async function traceOnly() {
  const { chromium } = await import('@playwright/test');
  const { existsSync, readFileSync, writeFileSync } = await import('node:fs');
  const { loadavg } = await import('node:os');
  const { preview } = await import('vite');
  const root = new URL('../..', import.meta.url).pathname;
  const minify = process.env.READER_TRACE_MINIFY !== '0';
  const dist = `${root}bench-results/dist-readertrace${minify ? '' : '-plain'}`;
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  if (!existsSync(`${dist}/index.html`) || process.env.READER_TRACE_BUILD) buildInto(root, dist, minify ? [] : ['--minify', 'false']);
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
  const { loadShipped } = await import('./openBench.mjs');
  const shipped = await loadShipped(manifest, dist);
  const longest = shipped.data.articles.map((s) => s.article).sort((a, b) => b.versions.nb.words - a.versions.nb.words)[0];
  const port = Number(process.env.TOLK_BENCH_PORT ?? 4175);
  const server = await preview({ root, logLevel: 'warn', build: { outDir: dist }, preview: { port, strictPort: true, open: false } });
  const chromiumPath = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
    args: CHROMIUM_FLAGS,
  });
  try {
    const loadAtStart = loadavg().map((v) => v.toFixed(2)).join(', ');
    const cpu = Number(process.env.READER_TRACE_CPU ?? 1);
    const trace = await traceReaderOpens(browser, `http://localhost:${port}`, root, longest.id, { cpu, profile: process.env.READER_TRACE_PROFILE === '1' });
    const out = `${root}bench-results/readertrace-cpu${cpu}${trace.profile ? '-profile' : ''}.json`;
    writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), loadAtStart, loadAtEnd: loadavg().map((v) => v.toFixed(2)).join(', '), ...trace }, null, 2));
    console.log(`reader opens traced, CPU ${cpu}×; load average ${loadAtStart} at the start, ${loadavg().map((v) => v.toFixed(2)).join(', ')} at the end; written to ${out}`);
    for (const visit of ['first', 'shipped', 'imported']) {
      const t = trace[visit];
      console.log(`\n${visit}: observed ${t.observed.join(', ') || 'none'}; main thread cpu ${t.mainThreadCpuMs} ms; marks ${t.marks.join(' · ')}`);
      console.log(`  CPU time by thread in the ${THREADS_WINDOW_US / 1e6} s after the first paint (ms): ${t.threads.join(' · ')}`);
      for (const task of t.tasks) {
        console.log(`  at ${task.atMs}: ${task.ms} ms (cpu ${task.cpuMs}) ${task.inside.join(' | ')}`);
        if (task.hotSamples) console.log(`      hot: ${task.hotSamples.join(' | ')}\n      by file: ${task.hotFiles.join(' | ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) await traceOnly();
