// The contract of the counterpart finder: which words of the aligned sentence translate a word.
import type { Lang } from '../lang.ts';

/** A run of characters: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Two sentences (or short paragraphs) that the alignment pairs: the bokmål and the English. */
export type SentencePair = Record<Lang, string>;

/** Words of the two sentences that translate each other; either side may hold several words (endringsledelse → change management). */
export interface WordLink {
  nb: Span[];
  en: Span[];
  /** 0–1: how sure the linker is. */
  confidence: number;
}
