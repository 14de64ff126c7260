// The glossary of one language prepared for matching: forms posted by base word, a per-word cache, and the scan over a text.
import { ENDINGS_BY_LAST_CHAR, ruleAccepts, wordRules } from './inflection';
import { resolveOverlaps } from './overlaps';
import type { Candidate } from './overlaps';
import { TokenBuffer, foldCase, normalizeGap, toNfc, tokenizeWords } from './tokenizer';
import type { GlossaryMatch, Lang } from './types';

/**
 * One spelling of one entry's term. Kept lean on purpose: 10,000 entries make 20,000+ of these,
 * and everything built stays alive, so each extra object is paid again by every garbage
 * collection that copies the young index. Inflection rules are derived when a word is checked.
 */
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

/** Scratch buffer for parsing terms at build time; single-threaded, so one is enough. */
const termTokens = new TokenBuffer(16);

// The word cache grows with every new word type seen; a reader's session stays far below this,
// and clearing it only costs recomputation.
const WORD_CACHE_LIMIT = 50_000;

export class LanguageIndex {
  readonly #lang: Lang;
  readonly #stemmer: (word: string) => string;
  /** The language's endings grouped by their last character, so a word is only tried against endings it could have. */
  readonly #endingsByLastChar: ReadonlyMap<number, readonly string[]>;
  /**
   * Single-word forms under the folded base of each of their rules, multi-word forms under their
   * folded first word. Most keys hold one form, stored bare to spare 10,000 one-element arrays.
   */
  readonly #postings = new Map<string, TermForm | TermForm[]>();
  readonly #words = new Map<string, WordInfo>();
  readonly #tokens = new TokenBuffer();

  constructor(lang: Lang, stemmer: (word: string) => string) {
    this.#lang = lang;
    this.#stemmer = stemmer;
    this.#endingsByLastChar = ENDINGS_BY_LAST_CHAR[lang];
  }

  /** Adds every term of one entry; duplicate spellings (Nato, NATO) are indexed once. */
  addEntry(entryId: string, order: number, terms: readonly string[], caseSensitive: boolean): void {
    const added: TermForm[] | null = terms.length > 1 ? [] : null;
    for (const term of terms) {
      const form = this.#parseTerm(term, entryId, order, caseSensitive);
      if (form === null || added?.some((other) => sameWords(other, form)) === true) continue;
      added?.push(form);
      this.#addForm(form);
    }
    // A new entry may start at a word already cached as matching nothing (no-op while building).
    if (this.#words.size > 0) this.#words.clear();
  }

  #parseTerm(term: string, entryId: string, order: number, caseSensitive: boolean): TermForm | null {
    const count = tokenizeWords(term, termTokens);
    if (count === 0) return null;
    const { starts, ends } = termTokens;
    const fold = caseSensitive ? toNfc : foldCase;
    const first = fold(term.slice(starts[0], ends[0]));
    if (count === 1) return { entryId, order, first, rest: NO_WORDS, gaps: NO_WORDS, last: first, caseSensitive };
    // Sized up front: an empty array that is pushed to gets room for 17.
    const rest = new Array<string>(count - 1);
    const gaps = new Array<string>(count - 1);
    for (let k = 1; k < count; k++) {
      rest[k - 1] = fold(term.slice(starts[k], ends[k]));
      gaps[k - 1] = normalizeGap(term.slice(ends[k - 1], starts[k]));
    }
    return { entryId, order, first, rest, gaps, last: rest[count - 2] ?? first, caseSensitive };
  }

  #addForm(form: TermForm): void {
    if (form.rest.length > 0) {
      this.#post(form.caseSensitive ? foldCase(form.first) : form.first, form);
      return;
    }
    for (const rule of wordRules(form.first, this.#lang, form.caseSensitive)) {
      this.#post(form.caseSensitive ? foldCase(rule.base) : rule.base, form);
    }
  }

  #post(key: string, form: TermForm): void {
    const posted = this.#postings.get(key);
    if (posted === undefined) this.#postings.set(key, form);
    else if (Array.isArray(posted)) {
      if (!posted.includes(form)) posted.push(form);
    } else if (posted !== form) this.#postings.set(key, [posted, form]);
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

  /** Adds to `found` the forms posted under `key` that the word starts; allocates only on a hit. */
  #collect(info: WordInfo, key: string, wholeWord: boolean, found: TermForm[] | null): TermForm[] | null {
    const posted = this.#postings.get(key);
    if (posted === undefined) return found;
    for (const form of Array.isArray(posted) ? posted : [posted]) {
      if (found?.includes(form) !== true && this.#startsForm(info, wholeWord, form)) (found ??= []).push(form);
    }
    return found;
  }
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
