// Import of a ~3,000-word pair, alignment included: pastes both sides into /import, clicks Import and reads the app's `tolk:import` measure (prepare + store), a fresh /import load per run.
import { bookPrefix, cleanBook } from './corpus.mjs';
import { median, newContext, round, waitForEntry } from './util.mjs';

/** `pair` is corpus.importPair(): { nb, en, words, blocks }. */
export async function importBench(browser, baseUrl, pair, runs) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const samples = [];
  let summary = '';
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto(`${baseUrl}/import`);
      await page.getByLabel('Norwegian text').fill(pair.nb);
      await page.getByLabel('English text').fill(pair.en);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('heading', { name: /^Imported:/ }).waitFor({ timeout: 30_000 });
      const entry = await waitForEntry(page, 'tolk:import', { whole: true });
      samples.push(entry.duration);
      if (i === 0) summary = await page.locator('.import-done p').first().innerText();
    }
  } finally {
    await context.close();
  }
  return {
    words: pair.words,
    blocks: pair.blocks,
    chars: { nb: pair.nb.length, en: pair.en.length },
    runs,
    medianMs: round(median(samples)),
    maxMs: round(Math.max(...samples)),
    samples: samples.map((s) => round(s)),
    appSummary: summary,
  };
}

/**
 * Import of whole books: the first 220 KB and 440 KB a side of the evaluation set's clean document
 * (eval/align/clean-book.json.gz, the Debian Administrator's Handbook). Reports the `tolk:import` measure and the
 * longest main-thread task between the click and the outcome (the aligner runs in a worker; goal ≤ 50 ms).
 */
export async function bookImportBench(browser, baseUrl, root, runs) {
  const pairs = cleanBook(root);
  const results = [];
  for (const limit of [220_000, 440_000]) {
    const { paragraphs, nb, en } = bookPrefix(pairs, limit);
    const context = await newContext(browser);
    await context.addInitScript(() => {
      globalThis.__longestTask = 0;
      globalThis.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          globalThis.__longestTask = Math.max(globalThis.__longestTask, entry.duration);
          globalThis.__longTasks.push([entry.startTime, entry.duration]);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const samples = [];
    const longest = [];
    const tasks = [];
    try {
      for (let i = 0; i < runs; i++) {
        await page.goto(`${baseUrl}/import`);
        // As files: typing half a megabyte into a text box takes the driver minutes.
        await page.getByLabel('Or choose a Norwegian file').setInputFiles({ name: 'nb.txt', mimeType: 'text/plain', buffer: Buffer.from(nb) });
        await page.getByLabel('Or choose an English file').setInputFiles({ name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(en) });
        await page.waitForFunction((length) => globalThis.document.querySelectorAll('textarea')[1]?.value.length === length, en.length, { timeout: 120_000 });
        // Showing half a megabyte in a text box is itself a long task; only what follows the click counts.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
        await page.evaluate(() => {
          globalThis.__longestTask = 0;
          globalThis.__longTasks = [];
        });
        await page.getByRole('button', { name: 'Import', exact: true }).click();
        await page.getByRole('heading', { name: /^Imported:/ }).waitFor({ timeout: 120_000 });
        const entry = await waitForEntry(page, 'tolk:import', { whole: true });
        samples.push(entry.duration);
        longest.push(await page.evaluate(() => globalThis.__longestTask));
        // Where the long tasks fell, in ms from the import's start (negative: the click's own task), for finding them.
        const start = (await waitForEntry(page, 'tolk:import-start')) ?? 0;
        tasks.push((await page.evaluate(() => globalThis.__longTasks)).map(([at, ms]) => `${round(at - start, 0)}:${round(ms, 0)}`).join(' '));
      }
    } finally {
      await context.close();
    }
    results.push({ paragraphs, chars: { nb: nb.length, en: en.length }, runs, medianMs: round(median(samples)), longestTaskMs: round(Math.max(...longest)), samples: samples.map((s) => round(s)), longTasks: tasks });
  }
  return results;
}

/** Prints the whole-book figures (one row per size and its longest main-thread task) and returns what is over budget. */
export function reportBooks(books, row, budget) {
  const over = [];
  for (const [k, book] of books.entries()) {
    const limit = k === 0 ? budget.book220Ms : budget.book440Ms;
    const kb = Math.round(book.chars.nb / 1000);
    row(`  book import, ${kb} KB / ${book.paragraphs} paragraphs a side, median of ${book.runs}`, `${book.medianMs.toFixed(1)} ms`, `≤ ${limit} ms`, book.medianMs <= limit);
    row(`    longest main-thread task meanwhile`, `${book.longestTaskMs.toFixed(1)} ms`, `≤ ${budget.importLongTaskMs} ms`, book.longestTaskMs <= budget.importLongTaskMs);
    console.log(`      samples ${book.samples.join(', ')} ms; tasks over 50 ms (start:ms from the import's start) ${book.longTasks.map((t) => t || 'none').join(' | ')}`);
    if (book.medianMs > limit) over.push(`importing a ${kb} KB book takes ${book.medianMs} ms, over ${limit} ms`);
    if (book.longestTaskMs > budget.importLongTaskMs) over.push(`importing a ${kb} KB book blocks the page for ${book.longestTaskMs} ms, over ${budget.importLongTaskMs} ms`);
  }
  return over;
}
