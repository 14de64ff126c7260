// Finds the words of a text (runs of Unicode letters, digits and marks) as UTF-16 offsets, without Intl.Segmenter.
//
// Why not a RegExp exec loop: each exec allocates a match array; for the per-paragraph hot path a
// charCode scan over a lazily filled class table is several times faster and allocates nothing.
// The table is filled from the same Unicode property class a RegExp would use, so the two agree.

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;

/** Class of each BMP code unit, filled on first sight (64 KB, shared by every index). */
const bmpClass = new Uint8Array(0x10000);

function isWordCodeUnit(cu: number): boolean {
  let cls = bmpClass[cu] ?? UNKNOWN;
  if (cls === UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(cu)) ? WORD : OTHER;
    bmpClass[cu] = cls;
  }
  return cls === WORD;
}

/**
 * Length in code units (1 or 2) of the word character at `i`, or 0 when it is not one.
 * Astral characters (surrogate pairs) are rare in news text, so they skip the table.
 */
function wordCharLength(text: string, i: number): number {
  const cu = text.charCodeAt(i);
  if (cu < 0xd800 || cu > 0xdfff) return isWordCodeUnit(cu) ? 1 : 0;
  if (cu > 0xdbff || i + 1 >= text.length) return 0; // a lone surrogate is not a letter
  const next = text.charCodeAt(i + 1);
  if (next < 0xdc00 || next > 0xdfff) return 0;
  const codePoint = ((cu - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
  return WORD_CHAR.test(String.fromCodePoint(codePoint)) ? 2 : 0;
}

/** Reusable storage for token offsets, grown as needed, so matching a paragraph allocates no per-token objects. */
export class TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity = 256) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/** Fills `out` with the [start, end) offsets of every word in `text`, in order; returns the count. */
export function tokenizeWords(text: string, out: TokenBuffer): number {
  out.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let width = wordCharLength(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < n ? wordCharLength(text, i) : 0;
    }
    out.push(start, i);
  }
  return out.count;
}

const WORDS = /[\p{L}\p{N}\p{M}]+/gu;
const ONE_WORD = /^[\p{L}\p{N}\p{M}]+$/u;

/** Whether the whole string is one word, the common case for glossary terms. */
export function isSingleWord(term: string): boolean {
  return ONE_WORD.test(term);
}

const FIRST_WORD = /[\p{L}\p{N}\p{M}]+/u;
const ANY_WORD_CHAR = /[\p{L}\p{N}\p{M}]/gu;

/**
 * The first word of a term as [start, end, more], `more` telling whether other words follow; null
 * when the term has no word. Two RegExp calls and no list, since the index asks for every term.
 */
export function firstTermWord(term: string): [number, number, boolean] | null {
  const match = FIRST_WORD.exec(term);
  if (match === null) return null;
  const end = match.index + match[0].length;
  ANY_WORD_CHAR.lastIndex = end;
  return [match.index, end, ANY_WORD_CHAR.test(term)];
}

/**
 * The words of a short string as [start, end) pairs, for glossary terms. A native
 * RegExp rather than the scan above: terms are parsed while the JIT is still cold, and a
 * charCode loop in the interpreter costs more than RegExp calls for 20,000 short terms.
 */
export function termWordSpans(term: string): Array<[number, number]> {
  if (isSingleWord(term)) return [[0, term.length]];
  // exec on one shared RegExp, not matchAll, which clones the RegExp on every call.
  const spans: Array<[number, number]> = [];
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(term); match !== null; match = WORDS.exec(term)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/**
 * Canonical form of the text between two words of a multi-word term, so that "think  tank",
 * "think\ntank" and "think\u00a0tank" all read as one space, and typographic hyphens and
 * apostrophes equal the ASCII ones.
 */
export function normalizeGap(gap: string): string {
  if (gap === ' ') return gap;
  return gap.replace(/\s+/gu, ' ').replace(/[\u2010\u2011]/gu, '-').replace(/[\u2018\u2019]/gu, "'");
}

/** Case folding for matching: locale-free toLowerCase (handles ÆØÅ) plus NFC, so decomposed "å" equals composed. */
export function foldCase(word: string): string {
  return toNfc(word.toLowerCase());
}

const MAY_CHANGE_UNDER_NFC = /[\u0300-\u{10FFFF}]/u;

/**
 * NFC, skipping the ICU call for text below U+0300 (Latin, æøå included): nothing there composes
 * or decomposes, and normalize() costs a microsecond a word, which would dominate a cold index.
 */
export function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}
