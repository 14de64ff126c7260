// How strongly each bokmål word and each English word of a sentence pair support a link, from every source of evidence.
import type { Lexicon, WordLookup } from '../lexicon/types.ts';
import { dice, lowerCaseKey, type CooccurrenceModel, type WordKey } from './evidence.ts';
import { cognateSimilarity, foldForCognates, functionWordRenderings, isClosedClass, isNumber, sharedPrefix } from './wordFeatures.ts';

/** What the dictionary says of one word, reduced to lower-case sets the scorer compares. */
export interface WordFacts {
  text: string;
  lower: string;
  /** The word itself and its lemmas. */
  forms: Set<string>;
  /** Single-word glosses into the other language, lower case. */
  glosses: Set<string>;
  /** The forms folded for cognate spelling (foldForCognates), computed once per word. */
  folded: string[];
  /** Parts of a compound (from the lexicon, or around hyphens), each with its own forms and glosses. */
  parts: { forms: Set<string>; folded: string[]; glosses: Set<string> }[];
  kind: WordLookup['kind'];
  number: boolean;
  /** The dictionary reads it as a verb (one reading at least): particle verbs need one. */
  verb: boolean;
  /** Bokmål closed-class words: their usual English renderings (og → and); empty otherwise. */
  renderings: readonly string[];
  /** A closed-class word of its language (and, the, å, som). */
  closed: boolean;
}

export interface Evidence {
  cooccurrence?: CooccurrenceModel;
  /** How the co-occurrence model counted words; lower case unless said. */
  cooccurrenceKey?: WordKey;
  /** Glossary and personal entries: word pairs the learner or an editor holds to be translations (sure links). */
  glossary?: readonly { nb: string; en: string }[];
}

const foldAll = (forms: ReadonlySet<string>) => [...new Set(Array.from(forms, foldForCognates))];

const glossWords = (glosses: readonly string[]) => new Set(glosses.map((gloss) => gloss.toLowerCase().trim()).filter((gloss) => !gloss.includes(' ')));

// Facts of words already seen, per lexicon: tapping around one sentence, or linking many, looks up the same words again.
const factsCache = new WeakMap<Lexicon, Map<string, WordFacts>>();
const FACTS_CACHE_LIMIT = 20_000;

export function factsOf(word: string, lang: 'nb' | 'en', lexicon: Lexicon): WordFacts {
  let cache = factsCache.get(lexicon);
  if (cache === undefined) factsCache.set(lexicon, (cache = new Map()));
  const key = `${lang}\t${word}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= FACTS_CACHE_LIMIT) cache.clear();
  const facts = computeFacts(word, lang, lexicon);
  cache.set(key, facts);
  return facts;
}

function computeFacts(word: string, lang: 'nb' | 'en', lexicon: Lexicon): WordFacts {
  const lookup = lexicon.lookup(word, lang);
  const lower = word.toLowerCase();
  const forms = new Set([lower, ...lookup.analyses.map((analysis) => analysis.lemma.toLowerCase())]);
  const glosses = glossWords(lookup.analyses.flatMap((analysis) => analysis.glosses));
  const parts = (lookup.compound ?? []).map((part) => {
    const partForms = new Set([part.text.toLowerCase(), part.lemma.toLowerCase()]);
    return { forms: partForms, folded: foldAll(partForms), glosses: glossWords(part.glosses) };
  });
  if (parts.length === 0 && lower.includes('-')) {
    for (const piece of lower.split('-')) {
      const pieceLookup = lexicon.lookup(piece, lang);
      const pieceForms = new Set([piece, ...pieceLookup.analyses.map((analysis) => analysis.lemma.toLowerCase())]);
      parts.push({
        forms: pieceForms,
        folded: foldAll(pieceForms),
        glosses: glossWords(pieceLookup.analyses.flatMap((analysis) => analysis.glosses)),
      });
    }
  }
  return {
    text: word,
    lower,
    forms,
    folded: foldAll(forms),
    glosses,
    parts,
    kind: lookup.kind,
    number: isNumber(lower),
    verb: lookup.analyses.some((analysis) => analysis.wordClass === 'verb'),
    renderings: lang === 'nb' ? functionWordRenderings(lower) : [],
    closed: isClosedClass(lower, lang),
  };
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const item of a) if (b.has(item)) return true;
  return false;
};

// Two forms of the same word across the languages: equal, or spelt alike (signatur ~ signature, installert ~ installed).
function spellingSupport(nbFolded: readonly string[], enFolded: readonly string[]): number {
  let best = 0;
  for (const nb of nbFolded) {
    for (const en of enFolded) {
      if (nb === en) return 0.95;
      const shorter = Math.min(nb.length, en.length);
      // Cognates start alike once folded (kopier ~ copy → kopi); the gate spares most pairs the edit distance.
      if (shorter < 4 || nb[0] !== en[0]) continue;
      const prefix = sharedPrefix(nb, en);
      if (prefix >= 5 && prefix >= 0.6 * shorter) best = Math.max(best, 0.75);
      // Below 0.6 similarity nothing counts, and lengths this far apart cannot reach it: skip the edit distance.
      if (shorter < 0.6 * Math.max(nb.length, en.length)) continue;
      const similarity = cognateSimilarity(nb, en);
      if (similarity >= 0.6) best = Math.max(best, 0.35 + 0.5 * similarity);
    }
  }
  return best;
}

/** 0–1 support for linking a bokmål word and an English word, before position is weighed. */
export function pairSupport(nb: WordFacts, en: WordFacts, evidence: Evidence): number {
  if (nb.number || en.number) return nb.lower === en.lower ? 0.95 : 0;
  const model = evidence.cooccurrence;
  const key = evidence.cooccurrenceKey ?? lowerCaseKey;
  const strength = model === undefined ? 0 : dice(model, key(nb.text, 'nb'), key(en.text, 'en'));
  const renderings = nb.renderings;
  if (renderings.length > 0) {
    // A closed-class word: "to" is two, "i" is in, so identity and cognates mislead here, and so does co-occurrence
    // with other frequent words; stored pairs only rank its usual renderings (til, not å, for "to" when both stand there).
    return renderings.includes(en.lower) ? 0.75 + 0.2 * strength : 0;
  }
  let support = spellingSupport(nb.folded, en.folded);
  if (overlaps(nb.glosses, en.forms) || overlaps(en.glosses, nb.forms)) support = Math.max(support, 0.9);
  for (const part of nb.parts) {
    if (overlaps(part.glosses, en.forms) || overlaps(en.glosses, part.forms)) support = Math.max(support, 0.7);
    else support = Math.max(support, 0.85 * spellingSupport(part.folded, en.folded));
  }
  // Frequent English grammar words (the, of) co-occur with everything; stored pairs say nothing about them.
  if (strength >= 0.15 && !en.closed) support = Math.max(support, Math.min(0.85, 0.3 + strength)) + (support > 0 ? 0.05 : 0);
  return Math.min(1, support);
}
