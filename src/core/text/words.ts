// Counting words in a string, Unicode-aware, without Intl.Segmenter (cheap enough for every article at build time).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

/** Where each word is: text.slice(start, end) is the word. */
export function wordSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
