// The form rules: which words count as inflected forms of a glossary word, per language.
//
// A glossary word becomes a few rules "starts with BASE, then one of these ENDINGS". Endings are a
// short whitelist of inflections (plural, definite, genitive, bokmål present and past tense), never
// derivations, so "Putinism", "islamist" and "terrorangrepet" stay apart from "Putin", "islam" and
// "terror". Only the rule that strips an ending off the glossary word itself (a headword already in
// the definite form, "sikkerhetspakten") is also checked against the Snowball stem, because there
// the base is a guess.
import type { Lang } from './types';

export interface WordRule {
  /** What every accepted form starts with: the word as folded (or as written, for case-sensitive entries). */
  base: string;
  /** What may follow the base; "" accepts the base itself. */
  endings: ReadonlySet<string>;
  /** True when an accepted form must also share the glossary word's Snowball stem. */
  checkStem: boolean;
}

// Bokmål nouns ending in a consonant or a vowel other than -e: sanksjon, sanksjonen, sanksjoner,
// sanksjonene, terrorangrepet, boka; each with the genitive -s.
const NB_PLAIN = new Set(['', 's', 'en', 'ens', 'et', 'ets', 'a', 'as', 'er', 'ers', 'ene', 'enes']);
// Agent nouns in -er take -e and -ne: leder, ledere, lederne. Snowball splits this paradigm
// (leder→led, lederen→leder, lederne→ledern), one reason the whitelist, not the stem, decides.
const NB_AGENT_ER = new Set([...NB_PLAIN, 'e', 'es', 'ne', 'nes']);
// Words ending in -e, nouns and verbs alike: tankesmie, tankesmien, tankesmier, tankesmiene;
// fengsle, fengsler, fengslet, fengsles.
const NB_E_FINAL = new Set(['', 's', 'n', 'ns', 'r', 'rs', 't', 'ts', 'ne', 'nes']);
// Feminine definite drops the -e: tankesmie → tankesmia.
const NB_E_TO_A = new Set(['a', 'as']);
// A headword given in the definite form (sikkerhetspakten, Stortinget): the bare stem and its forms.
const NB_DEFINITE_HEADWORD = new Set([...NB_PLAIN, 'e', 'es']);

// English nouns: sanctions; after a sibilant or -o also -es (crocuses, taxes).
const EN_PLAIN = new Set(['', 's']);
const EN_SIBILANT = new Set(['', 's', 'es']);
// Consonant + y: city → cities.
const EN_Y_TO_IES = new Set(['ies']);

/**
 * Every non-empty ending a rule of the language may use, grouped by last character code, so a
 * text word can be split into base + ending (to find its rules) without trying every ending.
 */
export const ENDINGS_BY_LAST_CHAR: Readonly<Record<Lang, ReadonlyMap<number, readonly string[]>>> = {
  nb: groupByLastChar([...NB_AGENT_ER, ...NB_E_FINAL, ...NB_E_TO_A, ...NB_DEFINITE_HEADWORD]),
  en: groupByLastChar([...EN_SIBILANT, ...EN_Y_TO_IES]),
};

function groupByLastChar(endings: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const groups = new Map<number, string[]>();
  for (const ending of new Set(endings)) {
    if (ending === '') continue;
    const last = ending.charCodeAt(ending.length - 1);
    groups.set(last, [...(groups.get(last) ?? []), ending]);
  }
  return groups;
}

// Stripping an ending off the glossary word is only tried when enough is left to be a word of
// its own; short stems are where homographs live (moten → mot).
const MIN_STRIPPED_BASE = 5;

/**
 * The base of the second rule of `word`, if it has one (tankesmie → tankesmi, sikkerhetspakten →
 * sikkerhetspakt, city → cit); the first rule's base is always the word itself. The same tests as
 * wordRules without building rules, because the index asks this for every glossary word.
 */
export function strippedBase(word: string, lang: Lang, caseSensitive: boolean): string | null {
  if (caseSensitive) return null;
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (lang === 'en') return n >= 4 && last === Y && !VOWELS.includes(word.charAt(n - 2)) ? word.slice(0, -1) : null;
  if (last === E) return n >= 4 ? word.slice(0, -1) : null;
  const definite = word.endsWith('ene') ? 3 : word.endsWith('en') || word.endsWith('et') ? 2 : 0;
  return definite > 0 && n - definite >= MIN_STRIPPED_BASE ? word.slice(0, -definite) : null;
}

const E = 0x65;
const Y = 0x79;
const VOWELS = 'aeiou';

/**
 * The rules for one glossary word (the last word of a term).
 * `word` is folded, or as written when `caseSensitive`; case-sensitive words (acronyms) only take
 * endings (NATOs, ISKPs), never lose letters.
 */
export function wordRules(word: string, lang: Lang, caseSensitive: boolean): WordRule[] {
  const lower = caseSensitive ? word.toLowerCase() : word;
  return lang === 'nb' ? bokmalRules(word, lower, caseSensitive) : englishRules(word, lower, caseSensitive);
}

function bokmalRules(word: string, lower: string, caseSensitive: boolean): WordRule[] {
  if (lower.endsWith('e')) {
    const asWritten: WordRule = { base: word, endings: NB_E_FINAL, checkStem: false };
    // A base of 3 letters at least, so that "ide" does not take the name "Ida".
    if (caseSensitive || word.length < 4) return [asWritten];
    return [asWritten, { base: word.slice(0, -1), endings: NB_E_TO_A, checkStem: false }];
  }
  const agent = lower.length >= 4 && lower.endsWith('er');
  const asWritten: WordRule = { base: word, endings: agent ? NB_AGENT_ER : NB_PLAIN, checkStem: false };
  const definite = lower.endsWith('ene') ? 3 : lower.endsWith('en') || lower.endsWith('et') ? 2 : 0;
  if (caseSensitive || definite === 0 || word.length - definite < MIN_STRIPPED_BASE) return [asWritten];
  return [asWritten, { base: word.slice(0, -definite), endings: NB_DEFINITE_HEADWORD, checkStem: true }];
}

function englishRules(word: string, lower: string, caseSensitive: boolean): WordRule[] {
  const last = lower.at(-1) ?? '';
  const sibilant = (last !== '' && 'sxzo'.includes(last)) || lower.endsWith('ch') || lower.endsWith('sh');
  const asWritten: WordRule = { base: word, endings: sibilant ? EN_SIBILANT : EN_PLAIN, checkStem: false };
  if (caseSensitive || lower.length < 4 || last !== 'y' || 'aeiou'.includes(lower.at(-2) ?? 'a')) return [asWritten];
  return [asWritten, { base: word.slice(0, -1), endings: EN_Y_TO_IES, checkStem: false }];
}

/**
 * Whether `word` (folded, or as written for case-sensitive rules) is accepted by `rule`.
 * `sameStem` compares the Snowball stems of the text word and the glossary word; it is asked only
 * when the rule needs it, so most words are never stemmed.
 */
export function ruleAccepts(rule: WordRule, word: string, sameStem: () => boolean): boolean {
  if (word.length < rule.base.length || !word.startsWith(rule.base)) return false;
  if (!rule.endings.has(word.slice(rule.base.length))) return false;
  return !rule.checkStem || sameStem();
}
