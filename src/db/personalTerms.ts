// The learner's own glossary terms in the store: add, change, delete (with undo), and import many at once, each all or
// nothing; each term's review cards go with it.
//
// Two tabs can write at the same time, so every check that decides a write runs inside the write's transaction
// (IndexedDB runs read-write transactions on one store one after another, across tabs): "you already have it" is
// looked for among the terms as they are at that moment, and an edit is refused when the term changed since its
// form opened, instead of one tab's edit silently replacing the other's.
import type { Stemmers } from '../core/glossary/matcher';
import { DuplicateIndex } from '../core/personal/folding';
import { MAX_GLOSSARY_TERMS, overGlossaryLimit } from '../core/personal/importLimits';
import type { PersonalTerm } from '../core/personal/personalTerm';
import { cardsForTerms } from '../core/review/card';
import type { TolkDB } from './db';
import { parkCards, unparkCards } from './reviewCards';

/** The clock that dates writes, for callers (event handlers) that stamp a term themselves. */
export const now = (): number => Date.now();

/** What became of a write: done, or why not (with the stored term that stood in the way). */
export type TermWrite =
  | { ok: true }
  | { ok: false; problem: 'duplicate'; existing: PersonalTerm }
  | { ok: false; problem: 'changed'; current: PersonalTerm }
  | { ok: false; problem: 'gone' };

async function storedIndex(db: TolkDB, stemmers: Stemmers, leaveOut?: string): Promise<DuplicateIndex<PersonalTerm>> {
  const index = new DuplicateIndex<PersonalTerm>(stemmers);
  await db.personalTerms.each((term) => {
    if (term.id !== leaveOut) index.add(term.terms, term);
  });
  return index;
}

/**
 * Adds a new term, with its two new review cards, unless one that folds alike is already stored; `touchedAt` dates
 * the write (a term edited back into being).
 */
export async function addPersonalTerm(db: TolkDB, term: PersonalTerm, stemmers: Stemmers, touchedAt?: number): Promise<TermWrite> {
  return db.transaction('rw', db.personalTerms, db.cards, async () => {
    const existing = (await storedIndex(db, stemmers)).find(term.terms);
    if (existing) return { ok: false, problem: 'duplicate', existing };
    await db.personalTerms.add(touchedAt === undefined ? term : { ...term, updatedAt: touchedAt });
    await db.cards.bulkPut(cardsForTerms([term]));
    return { ok: true };
  });
}

export interface TermChange {
  change: Pick<PersonalTerm, 'terms' | 'note'>;
  /** The stored term's `updatedAt` the learner's version starts from (the one they chose to overwrite, after a conflict). */
  openedAt: number;
  now?: number;
}

/**
 * Changes a term, unless it changed (or went) since its form opened, or the change makes it a duplicate of another.
 * An edit keeps the term's review schedule: the cards are not touched.
 */
export async function updatePersonalTerm(db: TolkDB, id: string, { change, openedAt, now = Date.now() }: TermChange, stemmers: Stemmers): Promise<TermWrite> {
  return db.transaction('rw', db.personalTerms, async () => {
    const current = await db.personalTerms.get(id);
    if (!current) return { ok: false, problem: 'gone' };
    if (current.updatedAt !== openedAt) return { ok: false, problem: 'changed', current };
    const existing = (await storedIndex(db, stemmers, id)).find(change.terms);
    if (existing) return { ok: false, problem: 'duplicate', existing };
    // Always later than what was stored, so a form opened on the old version sees the change even within a millisecond.
    await db.personalTerms.update(id, { terms: change.terms, note: change.note, updatedAt: Math.max(now, current.updatedAt + 1) });
    return { ok: true };
  });
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

/**
 * Undo a delete: the same record, id and dates included, and its review cards. When the same term was added again meanwhile (in
 * another tab, say), nothing is written and the caller hears which term is already there.
 */
export async function restorePersonalTerm(db: TolkDB, term: PersonalTerm, stemmers: Stemmers): Promise<TermWrite> {
  return db.transaction('rw', db.personalTerms, db.cards, async () => {
    if (await db.personalTerms.get(term.id)) return { ok: true }; // already back (undone in another tab)
    const existing = (await storedIndex(db, stemmers)).find(term.terms);
    if (existing) return { ok: false, problem: 'duplicate', existing };
    await db.personalTerms.add(term);
    // Its cards come back in their queues, schedule and all.
    await unparkCards(db, term.id);
    return { ok: true };
  });
}

export interface TermsAdded {
  added: PersonalTerm[];
  /** Terms left out because the store already held them when the import was written (another tab got there first). */
  alreadyThere: { term: PersonalTerm; existing: PersonalTerm }[];
  /** Set when nothing was added because the glossary would then hold this many terms, beyond `max`. */
  overLimit?: number;
}

/**
 * Adds every term that is not already stored, all in one transaction: a failure adds none, and so does an import
 * that would take the glossary beyond `max` terms (counted inside the transaction, so two tabs cannot both fit).
 * A term whose id is taken by then gets a new one from `newId` (its twin is usually what took it, and is found as a duplicate).
 */
export async function addPersonalTerms(
  db: TolkDB,
  terms: readonly PersonalTerm[],
  stemmers: Stemmers,
  newId: () => string = () => crypto.randomUUID(),
  max = MAX_GLOSSARY_TERMS,
): Promise<TermsAdded> {
  return db.transaction('rw', db.personalTerms, db.cards, async () => {
    const stored = await storedIndex(db, stemmers);
    const taken = new Set(await db.personalTerms.toCollection().primaryKeys());
    const result: TermsAdded = { added: [], alreadyThere: [] };
    for (const term of terms) {
      const existing = stored.find(term.terms);
      if (existing) {
        result.alreadyThere.push({ term, existing });
        continue;
      }
      let id = term.id;
      while (taken.has(id)) id = newId();
      taken.add(id);
      const added = id === term.id ? term : { ...term, id };
      stored.add(added.terms, added); // the rows themselves were folded apart by the preview; this keeps it so
      result.added.push(added);
    }
    const overLimit = overGlossaryLimit(taken.size - result.added.length, result.added.length, max);
    if (overLimit !== undefined) return { added: [], alreadyThere: result.alreadyThere, overLimit };
    await db.personalTerms.bulkAdd(result.added);
    await db.cards.bulkPut(cardsForTerms(result.added));
    return result;
  });
}
