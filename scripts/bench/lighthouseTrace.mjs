// What Lighthouse's mobile blocking time is made of (issue #15): runs Lighthouse on one page with its trace saved and
// lists, after the first contentful paint, each main-thread task long enough to count, with its wall time beside its
// thread time, and the CPU each thread of the browser used while the app started.
//
// Lighthouse's mobile score is a simulation: it takes each task's wall time from the unthrottled trace, multiplies it
// by 4 (by 2 when the task did layout) and counts what is over 50 ms. A task that waited for a core counts as if it
// had worked all that time, so the thread time (`tdur`) against the wall time (`dur`) says whether a task was long or
// only kept waiting; each run also applies that rule to all of its tasks, both ways, and sums what it counts by the
// kind of work each task did (module evaluation, Dexie, React's scheduler, ...).
//
// Run directly: `TOLK_BENCH_PORT=4760 node scripts/bench/lighthouseTrace.mjs`. It opens /read/belarus-president-putin
// (LH_TRACE_ARTICLE names another; LH_TRACE_PAGE=library opens the library), as `npm run lighthouse` does, in a new
// profile each run (a first visit); LH_TRACE_RUNS sets the runs (3); LH_TRACE_BUILD=1 builds again
// (into bench-results/lighthousetrace-dist; LH_TRACE_MINIFY=0 unminified, for function names); LH_EXTRA_FLAGS adds
// Chromium flags for an experiment (scripts/bench/util.mjs). Reports and traces are written to
// bench-results/lighthousetrace/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './staticServer.mjs';
import { buildInto, LIGHTHOUSE_CHROME_FLAGS, LIGHTHOUSE_CHROME_PATH as CHROME_PATH } from './util.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench-results/lighthousetrace');
const MINIFY = process.env.LH_TRACE_MINIFY !== '0';
const DIST = join(ROOT, `bench-results/lighthousetrace-dist${MINIFY ? '' : '-plain'}`);
const PORT = Number(process.env.TOLK_BENCH_PORT ?? 4760);
const RUNS = Math.max(1, Number(process.env.LH_TRACE_RUNS ?? 3));
/** At Lighthouse's 4× a task of this wall time reaches the 50 ms that blocking time counts from. */
const COUNTS_FROM_US = 12_500;
/** The window after the first paint in which the threads' CPU is summed: about when the app starts. */
const THREADS_WINDOW_US = 800_000;
/** What a task did, by the trace events inside it. */
const WHAT = /^(FunctionCall|v8\.evaluateModule|v8\.compileModule|UpdateLayoutTree|Layout|Paint|Commit|ParseAuthorStyleSheet|TimerFire|FireIdleCallback|FireAnimationFrame|RunMicrotasks|HandlePostMessage|EventDispatch|Decode Image|MajorGC|MinorGC)$/;

const ms = (us) => (us / 1000).toFixed(1);
const fileOf = (url = '') => url.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js');

/** Lighthouse's CLI as a child that does not block this process, which serves the page meanwhile. */
async function lighthouse(url, name) {
  const args = [
    url,
    '--output=json',
    `--output-path=${join(OUT, `${name}.report.json`)}`,
    '--only-categories=performance',
    `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(' ')}`,
    '--save-assets',
    '--quiet',
  ];
  const status = await new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/lighthouse'), args, { stdio: 'inherit', env: { ...process.env, ...(CHROME_PATH ? { CHROME_PATH } : {}) } });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? signal));
  });
  if (status !== 0) throw new Error(`lighthouse failed (${status})`);
  return {
    lhr: JSON.parse(readFileSync(join(OUT, `${name}.report.json`), 'utf8')),
    events: JSON.parse(readFileSync(join(OUT, `${name}.report-0.trace.json`), 'utf8')).traceEvents,
  };
}

/**
 * What a main-thread task was, by the events inside it, tried in this order: the start-up's module evaluation, Dexie's
 * code, React's scheduler (its work loop runs from the shell chunk), the page's inline script, promise continuations,
 * style and layout, or none of these.
 */
function kindOf(task, mine) {
  const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const calls = (test) => inside.some((e) => e.name === 'FunctionCall' && test(e.args?.data?.url ?? ''));
  if (inside.some((e) => e.name === 'v8.evaluateModule')) return 'module evaluation';
  if (calls((url) => fileOf(url) === 'db.js')) return 'Dexie';
  if (calls((url) => fileOf(url) === 'shell.js')) return "React's scheduler";
  if (calls((url) => /^https?:/.test(url) && !url.includes('/assets/'))) return 'inline script';
  if (inside.some((e) => e.name === 'RunMicrotasks' && e.dur >= 1000)) return 'promise continuations';
  if (inside.some((e) => /^(UpdateLayoutTree|Layout|Paint|Commit)$/.test(e.name))) return 'style, layout, paint';
  return 'other (no script)';
}

