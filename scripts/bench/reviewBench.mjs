// Review with a large history: 10,000 cards (5,000 terms, both directions) and 100,000 review log lines written straight into
// IndexedDB, then the review page loaded again and again; the app's `tolk:review-due` (the header's count) and
// `tolk:review-next` (picking the card to show on opening the page), `tolk:review-graded-next` (a grade to the card after it
// on screen) and `tolk:review-grade-written` (the grade's write, which follows the card) measures give the timings.
/* global indexedDB -- fill() runs in the page */
import { median, percentile, round, waitForEntry } from './util.mjs';

/** Runs in the page: writes terms, cards and log lines into the app's database in a few large transactions. */
async function fill({ terms, logLines, now }) {
  const DAY = 86_400_000; // this function runs in the page, where the module's constants are not
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('tolk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const write = (stores, work) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      work(tx);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  const schedule = (i, due) => {
    const inReview = i % 5 !== 0; // four in five cards have been learnt
    return { due, stability: inReview ? 3 + (i % 40) : 0, difficulty: inReview ? 5 : 0, elapsedDays: 0, scheduledDays: inReview ? 1 + (i % 30) : 0, learningSteps: 0, reps: inReview ? 1 + (i % 9) : 0, lapses: 0, state: inReview ? 2 : 0 };
  };
  await write(['personalTerms', 'cards'], (tx) => {
    for (let i = 0; i < terms; i++) {
      const id = `bench-${i}`;
      const createdAt = now - 400 * DAY + i * 1000;
      tx.objectStore('personalTerms').put({ id, terms: { nb: `ord${i}`, en: `word${i}` }, note: '', createdAt, updatedAt: createdAt, context: { articleId: 'bench', block: 0, seg: 0, nb: `Her står ord${i} i en setning.`, en: `Here word${i} stands in a sentence.` } });
      for (const [d, direction] of ['recognition', 'recall'].entries()) {
        const n = i * 2 + d;
        const s = schedule(n, n % 5 === 0 ? createdAt : now + ((n * 7919) % (60 * DAY)) - 30 * DAY);
        tx.objectStore('cards').put({ ...s, id: `${id}:${direction}`, termId: id, direction, queue: s.state === 0 ? 'new' : 'review', updatedAt: now });
      }
    }
  });
  const batch = 20_000;
  for (let from = 0; from < logLines; from += batch) {
    await write(['reviewLog'], (tx) => {
      const store = tx.objectStore('reviewLog');
      for (let i = from; i < Math.min(logLines, from + batch); i++) {
        const n = i % (terms * 2);
        const termId = `bench-${Math.floor(n / 2)}`;
        const cardId = `${termId}:${n % 2 ? 'recall' : 'recognition'}`;
        // Spread over the last year, the newest hundred today.
        const at = i >= logLines - 100 ? now - (logLines - i) * 1000 : now - DAY - ((i * 104729) % (365 * DAY));
        const before = schedule(n, at);
        store.add({ kind: 'grade', cardId, termId, at, grade: 1 + (i % 4), before, after: { ...before, state: 2, due: at + DAY } });
      }
    });
  }
  const count = (name) => new Promise((resolve) => (db.transaction(name).objectStore(name).count().onsuccess = (e) => resolve(e.target.result)));
  const stored = { cards: await count('cards'), log: await count('reviewLog') };
  db.close();
  return stored;
}

export async function reviewBench(context, baseUrl, { runs = 15, terms = 5000, logLines = 100_000 } = {}) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: /^Review/ }).waitFor();
  const started = Date.now();
  const stored = await page.evaluate(fill, { terms, logLines, now: Date.now() });
  const fillMs = Date.now() - started;
  const due = [];
  const first = [];
  const next = [];
  const written = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${baseUrl}/review`);
    const firstEntry = await waitForEntry(page, 'tolk:review-next', { whole: true, timeout: 60_000 });
    const dueEntry = await waitForEntry(page, 'tolk:review-due', { whole: true, timeout: 60_000 });
    // The learner's own step: reveal, grade Good; the card after it shows, and the grade is written behind it.
    await page.getByRole('button', { name: /^Show answer/ }).click();
    await page.getByRole('button', { name: /Good/ }).click();
    const afterGrade = await page.waitForFunction(() => performance.getEntriesByName('tolk:review-graded-next').at(0)?.duration, undefined, { timeout: 60_000 });
    const gradeWritten = await page.waitForFunction(() => performance.getEntriesByName('tolk:review-grade-written').at(0)?.duration, undefined, { timeout: 60_000 });
    if (i > 0) {
      // The first load warms the database's caches after the big write; it is left out.
      first.push(firstEntry.duration);
      next.push(await afterGrade.jsonValue());
      written.push(await gradeWritten.jsonValue());
      due.push(dueEntry.duration);
    }
  }
  await page.close();
  const figures = (values) => ({ medianMs: round(median(values), 2), p95Ms: round(percentile(values, 95), 2), maxMs: round(Math.max(...values), 2) });
  return { stored, fillMs, runs: runs - 1, countDue: figures(due), firstCard: figures(first), nextCard: figures(next), gradeWritten: figures(written) };
}

export const REVIEW_BUDGET = { countDueMs: 20, nextCardMs: 16 };

/** Prints the review rows with `row(label, value, budget, ok)`; returns what is over budget. */
export function reportReview(review, row) {
  console.log(`\n      review: ${review.stored.cards} cards, ${review.stored.log} log lines (written in ${(review.fillMs / 1000).toFixed(1)} s); ${review.runs} loads of /review`);
  const { countDue, nextCard } = review;
  row('  count due cards (header), median', `${countDue.medianMs.toFixed(2)} ms`, `≤ ${REVIEW_BUDGET.countDueMs} ms`, countDue.medianMs <= REVIEW_BUDGET.countDueMs);
  row('  count due cards, p95 / max', `${countDue.p95Ms} / ${countDue.maxMs}`, '', true);
  row('  next card after a grade, median', `${nextCard.medianMs.toFixed(2)} ms`, `≤ ${REVIEW_BUDGET.nextCardMs} ms`, nextCard.medianMs <= REVIEW_BUDGET.nextCardMs);
  row('  next card after a grade, p95 / max', `${nextCard.p95Ms} / ${nextCard.maxMs}`, '', true);
  row('  the grade written (behind the card), median', `${review.gradeWritten.medianMs.toFixed(2)} ms`, '', true);
  // Opening the page: the same read while the page itself loads (its start-up shares the thread and the store).
  const { firstCard } = review;
  row('  first card on opening the page, median', `${firstCard.medianMs.toFixed(2)} ms`, `≤ ${REVIEW_BUDGET.nextCardMs} ms`, firstCard.medianMs <= REVIEW_BUDGET.nextCardMs);
  row('  first card on opening the page, p95 / max', `${firstCard.p95Ms} / ${firstCard.maxMs}`, '', true);
  return [
    countDue.medianMs > REVIEW_BUDGET.countDueMs && `counting due cards takes ${countDue.medianMs} ms, over ${REVIEW_BUDGET.countDueMs} ms`,
    nextCard.medianMs > REVIEW_BUDGET.nextCardMs && `picking the next card after a grade takes ${nextCard.medianMs} ms, over ${REVIEW_BUDGET.nextCardMs} ms`,
    firstCard.medianMs > REVIEW_BUDGET.nextCardMs && `picking the first card on opening takes ${firstCard.medianMs} ms, over ${REVIEW_BUDGET.nextCardMs} ms`,
  ].filter(Boolean);
}
