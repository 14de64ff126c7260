// Bokmål analyses of one written form: readings grouped by lemma and class, glossed, and ranked likeliest first.
import { derivationsOf, englishIng, englishPastParticiple, englishUn } from './derived.ts';
import type { Glosses } from './glosses.ts';
import { entriesInGenderOrder, entryClass, entryGenders, mainFormsOf, sortGenders } from './nobClasses.ts';
import type { NobForms, NobReading } from './nobForms.ts';
import type { Analysis, WordClass } from './types.ts';

/**
 * The ranking rule (no tagger runs in the browser, and the data has no frequencies):
 * 1. word class: closed classes first (det, pron, prep, conj, adv: short words are nearly always these), then verb,
 *    noun, adjective, interjection, proper noun. So "strider" is stride (verb) before strid (noun), "sto" stå before
 *    sto (noun), "så" the adverb before the past of "se".
 * 2. a verb reading that is only an imperative goes after nouns and adjectives (går is gå, not the imperative of gåre);
 * 3. a lemma with an English gloss before one without (gjorde: gjøre before the rare verb "gjorde");
 * 4. a shorter first gloss first (Zipf: common words are short; bøker: bok "book" before bøk "beech");
 * 5. the lemma in alphabetical order, so the result never depends on the data's order.
 */
const CLASS_RANK: Record<WordClass, number> = {
  det: 0,
  pron: 1,
  prep: 2,
  conj: 3,
  adv: 4,
  verb: 5,
  noun: 6,
  adj: 7,
  num: 8,
  interj: 9,
  propn: 10,
  abbr: 11,
  other: 12,
};
const IMPERATIVE_ONLY_RANK = 7.5;

interface Ranked {
  analysis: Analysis;
  rank: number;
}

export function compareAnalyses(a: Ranked, b: Ranked): number {
  const glossA = a.analysis.glosses[0];
  const glossB = b.analysis.glosses[0];
  return (
    a.rank - b.rank ||
    (glossA === undefined ? 1 : 0) - (glossB === undefined ? 1 : 0) ||
    (glossA?.length ?? 0) - (glossB?.length ?? 0) ||
    a.analysis.lemma.localeCompare(b.analysis.lemma)
  );
}

/** English glosses of a bokmål lemma; for -ing/-else/-het nouns without any, those of their verb or adjective. */
export function glossesOf(forms: NobForms, glosses: Glosses, lemma: string, wordClass: WordClass): string[] {
  const direct = glosses.english(lemma, wordClass);
  if (direct.length > 0) return direct;
  if (wordClass === 'adj') return adjectiveGlosses(forms, glosses, lemma, true);
  if (wordClass !== 'noun') return direct;
  for (const derivation of derivationsOf(lemma)) {
    const known = forms.entriesOf(derivation.base).some((e) => entryClass(forms, e) === derivation.baseClass);
    if (!known) continue;
    const base = glosses.english(derivation.base, derivation.baseClass);
    if (base.length > 0) return [...new Set(base.map(derivation.english))];
  }
  return [];
}

/**
 * An unglossed adjective that is a verb's participle takes the verb's gloss (utsatt -> postponed, ventende -> waiting),
 * and a u- adjective its base's with un- (uventet -> unexpected).
 */
function adjectiveGlosses(forms: NobForms, glosses: Glosses, lemma: string, tryUn: boolean): string[] {
  for (const reading of forms.readings(lemma)) {
    if (entryClass(forms, reading.entry) !== 'verb') continue;
    const english = reading.tags.includes('<pprs>') ? englishIng : reading.tags.includes('<pp>') ? englishPastParticiple : undefined;
    if (!english) continue;
    // Only bare verbs take an ending ("waiting" is no base for "waitinged").
    const base = glosses.english(reading.lemma, 'verb').filter((g) => !/(ing|ed)\b/.test(g.split(' ')[0] ?? ''));
    if (base.length > 0) return [...new Set(base.map(english))];
  }
  if (tryUn && lemma.startsWith('u') && lemma.length >= 6) {
    const rest = lemma.slice(1);
    const base = glosses.english(rest, 'adj');
    const found = base.length > 0 ? base : adjectiveGlosses(forms, glosses, rest, false);
    if (found.length > 0) return [...new Set(found.map(englishUn))];
  }
  return [];
}

/** One analysis for a lemma in one class, from all its entries of that class (both genders of "tankesmie"). */
export function analysisOf(forms: NobForms, glosses: Glosses, lemma: string, wordClass: WordClass): Analysis {
  const entries = entriesInGenderOrder(
    forms,
    forms.entriesOf(lemma).filter((e) => entryClass(forms, e) === wordClass),
  );
  const analysis: Analysis = {
    lemma,
    wordClass,
    mainForms: mainFormsOf(forms, entries, wordClass),
    glosses: glossesOf(forms, glosses, lemma, wordClass),
  };
  if (wordClass === 'noun') analysis.genders = sortGenders(entries.flatMap((e) => entryGenders(forms, e)));
  return analysis;
}

/** Readings grouped into analyses (one per lemma and class), ranked likeliest first. */
export function rankedAnalyses(forms: NobForms, glosses: Glosses, readings: NobReading[]): Analysis[] {
  const groups = new Map<string, { lemma: string; wordClass: WordClass; imperativeOnly: boolean }>();
  for (const reading of readings) {
    const wordClass = entryClass(forms, reading.entry);
    const key = `${reading.lemma}\t${wordClass}`;
    const imperative = reading.tags.includes('<imp>');
    const group = groups.get(key);
    if (group) group.imperativeOnly &&= imperative;
    else groups.set(key, { lemma: reading.lemma, wordClass, imperativeOnly: imperative });
  }
  const ranked: Ranked[] = [...groups.values()].map(({ lemma, wordClass, imperativeOnly }) => ({
    analysis: analysisOf(forms, glosses, lemma, wordClass),
    rank: imperativeOnly ? IMPERATIVE_ONLY_RANK : CLASS_RANK[wordClass],
  }));
  return ranked.sort(compareAnalyses).map((r) => r.analysis);
}
