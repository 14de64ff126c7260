// Finds glossary terms in running text: (index, text, language) → non-overlapping {start, end, entryId}.
//
// Approach. Text is split into words (runs of Unicode letters, digits, marks; see tokenizer.ts),
// so "øl" is never found inside "kjøl" nor "terror" inside "terrorangrepet". Each glossary term is
// parsed the same way; its last word becomes inflection rules "base + whitelisted ending"
// (inflection.ts: bokmål plural, definite, genitive, present/past of -e verbs; English -s/-es/-ies).
// A text word is looked up by splitting it into base + each possible ending (a few Map lookups,
// once per word type, then cached), so single-word terms need no stemmer in the hot path.
// Multi-word terms are posted under their first word and checked against the following words:
// earlier words exactly, any whitespace between them, the last word through its rules. English
// possessive 's joins the mark. Overlaps: longest in characters first, then earliest.
//
// Snowball stems (passed in, see snowballStemmers.ts) are a guard, not the key: stem equality alone
// would let "Putinism" match "Putin" and "terrorism" match "terror", and Snowball splits the bokmål
// -er paradigm (leder → led, lederne → ledern). The stem is checked only where the base is a guess:
// a headword already in the definite form (sikkerhetspakten → sikkerhetspakt, sikkerhetspakter).
//
// Known misses (list the forms in the entry's terms instead): irregular and strong forms (bok/bøker,
// mann/menn, gå/gikk), weak verbs outside the -e/-er/-et/-es pattern (lese/leste, leve/levde),
// consonant doubling (program/programmet), adjective inflection (alliert/allierte — bare and -e forms
// are kept apart on purpose, so "mote" never matches "mot"), plural headwords matching their
// singular (sanksjoner → sanksjon), a feminine definite headword (tankesmia), English verb forms
// (remand/remanded) and plural headwords (sanctions → sanction). Inflection applies to the last word
// of a term only. A text word that is a different word spelt like an inflected form still matches
// (tank → tanker, "thoughts").
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

export function buildGlossaryIndex(entries: readonly MatchableTerm[], stemmers: Stemmers): GlossaryIndex {
  const byLang = { nb: new LanguageIndex('nb', stemmers.nb), en: new LanguageIndex('en', stemmers.en) };
  entries.forEach((entry, order) => {
    const caseSensitive = entry.caseSensitive === true;
    byLang.nb.addEntry(entry.id, order, entry.terms.nb, caseSensitive);
    byLang.en.addEntry(entry.id, order, entry.terms.en, caseSensitive);
  });
  return { byLang };
}

/** Matches in `text` (call it per paragraph), sorted by start and non-overlapping. */
export function findGlossaryMatches(index: GlossaryIndex, text: string, lang: Lang): GlossaryMatch[] {
  return index.byLang[lang].find(text);
}
