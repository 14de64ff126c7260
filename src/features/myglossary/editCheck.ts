// The checks an edited term must pass before it is saved: the term rules of the core, then "you already have it".
import type { Stemmers } from '../../core/glossary/matcher';
import { findDuplicate, foldPair } from '../../core/personal/folding';
import { checkPersonalTerm, type PersonalTerm, type TermProblem } from '../../core/personal/personalTerm';

export type FieldProblem = { kind: 'term'; problem: TermProblem } | { kind: 'both-empty' } | { kind: 'duplicate'; existing: PersonalTerm };

export interface EditProblems {
  nb?: FieldProblem;
  en?: FieldProblem;
}

/** Problems per field for trimmed `terms`; `both-empty` is reported on both fields. A duplicate is looked for only when the terms are otherwise fine. */
export function checkEdit(terms: { nb: string; en: string }, others: readonly PersonalTerm[], stemmers: Stemmers): EditProblems {
  const problems = checkPersonalTerm(terms);
  if (problems.both !== undefined) return { nb: { kind: 'both-empty' }, en: { kind: 'both-empty' } };
  if (problems.nb !== undefined || problems.en !== undefined) {
    const result: EditProblems = {};
    if (problems.nb !== undefined) result.nb = { kind: 'term', problem: problems.nb };
    if (problems.en !== undefined) result.en = { kind: 'term', problem: problems.en };
    return result;
  }
  const existing = findDuplicate(terms, others, stemmers);
  if (existing === undefined) return {};
  const wanted = foldPair(terms, stemmers);
  const found = foldPair(existing.terms, stemmers);
  return wanted.nb !== '' && wanted.nb === found.nb ? { nb: { kind: 'duplicate', existing } } : { en: { kind: 'duplicate', existing } };
}
