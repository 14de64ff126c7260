// Translation keys for the problems the core reports as codes: import rows (per side) and edited terms.
import type { RejectedRow, RowProblem } from '../../core/personal/importRow';
import type { TermProblem } from '../../core/personal/personalTerm';

type Side = 'nb' | 'en' | 'none';

const REASON = {
  empty: { nb: 'reason.emptyNb', en: 'reason.emptyEn', none: 'reason.empty' },
  'too-long': { nb: 'reason.tooLongNb', en: 'reason.tooLongEn', none: 'reason.tooLong' },
  'no-letters': { nb: 'reason.noLettersNb', en: 'reason.noLettersEn', none: 'reason.noLetters' },
  'missing-column': { nb: 'reason.missingColumnNb', en: 'reason.missingColumnEn', none: 'reason.missingColumn' },
  'unbalanced-quotes': { nb: 'reason.unbalancedQuotes', en: 'reason.unbalancedQuotes', none: 'reason.unbalancedQuotes' },
  'both-empty': { nb: 'reason.bothEmpty', en: 'reason.bothEmpty', none: 'reason.bothEmpty' },
  'bad-json': { nb: 'reason.badJson', en: 'reason.badJson', none: 'reason.badJson' },
  'bad-format': { nb: 'reason.badFormat', en: 'reason.badFormat', none: 'reason.badFormat' },
  'bad-field': { nb: 'reason.badField', en: 'reason.badField', none: 'reason.badField' },
  'newer-version': { nb: 'reason.badFormat', en: 'reason.badFormat', none: 'reason.badFormat' },
  'too-many': { nb: 'reason.badFormat', en: 'reason.badFormat', none: 'reason.badFormat' },
} as const satisfies Record<RowProblem, Record<Side, string>>;

/** Why a row was rejected, as a key of the myGlossary namespace. */
export function reasonKey(row: RejectedRow) {
  return REASON[row.problem][row.field ?? 'none'];
}

/** Problems that concern a whole file (line 0) and have a sentence of their own. */
export const FILE_PROBLEM = {
  'bad-json': 'fileProblem.bad-json',
  'bad-format': 'fileProblem.bad-format',
  'newer-version': 'fileProblem.newer-version',
  'too-many': 'fileProblem.too-many',
} as const;

export function isFileProblem(problem: RowProblem): problem is keyof typeof FILE_PROBLEM {
  return problem in FILE_PROBLEM;
}

/** Keys of the records namespace, shared with the reader's add-term dialog. */
export const TERM_PROBLEM = {
  empty: 'termProblem.empty',
  'too-long': 'termProblem.too-long',
  'no-letters': 'termProblem.no-letters',
} as const satisfies Record<TermProblem, string>;

/** Both terms of a pair as one label, "tankesmie – think tank", or the one side there is. */
export function pairLabel(terms: { nb: string; en: string }): string {
  return [terms.nb, terms.en].filter((side) => side !== '').join(' – ');
}
