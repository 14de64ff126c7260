// The entries the reader marks: the learner's own terms and the editorial glossary, as one list for the matcher.
import { isNameKind, type GlossaryEntry } from '../../core/glossary/entry';
import type { PersonalTerm } from '../../core/personal/personalTerm';

const PERSONAL_PREFIX = 'personal:';

export const personalEntryId = (termId: string) => `${PERSONAL_PREFIX}${termId}`;
export const personalTermIdOf = (entryId: string) => (entryId.startsWith(PERSONAL_PREFIX) ? entryId.slice(PERSONAL_PREFIX.length) : undefined);

/** A personal term as a matchable entry: its note stands in as the definition in both languages. */
function personalEntry(term: PersonalTerm): GlossaryEntry {
  return {
    id: personalEntryId(term.id),
    kind: 'concept',
    terms: { nb: term.terms.nb ? [term.terms.nb] : [], en: term.terms.en ? [term.terms.en] : [] },
    definitions: { nb: term.note, en: term.note },
  };
}

export interface MarkKinds {
  editorial: boolean;
  personal: boolean;
  /** Editorial names (people, places, organisations); off leaves the editorial vocabulary marked. */
  names: boolean;
}

/**
 * Personal terms come first: where a learner's term and an editorial one cover the same words, the matcher
 * keeps the earlier entry, so the learner's own term (and note) wins and the popup still offers the editorial one.
 */
export function entriesToMark(editorial: readonly GlossaryEntry[], personal: readonly PersonalTerm[], kinds: MarkKinds): GlossaryEntry[] {
  const shownEditorial = kinds.names ? editorial : editorial.filter((entry) => !isNameKind(entry.kind));
  return [...(kinds.personal ? personal.map(personalEntry) : []), ...(kinds.editorial ? shownEditorial : [])];
}
