// The glossary of one language prepared for matching: entries posted by base word, a per-word cache, and the scan over a text.
//
// Building touches every term of 10,000 entries, before the JIT has warmed up, and everything it
// keeps alive is copied again by each young-generation garbage collection. So the build keeps
// only a Map from base word to entry positions (small integers, no objects); an entry's terms are
// parsed into forms the first time a text word leads to it.
import { ENDINGS_BY_LAST_CHAR, ruleAccepts, strippedBase, wordRules } from './inflection';
import { resolveOverlaps } from './overlaps';
import type { Candidate } from './overlaps';
import { TokenBuffer, firstTermWord, foldCase, isSingleWord, normalizeGap, termWordSpans, toNfc, tokenizeWords } from './tokenizer';
import type { GlossaryMatch, Lang, MatchableTerm } from './types';

/** One spelling of one entry's term, parsed into words; inflection rules are derived when a word is checked. */
interface TermForm {
  entryId: string;
  order: number;
  /** Words are folded, or as written (NFC) when case-sensitive. */
  first: string;
  /** The words after the first; empty for a single word. */
  rest: readonly string[];
  /** Normalised separator before each word of `rest` (" " for any whitespace). */
  gaps: readonly string[];
  /** The word that inflects: the last (think tanks, Crocus City Halls). */
  last: string;
  caseSensitive: boolean;
  /** A lexicon form (bøker, gikk): matched as it is, never through the inflection rules. */
  exact?: true;
}

/** What the index knows about one distinct text word; word types repeat, so this is computed once per type. */
interface WordInfo {
  folded: string;
  exact: string;
  stem: string | undefined;
  /** Forms this word completes (single-word) or may start (multi-word, checked against the following words). */
  starts: readonly TermForm[];
}

const NONE: readonly TermForm[] = [];
const NO_WORDS: readonly string[] = [];

// The word cache grows with every new word type seen; a reader's session stays far below this,
// and clearing it only costs recomputation.
const WORD_CACHE_LIMIT = 50_000;

export class LanguageIndex {
  readonly #lang: Lang;
  readonly #stemmer: (word: string) => string;
  readonly #entries: readonly MatchableTerm[];
  /** The language's endings grouped by their last character, so a word is only tried against endings it could have. */
  readonly #endingsByLastChar: ReadonlyMap<number, readonly string[]>;
  /**
   * Entry positions by key: for single-word terms the folded base of each inflection rule, for
   * multi-word terms the folded first word. Most keys hold one entry, stored as a bare number.
   */
  readonly #postings = new Map<string, number | number[]>();
  /** Each entry's forms, parsed on first use. */
  readonly #forms: Array<readonly TermForm[] | undefined>;
  readonly #words = new Map<string, WordInfo>();
  readonly #tokens = new TokenBuffer();

  /** Indexes the terms of `entries` in `lang`; the entries are kept, so they must not change afterwards. */
  constructor(lang: Lang, stemmer: (word: string) => string, entries: readonly MatchableTerm[]) {
    this.#lang = lang;
    this.#stemmer = stemmer;
    this.#entries = entries;
    this.#endingsByLastChar = ENDINGS_BY_LAST_CHAR[lang];
    this.#forms = new Array<readonly TermForm[] | undefined>(entries.length);
    // Plain indexed loops and no per-term objects: this runs for every term, before the JIT has warmed up.
    for (let order = 0; order < entries.length; order++) {
      const entry = entries[order];
      if (entry === undefined) continue;
      const terms = entry.terms[lang];
      const caseSensitive = entry.caseSensitive === true;
      for (let k = 0; k < terms.length; k++) this.#postTerm(terms[k] ?? '', order, caseSensitive);
      const lexiconForms = entry.lexiconForms?.[lang];
      if (lexiconForms !== undefined) for (let k = 0; k < lexiconForms.length; k++) this.#post(foldCase(lexiconForms[k] ?? ''), order);
    }
  }

  #postTerm(term: string, order: number, caseSensitive: boolean): void {
    let word = term;
    if (!isSingleWord(term)) {
      const first = firstTermWord(term);
      if (first === null) return;
      word = term.slice(first[0], first[1]);
      if (first[2]) {
        this.#post(foldCase(word), order);
        return;
      }
    }
    // Keys are always folded; a case-sensitive word is checked as written when a text word arrives.
    const folded = foldCase(word);
    this.#post(folded, order);
    const stripped = strippedBase(folded, this.#lang, caseSensitive);
    if (stripped !== null) this.#post(stripped, order);
  }

