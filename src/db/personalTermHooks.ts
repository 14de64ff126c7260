// The learner's terms as stored, checked against the rules every term meets: the good ones for the pages, the damaged
// ones for My glossary to list. Apart from hooks.ts so that the rule set loads with the pages that read terms, not at start-up.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { PersonalTerm } from '../core/personal/personalTerm';
import { personalTermProblem, type RecordProblem } from '../core/records/rules';

/** A stored record that breaks the rules every term meets (written by an older or buggy version, or straight into the store). */
export interface DamagedRecord {
  /** The record's primary key, to delete it by (a damaged record's key may not even be a string). */
  key: string;
  /** Its terms as far as they are readable, else its id, to tell it by. */
  label: string;
  problem: RecordProblem;
}

export async function readPersonalTerms(): Promise<{ terms: PersonalTerm[]; damaged: DamagedRecord[] }> {
  // One read of the whole table in primary-key order, sorted here: a live query that reads through an index (orderBy)
  // has Dexie note every primary key it returned (a few hundred milliseconds at 50,000 terms, on every re-read),
  // while a read of the table is noted as one range; and a record with no valid createdAt, missing from that index,
  // is read with the others.
  const all: unknown[] = await db.personalTerms.toArray();
  const terms: PersonalTerm[] = [];
  const damaged: DamagedRecord[] = [];
  for (const record of all) {
    const problem = personalTermProblem(record);
    if (problem === undefined) terms.push(record as PersonalTerm);
    else damaged.push({ key: (record as { id: string }).id, label: labelOf(record) || String((record as { id: unknown }).id), problem });
  }
  // Newest first; for equal dates, the later id first (the order a reversed read of the createdAt index gave).
  terms.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { terms, damaged };
}

function labelOf(record: unknown): string {
  const terms = (record as { terms?: unknown }).terms;
  if (typeof terms !== 'object' || terms === null) return '';
  const sides = [(terms as { nb?: unknown }).nb, (terms as { en?: unknown }).en];
  // A label is for telling records apart; a hostile 5-MB term is cut.
  return sides.filter((side): side is string => typeof side === 'string' && side.trim() !== '').map((side) => side.slice(0, 80)).join(' – ');
}

/** The learner's own terms, newest first; live across tabs. Records no page could show are left out (see usePersonalTermRecords). */
export function usePersonalTerms(): PersonalTerm[] | undefined {
  return useLiveQuery(async () => (await readPersonalTerms()).terms, []);
}

/**
 * The learner's terms and the stored records that break the rules (so My glossary can list them as damaged, with a
 * way to delete them), from one read of the store: at 50,000 terms each read takes a noticeable part of a second.
 */
export function usePersonalTermRecords(): { terms: PersonalTerm[]; damaged: DamagedRecord[] } | undefined {
  return useLiveQuery(readPersonalTerms, []);
}
