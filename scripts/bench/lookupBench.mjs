// Any-word lookup in the built app (issue #11): time from a tap on a word to its popup showing the counterpart, the first
// tap after opening the app and ~50 taps once loaded (the dictionary in, the article's pairs linked ahead); long tasks
// on the main thread while the dictionary loads; the lookup worker's heap (via the Chrome DevTools Protocol); the
// dictionary bytes on the wire.
/* global document, MutationObserver, NodeFilter, requestAnimationFrame, requestIdleCallback -- the page functions run in the browser */
import { median, newContext, percentile, round, waitForEntry } from './util.mjs';

export const LOOKUP_BUDGET = { firstTapMs: 300, tapP95Ms: 30, longTasks: 0, workerHeapMb: 60, wireMb: 1.5 };

/**
 * Installed before the app's scripts: stamps each click (its event time) and the moment a word popup shows its
 * "here" line (the counterpart, or that there is none) in the next animation frame, and records long tasks.
 */
function instrumentTaps() {
  const taps = [];
  globalThis.__lookupTaps = taps;
  globalThis.__lookupLongTasks = [];
  document.addEventListener('click', (event) => taps.push({ at: event.timeStamp, shown: null }), { capture: true });
  const observer = new MutationObserver(() => {
    const tap = taps.at(-1);
    if (!tap || tap.shown !== null || tap.seen) return;
    if (!document.querySelector('[role="dialog"] .word-popup-here')) return;
    tap.seen = true;
    requestAnimationFrame((frame) => (tap.shown = frame));
  });
  const start = () => observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__lookupLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task timing */
  }
}

/**
 * Up to `count` words of at least four letters, spread over both panes, as [lang, sentence index, word]; words in
 * glossary marks are left out (they open the term's own popup).
 */
function pickWords(count) {
  const plainText = (sentence) => {
    const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('.term')) text += ` ${node.textContent}`;
    return text;
  };
  const picked = [];
  for (const lang of ['nb', 'en']) {
    const sentences = [...document.querySelectorAll(`[data-pane="${lang}"] [data-seg]`)];
    const step = Math.max(1, Math.floor(sentences.length / (count / 2)));
    for (let i = 0; i < sentences.length && picked.filter((p) => p[0] === lang).length < count / 2; i += step) {
      const words = plainText(sentences[i]).match(/\p{L}{4,}/gu) ?? [];
      const word = words[Math.floor(words.length / 2)];
      if (word) picked.push([lang, i, word]);
    }
  }
  return picked;
}

