// Finds glossary terms in running text: (index, text, language) → non-overlapping {start, end, entryId}.
//
// Approach. Text is split into words (runs of Unicode letters, digits, marks; see tokenizer.ts),
// so "øl" is never found inside "kjøl" nor "terror" inside "terrorangrepet". Each glossary term is
// parsed the same way; its last word becomes inflection rules "base + whitelisted ending"
// (inflection.ts: bokmål plural, definite, genitive, present/past of -e verbs; English -s/-es/-ies).
// The index (languageIndex.ts) maps each rule's base, or a multi-word term's first word, to entry
// positions. A text word is looked up by splitting it into base + each possible ending (a few Map
// lookups, once per word type, then cached), so no stemmer runs in the hot path. Multi-word terms
// are then checked against the following words: earlier words exactly, any whitespace between
// them, the last word through its rules. English possessive 's joins the mark. Overlaps: longest
// in characters first, then earliest.
//
// Snowball stems (passed in, see snowballStemmers.ts) are a guard, not the key: stem equality alone
// would let "Putinism" match "Putin" and "terrorism" match "terror", and Snowball splits the bokmål
// -er paradigm (leder → led, lederne → ledern). The stem is checked only where the base is a guess:
// a headword already in the definite form (sikkerhetspakten → sikkerhetspakt, sikkerhetspakter).
//
// Lexicon forms. An entry may carry every written form of its single-word terms' lemma
// (MatchableTerm.lexiconForms, from src/core/lexicon's data; the editorial glossary gets them at build
// time in build/readArticles.ts). Those are matched as whole words exactly as listed, never through the
// rules, so irregular and strong forms (bok/bøker, mann/menn, gå/gikk), weak verbs of any pattern
// (lese/leste), consonant doubling (program/programmet), adjective inflection (alliert/allierte),
// plural headwords (sanksjoner → sanksjonen), a feminine definite (tankesmia) and English verb forms
// (go/went) are marked for those entries, and a form is never found inside a compound.
//
// Known misses where an entry has no lexicon forms (the learner's own terms, which keep the rule
// path; multi-word terms; words the lexicon lacks): the cases just listed, so list those forms in the
// entry's terms. Inflection applies to the last word of a term only. A text word that is a different
// word spelt like an inflected form still matches (tank → tanker, "thoughts"), and a plural headword
// in -er is taken for an agent noun like "leder", so "sanksjoner" also marks the verb "sanksjonere".
import { LanguageIndex } from './languageIndex';
import type { GlossaryMatch, Lang, MatchableTerm } from './types';

export interface Stemmers {
  nb: (word: string) => string;
  en: (word: string) => string;
}

/** Opaque: made by buildGlossaryIndex, read only by findGlossaryMatches. */
export interface GlossaryIndex {
  readonly byLang: Readonly<Record<Lang, LanguageIndex>>;
}

/** Indexes both languages. The entries are read again later (an entry's terms are parsed when first met), so do not mutate them; build a new index instead. */
export function buildGlossaryIndex(entries: readonly MatchableTerm[], stemmers: Stemmers): GlossaryIndex {
  // A copy of the list (not of the entries), so a caller reusing its array cannot change the index.
  const kept = entries.slice();
  return { byLang: { nb: new LanguageIndex('nb', stemmers.nb, kept), en: new LanguageIndex('en', stemmers.en, kept) } };
}

/** Matches in `text` (call it per paragraph), sorted by start and non-overlapping. */
export function findGlossaryMatches(index: GlossaryIndex, text: string, lang: Lang): GlossaryMatch[] {
  return index.byLang[lang].find(text);
}
