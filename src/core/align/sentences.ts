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

export function splitSentences(text: string, lang: Lang): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const next = nextNonSpace(text, end);
    if (next >= text.length || !SENTENCE_OPENER.test(text.charAt(next))) continue;
    if (match[0] === '.' && endsInAbbreviation(text.slice(from, match.index), text.slice(next, next + 1), lang)) continue;
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
