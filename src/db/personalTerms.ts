// The learner's own glossary terms in the store: add, change, delete (with undo), and import many at once, each all or nothing.
import type { PersonalTerm } from '../core/personal/personalTerm';
import type { TolkDB } from './db';

export async function addPersonalTerm(db: TolkDB, term: PersonalTerm): Promise<void> {
  await db.personalTerms.add(term);
}

export async function updatePersonalTerm(db: TolkDB, id: string, change: Pick<PersonalTerm, 'terms' | 'note'>, now = Date.now()): Promise<void> {
  const updated = await db.personalTerms.update(id, { terms: change.terms, note: change.note, updatedAt: now });
  if (updated === 0) throw new Error(`No personal term ${id}`);
}

/** Returns the deleted term, so the caller can offer to undo. */
export async function deletePersonalTerm(db: TolkDB, id: string): Promise<PersonalTerm | undefined> {
  return db.transaction('rw', db.personalTerms, async () => {
    const term = await db.personalTerms.get(id);
    if (term) await db.personalTerms.delete(id);
    return term;
  });
}

/** Undo a delete: the same record, id and dates included. */
export async function restorePersonalTerm(db: TolkDB, term: PersonalTerm): Promise<void> {
  await db.personalTerms.put(term);
}

/** Adds every term or none. */
export async function addPersonalTerms(db: TolkDB, terms: readonly PersonalTerm[]): Promise<void> {
  await db.transaction('rw', db.personalTerms, async () => {
    await db.personalTerms.bulkAdd([...terms]);
  });
}
