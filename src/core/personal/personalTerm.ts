// A learner's own glossary term (the record as stored) and the checks its two terms must pass.

/** The sentence pair a term was picked from: where it is, and both sentences as read. */
export interface PersonalTermContext {
  articleId: string;
  block: number;
  seg: number;
  nb: string;
  en: string;
}

export interface PersonalTerm {
  /** Made by the caller (crypto.randomUUID in the app), so this module stays deterministic. */
  id: string;
  /** At least one side non-empty; stored trimmed (import trims them, see importRow.ts). */
  terms: { nb: string; en: string };
  /** Free text in either language; may be ''. */
  note: string;
  context?: PersonalTermContext;
  createdAt: number;
  updatedAt: number;
}

/** The sentence pair as one line of text, as the CSV export writes it: "nb sentence / en sentence". */
export function contextText(context: PersonalTermContext): string {
  return `${context.nb} / ${context.en}`;
}

export type TermProblem = 'empty' | 'too-long' | 'no-letters';

export interface PersonalTermProblems {
  nb?: TermProblem;
  en?: TermProblem;
  both?: 'empty';
}

/** In Unicode code points after trimming and NFC, so "å" typed as a + ring counts once but 👍🏽 (thumb + skin tone) counts twice. */
export const MAX_TERM_LENGTH = 200;

const LETTER = /\p{L}/u;

/** The first thing wrong with one term, or undefined when it is fine. */
export function checkTerm(text: string): TermProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (isTooLong(trimmed)) return 'too-long';
  // Digits, punctuation, symbols and emoji alone are not a term: '1984', '—', '!!!'.
  if (!LETTER.test(trimmed)) return 'no-letters';
  return undefined;
}

function isTooLong(text: string): boolean {
  const nfc = text.normalize('NFC');
  // Code points never outnumber code units, so most terms are decided without counting.
  if (nfc.length <= MAX_TERM_LENGTH) return false;
  let count = 0;
  for (const _ of nfc) {
    if (++count > MAX_TERM_LENGTH) return true;
  }
  return false;
}

/**
 * Problems of a term pair, per side. One side may be empty while the other is filled; both empty is
 * reported once, as `both`, and not per side. An empty result means the pair may be saved.
 */
export function checkPersonalTerm(input: { nb: string; en: string }): PersonalTermProblems {
  const nb = checkTerm(input.nb);
  const en = checkTerm(input.en);
  if (nb === 'empty' && en === 'empty') return { both: 'empty' };
  const problems: PersonalTermProblems = {};
  if (nb !== undefined && nb !== 'empty') problems.nb = nb;
  if (en !== undefined && en !== 'empty') problems.en = en;
  return problems;
}
