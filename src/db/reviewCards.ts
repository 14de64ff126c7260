// A term's review cards beside the term: cards for terms without them, "known" without a review, parked while a delete can be undone.
import Dexie from 'dexie';
import { cardsForTerms, DIRECTIONS, queueOf, type ReviewCard } from '../core/review/card';
import type { TolkDB } from './db';

/** How long a deleted term's cards and log wait for an undo before a review session clears them away. */
export const DELETED_KEPT_MS = 60_000;

/** Cards for any term that has none (terms restored from an older backup, say); returns how many were made. */
export async function ensureCards(db: TolkDB): Promise<number> {
  // Two counts first, outside any write transaction: when every term has both cards there is nothing to read.
  const [terms, cards] = await Promise.all([db.personalTerms.count(), db.cards.count()]);
  if (cards >= terms * 2) return 0;
  return db.transaction('rw', db.personalTerms, db.cards, async () => {
    const [all, carded] = await Promise.all([db.personalTerms.toArray(), db.cards.orderBy('termId').uniqueKeys()]);
    const have = new Set(carded.map(String));
    const missing = cardsForTerms(all.filter((term) => !have.has(term.id)));
    await db.cards.bulkAdd(missing);
    return missing.length;
  });
}

async function setTermQueue(db: TolkDB, termId: string, queue: (card: ReviewCard) => ReviewCard['queue'], now: number): Promise<void> {
  const cards = await db.cards.where('termId').equals(termId).toArray();
  await db.cards.bulkPut(cards.map((card) => ({ ...card, queue: queue(card), updatedAt: now })));
}

/**
 * "I know this": the term's cards leave the queues without a review (and the reader can hide its marks); `false` puts
 * them back where their schedule says. A term without cards yet (restored from an older backup, say) gets them first.
 */
export async function markKnown(db: TolkDB, termId: string, known: boolean, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.personalTerms, db.cards, async () => {
    const term = await db.personalTerms.get(termId);
    if (term && (await db.cards.where('termId').equals(termId).count()) === 0) await db.cards.bulkAdd(cardsForTerms([term]));
    await setTermQueue(db, termId, (card) => (known ? 'known' : queueOf(card)), now);
  });
}

/** A deleted term's cards wait, out of every queue, so an undo brings the term back with its schedule. */
export async function parkCards(db: TolkDB, termId: string, now = Date.now()): Promise<void> {
  await setTermQueue(db, termId, () => 'deleted', now);
}

export async function unparkCards(db: TolkDB, termId: string, now = Date.now()): Promise<void> {
  await setTermQueue(db, termId, (card) => (card.queue === 'deleted' ? queueOf(card) : card.queue), now);
}

/** After the undo window: the cards of deleted terms go, and so do their log lines. */
export async function clearDeletedCards(db: TolkDB, now: number): Promise<void> {
  // Parked cards are found through the queue index (read-only), so a session start never scans every card.
  const parkedNow = await Promise.all(
    DIRECTIONS.map((d) => db.cards.where('[direction+queue+due]').between([d, 'deleted', Dexie.minKey], [d, 'deleted', Dexie.maxKey]).toArray()),
  );
  if (parkedNow.every((list) => list.length === 0)) return;
  await db.transaction('rw', db.personalTerms, db.cards, db.reviewLog, async () => {
    const parked = parkedNow.flat().filter((card) => card.updatedAt <= now - DELETED_KEPT_MS);
    const gone = parked.filter((card, i, all) => all.findIndex((c) => c.termId === card.termId) === i);
    for (const { termId } of gone) {
      if (await db.personalTerms.get(termId)) continue;
      await db.cards.where('termId').equals(termId).delete();
      await db.reviewLog.filter((line) => line.termId === termId).delete();
    }
  });
}