/** The page's main-thread tasks after its first contentful paint, and the threads' CPU just after it. */
function analyse(events) {
  const fcp = events.filter((e) => e.name === 'firstContentfulPaint').sort((a, b) => a.ts - b.ts)[0];
  if (!fcp) throw new Error('no first contentful paint in the trace');
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const processNames = new Map(events.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args.name]));
  const main = [...threadNames].find(([key, name]) => name === 'CrRendererMain' && key.startsWith(`${fcp.pid}:`))?.[0];
  const slices = events.filter((e) => e.ph === 'X' && e.ts >= fcp.ts).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const mine = slices.filter((e) => `${e.pid}:${e.tid}` === main);
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const long = tasks.filter((task) => task.dur >= COUNTS_FROM_US).map((task) => {
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && WHAT.test(e.name));
    const by = new Map();
    for (const e of inside) {
      const data = e.args?.data ?? {};
      const label = e.name === 'FunctionCall' ? `${data.functionName || 'anonymous'}@${fileOf(data.url)}` : data.url ? `${e.name}(${fileOf(data.url)})` : e.name;
      by.set(label, (by.get(label) ?? 0) + (e.tdur ?? 0));
    }
    const what = [...by].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([label, us]) => `${label} ${ms(us)}`);
    return { at: ms(task.ts - fcp.ts), wall: ms(task.dur), thread: ms(task.tdur ?? 0), what };
  });
  // Each thread's top-level slices (a slice inside another is not counted twice) in the window after the paint.
  const threads = new Map();
  const until = new Map();
  for (const e of slices) {
    if (e.tdur === undefined || e.ts > fcp.ts + THREADS_WINDOW_US) continue;
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (until.get(key) ?? 0)) continue;
    until.set(key, e.ts + e.dur);
    const name = `${processNames.get(e.pid) ?? e.pid}/${threadNames.get(key) ?? e.tid}`;
    threads.set(name, (threads.get(name) ?? 0) + e.tdur);
  }
  const sum = (list, key) => list.reduce((total, e) => total + (e[key] ?? 0), 0);
  // Lighthouse's rule applied to this trace's tasks after the paint: by their wall time, as it does, and by their thread
  // time, as it would count them on a core of their own. The gap between the two is time spent waiting for a core.
  const didLayout = (task) => mine.some((e) => e.name === 'Layout' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const counted = (task, key) => Math.max(0, ((task[key] ?? 0) / 1000) * (didLayout(task) ? 2 : 4) - 50);
  const blocking = (key) => tasks.reduce((total, task) => total + counted(task, key), 0);
  // The same by wall time, summed by what each task did: which part of the start-up the counted time falls on.
  const byKind = new Map();
  for (const task of tasks) {
    const blockingMs = counted(task, 'dur');
    if (blockingMs === 0) continue;
    const kind = kindOf(task, mine);
    byKind.set(kind, (byKind.get(kind) ?? 0) + blockingMs);
  }
  // Each frame the page draws is screenshotted under Lighthouse: compositor and browser work on the same cores.
  const frames = events.filter((e) => e.name === 'Screenshot' && e.ts >= fcp.ts && e.ts <= fcp.ts + THREADS_WINDOW_US).length;
  return {
    frames,
    blockingByWallMs: blocking('dur').toFixed(0),
    blockingByThreadMs: blocking('tdur').toFixed(0),
    blockingByKind: [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, blockingMs]) => `${kind} ${blockingMs.toFixed(0)}`),
    mainWallMs: ms(sum(tasks, 'dur')),
    mainThreadMs: ms(sum(tasks, 'tdur')),
    long,
    threads: [...threads].sort((a, b) => b[1] - a[1]).filter(([, us]) => us >= 5000).map(([name, us]) => `${name} ${ms(us)}`),
  };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')) || process.env.LH_TRACE_BUILD) buildInto(ROOT, DIST, MINIFY ? [] : ['--minify', 'false']);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const path = process.env.LH_TRACE_PAGE === 'library' ? '/' : `/read/${process.env.LH_TRACE_ARTICLE ?? 'belarus-president-putin'}`;
  const server = await serveStatic(DIST, PORT);
  try {
    console.log(`Lighthouse mobile, ${RUNS} run(s) of http://localhost:${PORT}${path}; load average ${loadavg().map((v) => v.toFixed(1)).join(' ')}`);
    for (let run = 1; run <= RUNS; run++) {
      const { lhr, events } = await lighthouse(`http://localhost:${PORT}${path}`, `run-${run}`);
      const a = analyse(events);
      const audit = (id) => Math.round(lhr.audits[id].numericValue);
      console.log(`\nrun ${run}: performance ${Math.round(lhr.categories.performance.score * 100)}, blocking ${audit('total-blocking-time')} ms, FCP ${audit('first-contentful-paint')} ms (simulated)`);
      console.log(`  main thread after the first paint: ${a.mainThreadMs} ms of thread time in ${a.mainWallMs} ms of tasks`);
      console.log(`  blocking time by Lighthouse's rule over these tasks: ${a.blockingByWallMs} ms by wall time, ${a.blockingByThreadMs} ms by thread time`);
      console.log(`  by wall time, by what the task did (ms): ${a.blockingByKind.join(' · ') || 'none'}`);
      console.log(`  CPU by thread in the ${THREADS_WINDOW_US / 1000} ms after it (ms): ${a.threads.join(' · ')}`);
      console.log(`  frames drawn (screenshots) in those ${THREADS_WINDOW_US / 1000} ms: ${a.frames}`);
      console.log(`  tasks of ${COUNTS_FROM_US / 1000} ms or more (at ms after the paint: wall / thread time, what ran):`);
      for (const task of a.long) console.log(`    at ${task.at}: ${task.wall} / ${task.thread}  ${task.what.join(' | ')}`);
    }
  } finally {
    server.close();
  }
}

await main();
