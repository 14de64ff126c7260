// The glossary matcher's public data shapes: what an entry offers to match, and what a match reports.
export type { Lang } from '../lang';
import type { Lang } from '../lang';

export interface MatchableTerm {
  /** The glossary entry's id; every match of any of its terms reports it. */
  id: string;
  /** Per language: headword first, then extra forms or spellings; each may be several words ("think tank"). */
  terms: Record<Lang, readonly string[]>;
  /** True: match only as written, so the acronym "IS" never matches the verb "is". */
  caseSensitive?: boolean;
  /**
   * Per language: every written form of a single-word term's lemma, from the lexicon (bok: boka, bøker …; gå: går,
   * gikk, gått). Matched as whole words exactly as listed (folded unless case-sensitive), never through the
   * inflection rules, so a full paradigm adds no guesses. The editorial glossary gets them at build time.
   */
  lexiconForms?: Partial<Record<Lang, readonly string[]>>;
}

/** UTF-16 offsets into the matched text: text.slice(start, end) is the surface form found. */
export interface GlossaryMatch {
  start: number;
  end: number;
  entryId: string;
}
