// The learner's own glossary terms in the store: add, change, delete (with undo), and import many at once, each all or nothing; each term's review cards go with it.
import type { PersonalTerm } from '../core/personal/personalTerm';
import { cardsForTerms } from '../core/review/card';
import type { TolkDB } from './db';
import { parkCards, unparkCards } from './reviewCards';

/** The term and its two new review cards. */
export async function addPersonalTerm(db: TolkDB, term: PersonalTerm): Promise<void> {
  await db.transaction('rw', db.personalTerms, db.cards, async () => {
    await db.personalTerms.add(term);
    await db.cards.bulkPut(cardsForTerms([term]));
  });
}

/** An edit keeps the term's review schedule: the cards are not touched. */
export async function updatePersonalTerm(db: TolkDB, id: string, change: Pick<PersonalTerm, 'terms' | 'note'>, now = Date.now()): Promise<void> {
  const updated = await db.personalTerms.update(id, { terms: change.terms, note: change.note, updatedAt: now });
  if (updated === 0) throw new Error(`No personal term ${id}`);
}

/** Returns the deleted term, so the caller can offer to undo; its cards and review log wait for that undo. */
export async function deletePersonalTerm(db: TolkDB, id: string): Promise<PersonalTerm | undefined> {
  return db.transaction('rw', db.personalTerms, db.cards, async () => {
    const term = await db.personalTerms.get(id);
    if (term) {
      await db.personalTerms.delete(id);
      await parkCards(db, id);
    }
    return term;
  });
}

/** Undo a delete: the same record, id and dates included, and its cards back in their queues. */
export async function restorePersonalTerm(db: TolkDB, term: PersonalTerm): Promise<void> {
  await db.transaction('rw', db.personalTerms, db.cards, async () => {
    await db.personalTerms.put(term);
    await unparkCards(db, term.id);
  });
}

/** Adds every term (and its cards) or none. */
export async function addPersonalTerms(db: TolkDB, terms: readonly PersonalTerm[]): Promise<void> {
  await db.transaction('rw', db.personalTerms, db.cards, async () => {
    await db.personalTerms.bulkAdd([...terms]);
    await db.cards.bulkPut(cardsForTerms(terms));
  });
}
