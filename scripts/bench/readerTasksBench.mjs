// Main-thread long tasks while the reader opens an article and while it is scrolled through (issue #15): on the longest
// shipped article and on a 10,000-word pair imported through the app (the evaluation set's clean book, whole paragraphs).
// A PerformanceObserver installed before the app's scripts records every task over 50 ms. The measured visits run in a
// Chromium with no Playwright on the page (bareChromium.mjs says why); Playwright only imports the pair, in between.
/* global document, requestAnimationFrame, requestIdleCallback, window -- page functions */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchBareChromium } from './bareChromium.mjs';
import { cleanBook } from './corpus.mjs';
import { CHROMIUM_FLAGS, LAPTOP_VIEWPORT, LONG_FRAMES_SCRIPT, round } from './util.mjs';

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

/** Opens `url` in a new page of `browser` (bareChromium.mjs): tasks from navigation until the dictionary is in, then scrolling. */
async function openAndScroll(browser, url) {
  const page = await browser.newPage();
  await page.addInitScript(`(${observeLongTasks})()`);
  await page.addInitScript(LONG_FRAMES_SCRIPT);
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

/** Visits measured after the first: each one's count is reported, as a single visit's depends on what else the machine runs. */
const RETURN_VISITS = Number(process.env.BENCH_READER_VISITS ?? 3);

/** The count and longest of a phase's long tasks, and what ran in the frames that blocked input (LONG_FRAMES_SCRIPT). */
const summary = ({ tasks, frames }) => ({
  count: tasks.length,
  longestMs: tasks.length ? round(Math.max(...tasks)) : 0,
  blockingFrames: frames.filter((frame) => !/, blocking 0;/.test(frame)),
});
const figures = (runs) => runs.map((run) => ({ open: summary(run.open), scroll: summary(run.scroll), heightPx: run.heightPx }));

/**
 * The longest shipped article opened on a first visit and on RETURN_VISITS return visits, then the 10,000-word pair
 * imported through the app (Playwright, on the same profile) and opened as often; `chromiumPath` is the browser both run.
 */
export async function readerTasksBench(chromiumPath, baseUrl, root, shippedId) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tolk-readertasks-'));
  /** Opens each of `urls` in turn in one run of the bare browser on the bench's profile. */
  const visits = async (urls) => {
    const browser = await launchBareChromium({ executablePath: chromiumPath, flags: CHROMIUM_FLAGS, userDataDir, ...LAPTOP_VIEWPORT });
    try {
      const runs = [];
      for (const url of urls) runs.push(await openAndScroll(browser, url));
      return runs;
    } finally {
      await browser.close();
    }
  };
  try {
    // A first visit seeds the store and installs the service worker; it is reported, then the return visits.
    const [first, ...shipped] = await visits(Array(1 + RETURN_VISITS).fill(`${baseUrl}/read/${shippedId}`));

    const pair = bookPair(root, 10_000);
    const importing = await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, args: CHROMIUM_FLAGS, viewport: LAPTOP_VIEWPORT, locale: 'en-GB' });
    const url = await importThroughApp(importing, baseUrl, pair).finally(() => importing.close());
    const imported = await visits(Array(RETURN_VISITS).fill(url));

    return { shippedId, first: figures([first]), shipped: figures(shipped), imported: { words: pair.words, paragraphs: pair.paragraphs, visits: figures(imported) } };
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Prints the rows with `row(label, value, budget, ok)`, a visit's count each; returns what is over budget. */
export function reportReaderTasks(result, row) {
  const limit = READER_TASKS_BUDGET.longTasks;
  console.log(`\n      main-thread tasks over 50 ms, each visit's count (longest): ${result.shippedId}; a ${result.imported.words}-word imported pair (${result.imported.paragraphs} paragraphs)`);
  const over = [];
  const phases = [
    ['longest shipped article, first visit', result.first],
    ['longest shipped article, return visits', result.shipped],
    ['10,000-word imported pair', result.imported.visits],
  ];
  for (const [label, runs] of phases) {
    for (const phase of ['open', 'scroll']) {
      const counts = runs.map((run) => run[phase].count);
      const longestMs = Math.max(...runs.map((run) => run[phase].longestMs));
      const ok = counts.every((count) => count <= limit);
      const name = `${phase === 'open' ? 'opening' : 'scrolling'} the ${label}`;
      row(`  ${name}`, `${counts.join(' ')} (${longestMs} ms)`, `${limit}`, ok);
      if (ok) continue;
      for (const run of runs) for (const frame of run[phase].blockingFrames) console.log(`          long frame ${frame}`);
      over.push(`long tasks ${name}: ${counts.join(', ')} (longest ${longestMs} ms)`);
    }
  }
  return over;
}
