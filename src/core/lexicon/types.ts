// What the dictionary knows of a word: the contract between the lexicon data, the counterpart finder and the lookup popup.
import type { Lang } from '../lang.ts';

export type WordClass =
  | 'noun'
  | 'propn'
  | 'verb'
  | 'adj'
  | 'adv'
  | 'pron'
  | 'det'
  | 'prep'
  | 'conj'
  | 'interj'
  | 'num'
  | 'abbr'
  | 'other';

/** Grammatical gender of a bokmål noun: masculine, feminine, neuter. */
export type Gender = 'm' | 'f' | 'n';

/** One reading of a written form: the dictionary form it belongs to and what the dictionary says of that form. */
export interface Analysis {
  /** The dictionary form (bokmål: infinitive without "å", indefinite singular; English: base form). */
  lemma: string;
  wordClass: WordClass;
  /** Nouns only: the genders the lemma takes (many bokmål feminine nouns also take masculine forms: ['f', 'm']). */
  genders?: Gender[];
  /**
   * The lemma's main forms for display, in a fixed order per class, empty where unknown.
   * Nouns: definite singular, indefinite plural, definite plural (tankesmia/tankesmien, tankesmier, tankesmiene:
   * alternatives joined by "/"). Verbs: present, past, perfect participle (går, gikk, gått).
   * Adjectives: neuter, definite/plural, comparative, superlative.
   */
  mainForms: string[];
  /** Translations into the other language, best first: English glosses of a bokmål lemma, bokmål words for an English lemma. */
  glosses: string[];
}

/** One part of a compound the dictionary lacks as a whole: varetektsfengslet → varetekt + s | fengsle. */
export interface CompoundPart {
  /** The part as written in the word, without its linking letter. */
  text: string;
  lemma: string;
  /** The linking letter(s) written after this part ("s", "e") or "". */
  link: string;
  glosses: string[];
}

export interface WordLookup {
  /** The word as written. */
  word: string;
  lang: Lang;
  /** Names and numbers are recognised as such, with or without analyses. */
  kind: 'word' | 'name' | 'number';
  /** Readings, likeliest first (a ranking rule: no tagger runs in the browser). */
  analyses: Analysis[];
  /**
   * Present for a compound that the dictionary does not hold whole, or holds without an English gloss: its parts,
   * left to right.
   */
  compound?: CompoundPart[];
}

export interface Lexicon {
  /** Everything known of one written word (any case, any inflected form) in one language. Never throws. */
  lookup(word: string, lang: Lang): WordLookup;
  /** Every written form of a lemma (bokmål: its paradigm, both genders; English: regular and irregular forms). */
  forms(lemma: string, lang: Lang): string[];
}
