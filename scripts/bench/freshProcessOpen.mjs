// Return visits as a learner's browser makes them (issue #15): each in a renderer process of its own, with no DevTools
// client on the page, against the same text as a static page in the same conditions.
//
// The open bench's return visits (openBench.mjs) run in Playwright, which starts Chromium with the back-forward cache
// off (`--disable-back-forward-cache`, among its default flags). Then a page left for about:blank is torn down and the
// next visit reuses its renderer process, warm: V8's caches, the user-agent stylesheet, fonts and shaping already
// loaded. A browser as it ships keeps the page left in its back-forward cache, and a new visit gets a new process; so
// does a new tab or the home screen's icon, the way a learner comes back later. Traced (twenty-second pass): every
// visit here is in a new process; with the flag, all are in one.
//
// Each page has a Chromium of its own (bareChromium.mjs, Page domain only) on a profile on disk, as a learner's is;
// their visits take turns, with the app's worker running and then stopped. A third page, the static page as an offline
// page must be served (staticBaseline.mjs), shows what being one costs by itself, its worker's start included.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBareChromium } from './bareChromium.mjs';
import { CHROMIUM_FLAGS, LAPTOP_VIEWPORT, median, pageHasCopy, READER_SNAPSHOT_KEY, SNAPSHOT_MARK } from './util.mjs';

/** When the text first showed: the reader's copy (src/boot/paintSnapshot.ts), the app's own paint, or the static page's mark. */
const SHOWN_MARKS = [SNAPSHOT_MARK, 'tolk:panes-painted'];
/** The pause after each visit, before the next (the other page's). */
const SETTLE_MS = 500;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` (every 25 ms, `timeout` ms at most) until it gives something other than null or undefined. */
async function until(check, timeout, what) {
  for (const end = Date.now() + timeout; Date.now() < end; await sleep(25)) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
  }
  throw new Error(`${what}: not within ${timeout} ms`);
}

/**
 * Milliseconds from navigation start to the earliest of SHOWN_MARKS and to the first contentful paint (the frame on
 * screen; undefined if the browser has not reported it 2 s after the mark), whether the mark was the copy's, and whether
 * a worker controls the page.
 */
const shown = (page) =>
  until(
    () =>
      page.evaluate((names) => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
        const times = names.map(at).filter((t) => t !== undefined);
        if (times.length === 0) return null;
        const ms = Math.min(...times);
        const fcp = at('first-contentful-paint');
        if (fcp === undefined && performance.now() - ms < 2000) return null;
        const fromPage = performance.getEntriesByName(names[0])[0]?.detail === 'page';
        return { ms, fcp, fromCopy: at(names[0]) !== undefined, fromPage, controlled: Boolean(navigator.serviceWorker?.controller) };
      }, SHOWN_MARKS),
    30_000,
    'the text',
  );

/**
 * A browser on a new profile with `url` opened once; for the app, until its copy is stored and its worker active, as
 * after a first read; for the offline static page, until its worker controls it.
 */
async function firstVisit(chromiumPath, url, { snapshot = false, worker = false } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tolk-fresh-'));
  const browser = await launchBareChromium({ executablePath: chromiumPath, flags: CHROMIUM_FLAGS, userDataDir, ...LAPTOP_VIEWPORT });
  const page = await browser.newPage();
  await page.goto(url);
  if (worker) {
    const ready = ([key, snapshot]) => ((!snapshot || localStorage.getItem(key) !== null) && navigator.serviceWorker?.controller?.state === 'activated') || null;
    await until(() => page.evaluate(ready, [READER_SNAPSHOT_KEY, snapshot]), 60_000, snapshot ? 'the copy and the worker' : 'the worker');
  }
  // The app's worker also keeps the copy as the page itself (src/components/copyPage.ts); the visits report whether
  // it came so, and a browser that never got one paints from the snapshot all the same.
  if (snapshot) await until(() => page.evaluate(pageHasCopy), 10_000, 'the page with its copy').catch(() => undefined);
  return {
    page,
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `runs` return visits of each kind (worker running, worker stopped) to the app, the static page and the offline
 * static page (`baselineUrls`: { static, offline }, staticBaseline.mjs), taking turns, each from about:blank in the
 * same tab and back to it. Medians, with the samples.
 */
export async function freshProcessOpen(chromiumPath, appUrl, baselineUrls, runs) {
  const sideOf = (url, first) => ({ url, first, visits: { running: [], stopped: [] } });
  const sides = { baseline: sideOf(baselineUrls.static, {}), offline: sideOf(baselineUrls.offline, { worker: true }), app: sideOf(appUrl, { worker: true, snapshot: true }) };
  try {
    for (const side of Object.values(sides)) {
      side.browser = await firstVisit(chromiumPath, side.url, side.first);
      await side.browser.page.goto('about:blank');
    }
    for (let i = 0; i < runs; i++) {
      for (const kind of ['running', 'stopped']) {
        for (const side of Object.values(sides)) {
          const { page } = side.browser;
          if (kind === 'stopped') await page.stopServiceWorkers();
          await page.goto(side.url);
          side.visits[kind].push(await shown(page));
          // Left at once, and a moment given to the browser to put the page away: the app goes on starting after its
          // text shows, and would take the cores from the other's visit.
          await page.goto('about:blank');
          await sleep(SETTLE_MS);
        }
      }
    }
  } finally {
    for (const side of Object.values(sides)) await side.browser?.close();
  }
  const summary = ({ visits }) =>
    Object.fromEntries(
      Object.entries(visits).map(([kind, list]) => [kind, { medianMs: median(list.map((v) => v.ms)), fcpMs: median(list.map((v) => v.fcp ?? Infinity)), samples: list.map((v) => Math.round(v.ms * 10) / 10), fromCopy: list.filter((v) => v.fromCopy).length, fromPage: list.filter((v) => v.fromPage).length, controlled: list.filter((v) => v.controlled).length }]),
    );
  return { runs, app: summary(sides.app), baseline: summary(sides.baseline), offline: summary(sides.offline) };
}

/**
 * Two rows, app against static, each a goal of `goalRatio`; under each, what the offline static page took against
 * the static page (what any page that opens offline pays), and the app against it.
 */
export function printFreshProcessOpen({ app, baseline, offline, runs }, row, goalRatio) {
  for (const kind of ['running', 'stopped']) {
    const [appMs, staticMs, offlineMs] = [app, baseline, offline].map((side) => side[kind].medianMs);
    const label = `new renderer process, worker ${kind}, app / static, median of ${runs}`;
    row(label, `${(appMs / staticMs).toFixed(2)}×`, `${appMs.toFixed(1)} / ${staticMs.toFixed(1)} ms (${app[kind].fromCopy} from the copy, ${app[kind].fromPage} of them in the page, ${app[kind].controlled} controlled), goal ≤ ${goalRatio}×`, appMs / staticMs <= goalRatio);
    const [appFcp, staticFcp] = [app, baseline].map((side) => side[kind].fcpMs);
    row('  first contentful paint, app / static, median', `${appFcp.toFixed(1)} / ${staticFcp.toFixed(1)} ms`, `${(appFcp / staticFcp).toFixed(2)}×`, true);
    row('  static page under a minimal worker / static', `${(offlineMs / staticMs).toFixed(2)}×`, `${offlineMs.toFixed(1)} ms (${offline[kind].controlled} controlled); app / it ${(appMs / offlineMs).toFixed(2)}×`, true);
  }
}