/** Scrolls the word into view and returns the centre of its first occurrence in that sentence. */
function wordPoint([lang, index, word]) {
  const sentence = document.querySelectorAll(`[data-pane="${lang}"] [data-seg]`)[index];
  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.textContent ?? '').search(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'));
    if (at < 0 || node.parentElement?.closest('.term')) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const rect = range.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Clicks a word and returns milliseconds from the click to the frame that shows its popup's counterpart line. */
async function tap(page, target) {
  const point = await page.evaluate(wordPoint, target);
  if (!point) return null;
  // A reader's tap comes after the page has settled from the scroll that brought the word into view (frames drawn,
  // scroll handlers run); the scroll's own work is not the tap's.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 1000 })))));
  const before = await page.evaluate(() => globalThis.__lookupTaps.length);
  await page.mouse.click(point.x, point.y);
  const handle = await page.waitForFunction(
    (n) => {
      const t = globalThis.__lookupTaps[n];
      return t && t.shown !== null ? t.shown - t.at : undefined;
    },
    before,
    { timeout: 60_000, polling: 'raf' },
  );
  const ms = await handle.jsonValue();
  await page.keyboard.press('Escape');
  await page.locator('[role="dialog"] .word-popup-here').waitFor({ state: 'detached' });
  return ms;
}

/** The lookup worker's JavaScript heap after a garbage collection, through a browser-level DevTools session. */
async function workerHeapMb(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'worker' && t.title.includes('tolk-lookup')) ?? targetInfos.find((t) => t.type === 'worker');
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let nextId = 1;
    const call = (method) =>
      new Promise((resolve) => {
        const id = nextId++;
        const listener = (event) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message);
          if (message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolve(message.result);
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage ? usage.usedSize / 1e6 : null;
  } finally {
    await cdp.detach();
  }
}

export async function lookupBench(browser, baseUrl, articleId, { taps = 50 } = {}) {
  const url = `${baseUrl}/read/${articleId}`;
  // 1. Opening the app with empty caches: the dictionary loads in the background after the panes paint; then a first
  //    tap. The bytes of /lexicon/ on the wire are counted here (page, worker and service worker requests alike).
  const context = await newContext(browser);
  const wire = new Map();
  context.on('requestfinished', async (request) => {
    if (!/\/lexicon\//.test(request.url())) return;
    const response = await request.response();
    // The encoded body: what came over the wire, before the browser inflates a Content-Encoding.
    const sizes = await request.sizes().catch(() => null);
    const path = new URL(request.url()).pathname;
    if (sizes) wire.set(`${path} ${wire.size}`, { path, bytes: sizes.responseBodySize, fromServiceWorker: response?.fromServiceWorker() ?? false });
  });
  await context.addInitScript(instrumentTaps);
  const page = await context.newPage();
  await page.goto(url);
  const painted = await waitForEntry(page, 'tolk:panes-painted');
  const loadStart = await waitForEntry(page, 'tolk:lookup-load-start', { timeout: 60_000 });
  const ready = await waitForEntry(page, 'tolk:lookup-ready', { timeout: 120_000 });
  const longTasks = await page.evaluate(([from, to]) => globalThis.__lookupLongTasks.filter((t) => t.start < to && t.start + t.duration > from), [loadStart, ready]);
  const words = await page.evaluate(pickWords, taps);
  const firstTapMs = await tap(page, words[0]);
  // "Once loaded": the worker has also linked the article's sentence pairs ahead (it starts when the dictionary is in).
  const linked = await waitForEntry(page, 'tolk:lookup-linked', { timeout: 120_000 });
  const samples = [];
  for (const word of words.slice(1)) {
    const ms = await tap(page, word);
    if (ms !== null) samples.push(ms);
  }
  const heapMb = await workerHeapMb(browser);
  await context.close();

  // 2. A tap as soon as the panes have painted, before the dictionary has loaded (the worst case a learner can meet).
  const early = await newContext(browser);
  await early.addInitScript(instrumentTaps);
  const earlyPage = await early.newPage();
  await earlyPage.goto(url);
  await waitForEntry(earlyPage, 'tolk:panes-painted');
  const tapAtPaintMs = await tap(earlyPage, (await earlyPage.evaluate(pickWords, 2))[0]);
  await early.close();

  // Network traffic counts what came over the wire: a response the service worker answered from its cache did not.
  const fetched = [...wire.values()].filter((r) => !r.fromServiceWorker);
  const wireBytes = fetched.reduce((sum, r) => sum + r.bytes, 0);
  return {
    taps: samples.length,
    firstTapMs: round(firstTapMs, 1),
    tapAtPaintMs: round(tapAtPaintMs, 1),
    tapMedianMs: round(median(samples), 1),
    tapP95Ms: round(percentile(samples, 95), 1),
    tapMaxMs: round(Math.max(...samples), 1),
    loadMs: round(ready - loadStart, 0),
    loadStartAfterPaintMs: round(loadStart - painted, 0),
    linkedAfterReadyMs: round(linked - ready, 0),
    longTasks: longTasks.map((t) => round(t.duration, 0)),
    workerHeapMb: heapMb === null ? null : round(heapMb, 1),
    wireMb: round(wireBytes / 1e6, 3),
    wireFiles: fetched.map((r) => `${r.path} ${r.bytes}`),
  };
}

/** Prints the lookup rows with `row(label, value, budget, ok)`; returns what is over budget. */
export function reportLookup(lookup, row) {
  const b = LOOKUP_BUDGET;
  console.log(`\n      any-word lookup: dictionary loaded ${lookup.loadStartAfterPaintMs} ms after the panes painted, in ${lookup.loadMs} ms; the article's pairs linked ${lookup.linkedAfterReadyMs} ms after that`);
  row('  first tap once opened → popup with counterpart', `${lookup.firstTapMs} ms`, `≤ ${b.firstTapMs} ms`, lookup.firstTapMs <= b.firstTapMs);
  row(`  tap → popup with counterpart, p95 of ${lookup.taps}`, `${lookup.tapP95Ms} ms`, `≤ ${b.tapP95Ms} ms`, lookup.tapP95Ms <= b.tapP95Ms);
  row('  tap median / max', `${lookup.tapMedianMs} / ${lookup.tapMaxMs}`, '', true);
  row('  tap at paint, before the dictionary loaded', `${lookup.tapAtPaintMs} ms`, '(information)', true);
  row('  main-thread tasks > 50 ms while loading', `${lookup.longTasks.length}`, `${b.longTasks}`, lookup.longTasks.length <= b.longTasks);
  const heap = lookup.workerHeapMb;
  row('  lookup worker heap after GC', heap === null ? 'not found' : `${heap} MB`, `≤ ${b.workerHeapMb} MB`, heap !== null && heap <= b.workerHeapMb);
  row('  dictionary data on the wire (gzip)', `${lookup.wireMb} MB`, `≤ ${b.wireMb} MB`, lookup.wireMb <= b.wireMb);
  console.log(`      fetched: ${lookup.wireFiles.join(', ')}${lookup.longTasks.length ? `; long tasks ${lookup.longTasks.join(', ')} ms` : ''}`);
  return [
    lookup.firstTapMs > b.firstTapMs && `the first lookup tap takes ${lookup.firstTapMs} ms, over ${b.firstTapMs} ms`,
    lookup.tapP95Ms > b.tapP95Ms && `lookup taps take ${lookup.tapP95Ms} ms at p95, over ${b.tapP95Ms} ms`,
    lookup.longTasks.length > b.longTasks && `${lookup.longTasks.length} main-thread tasks over 50 ms while the dictionary loads`,
    (heap === null || heap > b.workerHeapMb) && `the lookup worker's heap is ${heap ?? 'unknown'} MB, over ${b.workerHeapMb} MB`,
    lookup.wireMb > b.wireMb && `the dictionary data is ${lookup.wireMb} MB on the wire, over ${b.wireMb} MB`,
  ].filter(Boolean);
}
