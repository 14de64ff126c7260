// Where a term stands in a sentence (folded, whole words, a short inflection ending allowed), for lighting it on a review card.
import type { SentencePair, Span } from '../counterpart/types';
import type { Lang } from '../lang';
import { foldForSearch } from '../text/fold';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** "tankesmie" lights "tankesmien", "election" lights "elections": up to this many letters may follow the term. */
const MAX_ENDING = 3;

/** The sentence folded a character at a time, with each folded character's offset in the original. */
function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldForSearch(char);
    for (let i = 0; i < piece.length; i++) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}

/** Every place the term stands in the sentence, as spans of the sentence as written. */
export function termSpans(sentence: string, term: string): Span[] {
  const needle = foldForSearch(term.trim());
  if (needle === '') return [];
  const { folded, origin } = foldWithOffsets(sentence);
  const spans: Span[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    if (at > 0 && WORD_CHAR.test(folded[at - 1] ?? '')) continue;
    let end = at + needle.length;
    let ending = 0;
    while (end < folded.length && WORD_CHAR.test(folded[end] ?? '') && ending <= MAX_ENDING) {
      end++;
      ending++;
    }
    if (ending > MAX_ENDING) continue;
    spans.push({ start: origin[at] ?? 0, end: origin[end] ?? sentence.length });
    at = end - 1;
  }
  return spans;
}

/** Lights the term's words in both sentences of a pair. */
export type CounterpartLighter = (pair: SentencePair, term: Record<Lang, string>) => Record<Lang, Span[]>;

/** For now: each side's own text of the term where it stands. The any-word lookup's counterpart finder can replace this. */
export const lightTermInPair: CounterpartLighter = (pair, term) => ({ nb: termSpans(pair.nb, term.nb), en: termSpans(pair.en, term.en) });
