// Splitting a text into paragraphs and sentences as offsets, with the bokmål and English abbreviations that must not end one.
import type { Lang } from '../lang';
import { endsInAbbreviation } from './abbreviations';

export interface Span {
  start: number;
  end: number;
}

// Blank lines (possibly holding spaces) separate paragraphs, as in the article format.
const BLANK_LINES = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(BLANK_LINES)) {
    pushTrimmed(text, from, match.index, spans);
    from = match.index + match[0].length;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

// A candidate end: terminal punctuation, any closing quotes or brackets, then whitespace.
const CANDIDATE_END = /[.!?…]+[»”’"')\]]*(?=\s)/gu;
// What may open the next sentence: an upper-case letter, a digit, an opening quote or bracket, or a dash
// (Norwegian dialogue opens with "– ").
const SENTENCE_OPENER = /[\p{Lu}\p{N}«“"‘'„([–—-]/u;

// endsInAbbreviation reads only the word before the dot, so it is given the last characters, not the whole sentence so
// far: its pattern scanned all of it at each dot, which on technical text (paths, versions, "e.g.") added up to a
// tenth of a book's import. A word longer than this is no abbreviation, cut or not, so the answer is the same.
const WORD_WINDOW = 64;

export function splitSentences(text: string, lang: Lang): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const next = nextNonSpace(text, end);
    if (next >= text.length || !SENTENCE_OPENER.test(text.charAt(next))) continue;
    if (match[0] === '.' && endsInAbbreviation(text.slice(Math.max(from, match.index - WORD_WINDOW), match.index), text.slice(next, next + 1), lang)) continue;
    pushTrimmed(text, from, end, spans);
    from = next;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text.charAt(i))) i++;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}
