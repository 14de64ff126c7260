// A glossary entry: a term in both languages with its other forms, a definition in each, and its kind.
import type { Lang } from '../lang';

/** Vocabulary (`word`, `phrase`, `concept`) and names (`person`, `place`, `organisation`). */
export const ENTRY_KINDS = ['word', 'phrase', 'concept', 'organisation', 'person', 'place'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

const NAME_KINDS: ReadonlySet<EntryKind> = new Set(['organisation', 'person', 'place']);

/** Names are marked quieter and once per paragraph, listed after the words, and can be hidden on their own. */
export function isNameKind(kind: EntryKind): boolean {
  return NAME_KINDS.has(kind);
}

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
