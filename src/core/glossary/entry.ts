// A glossary entry: a term in both languages with its other forms, a definition in each, and its kind.
import type { Lang } from '../lang';

export const ENTRY_KINDS = ['concept', 'organisation', 'person', 'place'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface GlossaryEntry {
  id: string;
  kind: EntryKind;
  /** Per language: the headword first, then forms the matcher cannot derive. */
  terms: Record<Lang, string[]>;
  /** Match only as written (acronyms such as IS). */
  caseSensitive?: boolean;
  /** Every form of a single-word term's lemma, per language, from the lexicon at build time (see MatchableTerm). */
  lexiconForms?: Partial<Record<Lang, string[]>>;
  definitions: Record<Lang, string>;
  /** The seed whose inline definition this is, when it is one. */
  origin?: string;
}
