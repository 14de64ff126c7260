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
// their visits take turns, with the app's worker running and then stopped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBareChromium } from './bareChromium.mjs';
import { CHROMIUM_FLAGS, LAPTOP_VIEWPORT, median, READER_SNAPSHOT_KEY, SNAPSHOT_MARK } from './util.mjs';

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

/** Milliseconds from navigation start to the earliest of SHOWN_MARKS, whether it was the copy's, and whether a worker controls the page. */
const shown = (page) =>
  until(
    () =>
      page.evaluate((names) => {
        const times = names.map((name) => performance.getEntriesByName(name)[0]?.startTime).filter((t) => t !== undefined);
        return times.length === 0 ? null : { ms: Math.min(...times), fromCopy: performance.getEntriesByName(names[0]).length > 0, controlled: Boolean(navigator.serviceWorker?.controller) };
      }, SHOWN_MARKS),
    30_000,
    'the text',
  );

/** A browser on a new profile with `url` opened once; for the app, until its copy is stored and its worker active, as after a first read. */
async function firstVisit(chromiumPath, url, app) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tolk-fresh-'));
  const browser = await launchBareChromium({ executablePath: chromiumPath, flags: CHROMIUM_FLAGS, userDataDir, ...LAPTOP_VIEWPORT });
  const page = await browser.newPage();
  await page.goto(url);
  if (app) await until(() => page.evaluate((key) => (localStorage.getItem(key) !== null && navigator.serviceWorker?.controller?.state === 'activated') || null, READER_SNAPSHOT_KEY), 60_000, 'the copy and the worker');
  return {
    page,
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `runs` return visits of each kind (worker running, worker stopped) to the app and the static page, taking turns,
 * each from about:blank in the same tab and back to it. Medians, with the samples.
 */
export async function freshProcessOpen(chromiumPath, appUrl, staticUrl, runs) {
  const sides = { baseline: { url: staticUrl, visits: { running: [], stopped: [] } }, app: { url: appUrl, visits: { running: [], stopped: [] } } };
  try {
    for (const [name, side] of Object.entries(sides)) {
      side.browser = await firstVisit(chromiumPath, side.url, name === 'app');
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
      Object.entries(visits).map(([kind, list]) => [kind, { medianMs: median(list.map((v) => v.ms)), samples: list.map((v) => Math.round(v.ms * 10) / 10), fromCopy: list.filter((v) => v.fromCopy).length, controlled: list.filter((v) => v.controlled).length }]),
    );
  return { runs, app: summary(sides.app), baseline: summary(sides.baseline) };
}

/** The two rows, app against static, each a goal of `goalRatio`. */
export function printFreshProcessOpen({ app, baseline, runs }, row, goalRatio) {
  for (const kind of ['running', 'stopped']) {
    const ratio = app[kind].medianMs / baseline[kind].medianMs;
    const label = `new renderer process, worker ${kind}, app / static, median of ${runs}`;
    row(label, `${ratio.toFixed(2)}×`, `${app[kind].medianMs.toFixed(1)} / ${baseline[kind].medianMs.toFixed(1)} ms (${app[kind].fromCopy} from the copy, ${app[kind].controlled} controlled), goal ≤ ${goalRatio}×`, ratio <= goalRatio);
  }
}