  #post(key: string, order: number): void {
    const posted = this.#postings.get(key);
    if (posted === undefined) this.#postings.set(key, order);
    else if (typeof posted === 'number') {
      if (posted !== order) this.#postings.set(key, [posted, order]);
    } else if (!posted.includes(order)) {
      posted.push(order);
    }
  }

  /** The entry's forms in this language, parsed once; duplicate spellings (Nato, NATO) kept once. */
  #formsOf(order: number): readonly TermForm[] {
    let forms = this.#forms[order];
    if (forms === undefined) {
      const entry = this.#entries[order];
      const parsed: TermForm[] = [];
      if (entry !== undefined) {
        for (const term of entry.terms[this.#lang]) {
          const form = parseTerm(term, entry.id, order, entry.caseSensitive === true);
          if (form !== null && !parsed.some((other) => sameWords(other, form))) parsed.push(form);
        }
        for (const word of entry.lexiconForms?.[this.#lang] ?? []) {
          const form = parseTerm(word, entry.id, order, entry.caseSensitive === true);
          if (form !== null && form.rest.length === 0 && !parsed.some((other) => sameWords(other, form))) {
            parsed.push({ ...form, exact: true });
          }
        }
      }
      forms = parsed;
      this.#forms[order] = forms;
    }
    return forms;
  }

  /** All glossary matches in `text`, sorted by start, without overlaps. */
  find(text: string): GlossaryMatch[] {
    const tokens = this.#tokens;
    const count = tokenizeWords(text, tokens);
    const { starts, ends } = tokens;
    let candidates: Candidate[] | null = null;

    for (let i = 0; i < count; i++) {
      const info = this.#wordInfo(text.slice(starts[i] ?? 0, ends[i] ?? 0));
      if (info.starts.length === 0) continue;
      for (const form of info.starts) {
        const last = form.rest.length === 0 ? i : this.#followingWordsMatch(text, i, count, form);
        if (last < 0) continue;
        let end = ends[last] ?? 0;
        let endToken = last + 1;
        if (this.#lang === 'en' && this.#isPossessiveS(text, end, endToken, count)) {
          end += 2;
          endToken++;
        }
        (candidates ??= []).push({ start: starts[i] ?? 0, end, firstToken: i, endToken, entryId: form.entryId, order: form.order });
      }
    }
    return candidates === null ? [] : resolveOverlaps(candidates, count);
  }

  /** Index of the form's last word in the text when the words after token `first` continue it, else -1. */
  #followingWordsMatch(text: string, first: number, count: number, form: TermForm): number {
    const { starts, ends } = this.#tokens;
    const { rest, gaps } = form;
    let token = first;
    for (let w = 0; w < rest.length; w++) {
      const next = token + 1;
      if (next >= count) return -1;
      const from = ends[token] ?? 0;
      const to = starts[next] ?? 0;
      if (!gapMatches(text, from, to, gaps[w] ?? ' ')) return -1;
      const info = this.#wordInfo(text.slice(to, ends[next] ?? 0));
      if (w < rest.length - 1) {
        if ((form.caseSensitive ? info.exact : info.folded) !== rest[w]) return -1;
      } else if (!this.#inflects(info, form)) {
        return -1;
      }
      token = next;
    }
    return token;
  }

  // English possessive 's (Kremlin's, Putin’s) belongs to the mark, like bokmål's Putins; the
  // "s" must be a word of its own (so "Putin'sk" is not one). A bare trailing apostrophe
  // (terrorists’) is left out: it may be a closing quote.
  #isPossessiveS(text: string, end: number, nextToken: number, count: number): boolean {
    if (nextToken >= count || this.#tokens.starts[nextToken] !== end + 1 || this.#tokens.ends[nextToken] !== end + 2) return false;
    const apostrophe = text.charCodeAt(end);
    const s = text.charCodeAt(end + 1);
    return (apostrophe === 0x27 || apostrophe === 0x2019) && (s === 0x73 || s === 0x53);
  }

  #wordInfo(raw: string): WordInfo {
    let info = this.#words.get(raw);
    if (info === undefined) {
      info = this.#analyseWord(raw);
      if (this.#words.size >= WORD_CACHE_LIMIT) this.#words.clear();
      this.#words.set(raw, info);
    }
    return info;
  }

  /** Whether the text word is the form's last word or an inflection of it. */
  #inflects(info: WordInfo, form: TermForm): boolean {
    const word = form.caseSensitive ? info.exact : info.folded;
    if (form.exact === true) return word === form.last;
    const sameStem = (): boolean => (info.stem ??= this.#stemmer(info.folded)) === this.#stemmer(form.last);
    return wordRules(form.last, this.#lang, form.caseSensitive).some((rule) => ruleAccepts(rule, word, sameStem));
  }

  /** Whether a text word completes a single-word form, or equals the first word of a multi-word one. */
  #startsForm(info: WordInfo, wholeWord: boolean, form: TermForm): boolean {
    if (form.rest.length > 0) return wholeWord && (form.caseSensitive ? info.exact : info.folded) === form.first;
    return this.#inflects(info, form);
  }

  // Splits the word into base + each possible ending and looks the base up: a handful of map
  // lookups per word type, instead of a stemmer call per word.
  #analyseWord(raw: string): WordInfo {
    const folded = foldCase(raw);
    const info: WordInfo = { folded, exact: toNfc(raw), stem: undefined, starts: NONE };
    let found = this.#collect(info, folded, true, null);
    const endings = this.#endingsByLastChar.get(folded.charCodeAt(folded.length - 1));
    if (endings !== undefined) {
      for (const ending of endings) {
        if (ending.length < folded.length && folded.endsWith(ending)) {
          found = this.#collect(info, folded.slice(0, folded.length - ending.length), false, found);
        }
      }
    }
    if (found !== null) info.starts = found;
    return info;
  }

  /** Adds to `found` the forms of entries posted under `key` that the word starts; allocates only on a hit. */
  #collect(info: WordInfo, key: string, wholeWord: boolean, found: TermForm[] | null): TermForm[] | null {
    const posted = this.#postings.get(key);
    if (posted === undefined) return found;
    for (const order of typeof posted === 'number' ? [posted] : posted) {
      for (const form of this.#formsOf(order)) {
        if (found !== null && found.some((other) => other === form || (isSingle(other) && isSingle(form) && other.order === form.order))) {
          continue; // two spellings of one entry matching the same word would be the same mark
        }
        if (this.#startsForm(info, wholeWord, form)) (found ??= []).push(form);
      }
    }
    return found;
  }
}

