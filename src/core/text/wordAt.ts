// Finding and stepping through the words of one sentence by offset: the reader's tap and keyboard targets.
import { wordSpans } from './words.ts';

export interface WordSpan {
  start: number;
  end: number;
}

/**
 * The word at a character offset, or undefined between words. An offset just past a word's last letter still
 * counts as that word: a caret placed by a tap on the right half of the last letter lands there.
 */
export function wordAt(text: string, offset: number): WordSpan | undefined {
  const spans = wordSpans(text);
  return spans.find(({ start, end }) => offset >= start && offset < end) ?? spans.find(({ end }) => offset === end);
}

/**
 * The next (step 1) or previous (step -1) word from `current`; from no current word, the first or the last.
 * Undefined past either end, so the caller can leave the sentence.
 */
export function stepWord(text: string, current: WordSpan | undefined, step: 1 | -1): WordSpan | undefined {
  const spans = wordSpans(text);
  if (!current) return step === 1 ? spans[0] : spans.at(-1);
  const index = spans.findIndex(({ start }) => start === current.start);
  if (index === -1) return step === 1 ? spans.find(({ start }) => start > current.start) : spans.findLast(({ end }) => end <= current.start);
  return spans[index + step];
}
