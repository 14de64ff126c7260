// Splits checked import rows into those to add and duplicates, of stored terms or of earlier rows in the same file.
import type { Stemmers } from '../glossary/matcher';
import { DuplicateIndex } from './folding';
import type { ImportRow } from './importRow';
import type { PersonalTerm } from './personalTerm';

export interface ImportPlan {
  add: ImportRow[];
  /** `existing`: the stored term it repeats; otherwise `earlier`: the row of this file it repeats. */
  duplicates: { row: ImportRow; existing?: PersonalTerm; earlier?: ImportRow }[];
}

/**
 * Same-term test as findDuplicate (folding.ts). A stored term wins over an earlier row; a row counts
 * as earlier only when it is itself in `add`, so the plan never adds two rows that fold alike.
 */
export function planImport(rows: readonly ImportRow[], existing: readonly PersonalTerm[], stemmers: Stemmers): ImportPlan {
  const stored = new DuplicateIndex<PersonalTerm>(stemmers);
  for (const term of existing) stored.add(term.terms, term);
  const added = new DuplicateIndex<ImportRow>(stemmers);
  const plan: ImportPlan = { add: [], duplicates: [] };
  for (const row of rows) {
    const existingTerm = stored.find(row);
    if (existingTerm !== undefined) {
      plan.duplicates.push({ row, existing: existingTerm });
      continue;
    }
    const earlier = added.find(row);
    if (earlier !== undefined) {
      plan.duplicates.push({ row, earlier });
      continue;
    }
    added.add(row, row);
    plan.add.push(row);
  }
  return plan;
}