/** Parses a term into words (folded unless case-sensitive) and separators; null when it has no words. */
function parseTerm(term: string, entryId: string, order: number, caseSensitive: boolean): TermForm | null {
  const spans = termWordSpans(term);
  const [start, end] = spans[0] ?? [0, 0];
  if (end === start) return null;
  const fold = caseSensitive ? toNfc : foldCase;
  const first = fold(term.slice(start, end));
  if (spans.length === 1) return { entryId, order, first, rest: NO_WORDS, gaps: NO_WORDS, last: first, caseSensitive };
  const rest: string[] = [];
  const gaps: string[] = [];
  for (let k = 1; k < spans.length; k++) {
    const [wordStart, wordEnd] = spans[k] ?? [0, 0];
    rest.push(fold(term.slice(wordStart, wordEnd)));
    gaps.push(normalizeGap(term.slice(spans[k - 1]?.[1], wordStart)));
  }
  return { entryId, order, first, rest, gaps, last: rest.at(-1) ?? first, caseSensitive };
}

function isSingle(form: TermForm): boolean {
  return form.rest.length === 0;
}

function sameWords(a: TermForm, b: TermForm): boolean {
  return (
    a.first === b.first &&
    a.rest.length === b.rest.length &&
    a.rest.every((word, k) => word === b.rest[k]) &&
    a.gaps.every((gap, k) => gap === b.gaps[k])
  );
}

/** Whether the text between two words equals a term's separator: any whitespace for a space, else the same punctuation. */
function gapMatches(text: string, from: number, to: number, expected: string): boolean {
  if (expected === ' ') {
    if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
    return WHITESPACE_ONLY.test(text.slice(from, to));
  }
  return normalizeGap(text.slice(from, to)) === expected;
}

const WHITESPACE_ONLY = /^\s+$/u;
