// Import of a ~3,000-word pair, alignment included: pastes both sides into /import, clicks Import and reads the app's `tolk:import` measure (prepare + store), a fresh /import load per run.
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
