// Main-thread long tasks while the reader opens an article and while it is scrolled through (issue #15): on the longest
// shipped article and on a 10,000-word pair imported through the app (the evaluation set's clean book, whole paragraphs).
// A PerformanceObserver installed before the app's scripts records every task over 50 ms.
/* global document, requestAnimationFrame, requestIdleCallback, window -- page functions */
import { cleanBook } from './corpus.mjs';
import { LONG_FRAMES_SCRIPT, newContext, round } from './util.mjs';

export const READER_TASKS_BUDGET = { longTasks: 0 };

function observeLongTasks() {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) globalThis.__longTasks.push(round1(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
  function round1(value) {
    return Math.round(value * 10) / 10;
  }
}

/**
 * Resolves once the page has set the performance mark `name` (rejects after `timeout` ms). Run with page.evaluate, not
 * page.waitForFunction: that injects Playwright's own script into the page, a 30–50 ms task that is not the app's.
 */
export const untilMark = ([name, timeout]) =>
  new Promise((resolve, reject) => {
    if (performance.getEntriesByName(name).length > 0) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (performance.getEntriesByName(name).length === 0) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => reject(new Error(`no ${name} mark within ${timeout} ms`)), timeout);
  });

/** Resolves once two frames have been drawn and the browser has been idle. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2000 }))));

/** Scrolls from top to bottom in steps of 80 % of the viewport, one step per frame, then waits until all is drawn. */
async function scrollThrough() {
  window.scrollTo(0, 0);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  globalThis.__longTasks = [];
  globalThis.__longFrames = [];
  let last = -1;
  while (window.scrollY !== last) {
    last = window.scrollY;
    window.scrollBy(0, Math.round(window.innerHeight * 0.8));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2000 }))));
  return { tasks: globalThis.__longTasks, frames: globalThis.__longFrames, height: document.documentElement.scrollHeight };
}

/** Opens `path` in a page that has been to the app before (a return visit): tasks from navigation until the dictionary is in. */
async function openAndScroll(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(untilMark, ['tolk:panes-painted', 60_000]);
  await page.evaluate(untilMark, ['tolk:lookup-ready', 120_000]);
  await page.evaluate(settled);
  const open = await page.evaluate(() => ({ tasks: globalThis.__longTasks, frames: globalThis.__longFrames }));
  const scroll = await page.evaluate(scrollThrough);
  await page.close();
  return { open, scroll, heightPx: scroll.height };
}

/** A pair of about `words` bokmål words from the evaluation set's clean book (whole paragraphs, both sides). */
export function bookPair(root, words) {
  const pairs = cleanBook(root);
  const wordsOf = (text) => text.split(/\s+/).filter(Boolean).length;
  let count = 0;
  const chosen = pairs.filter((p) => count < words && (count += wordsOf(p.nb)) > 0);
  return { nb: chosen.map((p) => p.nb).join('\n\n'), en: chosen.map((p) => p.en).join('\n\n'), words: count, paragraphs: chosen.length };
}

/** Imports `pair` (as two files) through the app's import page; returns the URL of the imported article's reader. */
export async function importThroughApp(context, baseUrl, pair) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/import`);
  await page.getByLabel('Or choose a Norwegian file').setInputFiles({ name: 'nb.txt', mimeType: 'text/plain', buffer: Buffer.from(pair.nb) });
  await page.getByLabel('Or choose an English file').setInputFiles({ name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(pair.en) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { name: /^Imported:/ }).waitFor({ timeout: 120_000 });
  const href = await page.getByRole('link', { name: 'Read it' }).getAttribute('href');
  await page.close();
  return new URL(href ?? '/', baseUrl).href;
}

/** The count and longest of a phase's long tasks, and what ran in the frames that blocked input (LONG_FRAMES_SCRIPT). */
const summary = ({ tasks, frames }) => ({
  count: tasks.length,
  longestMs: tasks.length ? round(Math.max(...tasks)) : 0,
  blockingFrames: frames.filter((frame) => !/, blocking 0;/.test(frame)),
});

export async function readerTasksBench(browser, baseUrl, root, shippedId) {
  const context = await newContext(browser);
  await context.addInitScript(observeLongTasks);
  await context.addInitScript({ content: LONG_FRAMES_SCRIPT });
  try {
    // A first visit seeds the store and installs the service worker; it is reported, then the return visits.
    const first = await openAndScroll(context, `${baseUrl}/read/${shippedId}`);
    const shipped = await openAndScroll(context, `${baseUrl}/read/${shippedId}`);

    const pair = bookPair(root, 10_000);
    const imported = await openAndScroll(context, await importThroughApp(context, baseUrl, pair));

    const figures = (run) => ({ open: summary(run.open), scroll: summary(run.scroll), heightPx: run.heightPx });
    return { shippedId, first: figures(first), shipped: figures(shipped), imported: { words: pair.words, paragraphs: pair.paragraphs, ...figures(imported) } };
  } finally {
    await context.close();
  }
}

/** Prints the rows with `row(label, value, budget, ok)`; returns what is over budget. */
export function reportReaderTasks(result, row) {
  const limit = READER_TASKS_BUDGET.longTasks;
  console.log(`\n      main-thread tasks over 50 ms (count, longest): ${result.shippedId}; a ${result.imported.words}-word imported pair (${result.imported.paragraphs} paragraphs)`);
  const over = [];
  for (const [label, run] of [['longest shipped article, first visit', result.first], ['longest shipped article', result.shipped], ['10,000-word imported pair', result.imported]]) {
    for (const phase of ['open', 'scroll']) {
      const { count, longestMs } = run[phase];
      row(`  ${phase === 'open' ? 'opening' : 'scrolling'} the ${label}`, `${count} (${longestMs} ms)`, `${limit}`, count <= limit);
      if (count <= limit) continue;
      for (const frame of run[phase].blockingFrames) console.log(`          long frame ${frame}`);
      over.push(`${count} long tasks ${phase === 'open' ? 'opening' : 'scrolling'} the ${label} (longest ${longestMs} ms)`);
    }
  }
  return over;
}
