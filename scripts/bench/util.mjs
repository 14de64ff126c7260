// Small helpers the bench modules share: statistics over samples, the build and browser they all use, waiting for a performance entry, IndexedDB timing.
/* global IDBFactory, IDBObjectStore, IDBIndex -- instrument() runs in the page */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The flags every bench starts Chromium with: no GPU, and none of the browser's own background work. Chromium 156
 * loads its address bar's popup (a WebUI page, chrome://omnibox-popup.top-chrome) in a renderer of its own as it
 * starts, headless too: 1–2 s of CPU that took one of this machine's two cores from a page opened at the same time
 * (ps, opening the reader: 57 % for that renderer, 54 % for the page's). A phone's browser draws its address bar
 * natively, so the benches measure without it. scripts/lighthouse.mjs passes the same flags.
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/**
 * The Chromium Lighthouse launches (scripts/lighthouse.mjs, lighthouseTrace.mjs): its path, if set or Debian's, and the
 * benches' flags. `LH_EXTRA_FLAGS` (space-separated) adds flags for an experiment, such as `--hide-scrollbars` to see
 * what the scroll bar's fade costs; figures taken with it are not the issue's.
 */
export const LIGHTHOUSE_CHROME_PATH = process.env.CHROME_PATH ?? process.env.TOLK_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS, ...(process.env.LH_EXTRA_FLAGS ?? '').split(' ').filter(Boolean)];

/** Builds the app into `outDir` (a folder of the bench's own), with `args` added to `vite build`; throws when it fails. */
export function buildInto(root, outDir, args = []) {
  const built = spawnSync(`${root}node_modules/.bin/vite`, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  if (built.status !== 0) throw new Error('vite build failed');
}

/**
 * Page script (a string, for an init script or a served file): keeps each long animation frame in
 * `globalThis.__longFrames` as one line, what ran in it: scripts of 5 ms or more by file and function (with the
 * layout they forced), and the frame's style and layout. A long task's duration alone does not say whose it was.
 */
export const LONG_FRAMES_SCRIPT = `(() => {
  globalThis.__longFrames = [];
  const name = (s) => (s.sourceURL.split('/').pop() || s.invoker) + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : '');
  const forced = (s) => (s.forcedStyleAndLayoutDuration >= 5 ? ' (forced layout ' + Math.round(s.forcedStyleAndLayoutDuration) + ')' : '');
  new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      const layout = f.styleAndLayoutStart > 0 ? f.startTime + f.duration - f.styleAndLayoutStart : 0;
      const scripts = f.scripts.filter((s) => s.duration >= 5).map((s) => name(s) + ' ' + Math.round(s.duration) + forced(s));
      const what = [...scripts, 'style and layout ' + Math.round(layout)].join(', ');
      globalThis.__longFrames.push('at ' + Math.round(f.startTime) + ': ' + Math.round(f.duration) + ' ms, blocking ' + Math.round(f.blockingDuration) + '; ' + what);
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
})();`;

export const median = (values) => percentile(values, 50);

/** The p-th percentile by linear interpolation between the two nearest ranks (p in 0–100); NaN for no samples. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export const round = (value, digits = 1) => Number(value.toFixed(digits));

/** The laptop-sized window the benches open pages in. */
/** The reader's early paint from its snapshot (src/boot/paintSnapshot.ts); it comes before the app's own on a return visit. */
export const SNAPSHOT_MARK = 'tolk:reader-snapshot-painted';
/** Where the reader keeps it (src/boot/snapshotFormat.ts). */
export const READER_SNAPSHOT_KEY = 'tolk:reader-snapshot';

/** Run in the page: whether the worker's cache holds it with its copy (public/sw-routes.js); null if not (yet). */
export async function pageHasCopy() {
  /* global caches, location -- this function runs in the page */
  for (const name of await caches.keys()) {
    if (!name.startsWith('tolk-pages-')) continue;
    if ((await (await caches.open(name)).match(location.pathname))?.headers.has('x-tolk-copy')) return true;
  }
  return null;
}

export const LAPTOP_VIEWPORT = { width: 1280, height: 900 };

/** Every context the bench opens: a laptop-sized window (or, with `phone`, Lighthouse's mobile one), the UI in English. */
export function newContext(browser, { phone = false } = {}) {
  const size = phone ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } : { viewport: LAPTOP_VIEWPORT };
  return browser.newContext({ ...size, locale: 'en-GB' });
}

/** Waits for a performance entry by name and returns its startTime (marks) or the entry itself (`whole`). */
export async function waitForEntry(page, name, { timeout = 20_000, whole = false } = {}) {
  const handle = await page.waitForFunction(
    ([entryName, wantWhole]) => {
      const entry = performance.getEntriesByName(entryName).at(-1);
      if (!entry) return undefined;
      return wantWhole ? { startTime: entry.startTime, duration: entry.duration, detail: entry.detail ?? null } : entry.startTime;
    },
    [name, whole],
    { timeout },
  );
  return handle.jsonValue();
}

/**
 * Installed before the app's scripts: notes when each IndexedDB request starts and when it last succeeds, and
 * the long tasks, so that a load can be split into HTML, script, store and render time.
 */
export function instrument() {
  const requests = [];
  globalThis.__benchIdb = requests;
  const wrap = (proto, method, kind) => {
    const original = proto[method];
    if (typeof original !== 'function') return;
    proto[method] = function (...args) {
      const request = original.apply(this, args);
      const entry = { kind: `${kind}.${method}`, store: this.name, start: performance.now(), end: null };
      requests.push(entry);
      request.addEventListener('success', () => (entry.end = performance.now()));
      return request;
    };
  };
  wrap(IDBFactory.prototype, 'open', 'idb');
  for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
    wrap(IDBObjectStore.prototype, method, 'store');
    wrap(IDBIndex.prototype, method, 'index');
  }
  // Milliseconds between `from` and `to` with at least one request outstanding: the store's share, however requests overlap.
  globalThis.__benchIdbBusy = (from, to) => {
    const spans = requests
      .filter((r) => r.start < to && (r.end ?? to) > from)
      .map((r) => [Math.max(r.start, from), Math.min(r.end ?? to, to)])
      .sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let until = -Infinity;
    for (const [start, end] of spans) {
      if (end > until) busy += end - Math.max(start, until);
      until = Math.max(until, end);
    }
    return busy;
  };
  globalThis.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task timing */
  }
}


