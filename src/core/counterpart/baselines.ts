// Two simple linkers the counterpart finder is measured against: same relative position, and naive dictionary lookup.
import type { Lexicon } from '../lexicon/types.ts';
import { wordSpans } from '../text/words.ts';
import { factsOf } from './candidates.ts';
import type { SentencePair } from './types.ts';

export type IndexLinks = { nb: number[]; en: number[] }[];

/** Each bokmål word linked to the English word at the same relative place. */
export function linkByPosition(pair: SentencePair): IndexLinks {
  const n = wordSpans(pair.nb).length;
  const m = wordSpans(pair.en).length;
  if (n === 0 || m === 0) return [];
  return Array.from({ length: n }, (_, i) => ({ nb: [i], en: [n === 1 ? 0 : Math.round((i * (m - 1)) / (n - 1))] }));
}

/** Every word pair where one word's dictionary glosses hold the other word or its lemma; no competition, no position. */
export function linkByDictionary(pair: SentencePair, lexicon: Lexicon): IndexLinks {
  const nbWords = wordSpans(pair.nb).map((span) => factsOf(pair.nb.slice(span.start, span.end), 'nb', lexicon));
  const enWords = wordSpans(pair.en).map((span) => factsOf(pair.en.slice(span.start, span.end), 'en', lexicon));
  const links: IndexLinks = [];
  nbWords.forEach((nb, i) =>
    enWords.forEach((en, j) => {
      const glossed = [...nb.glosses].some((gloss) => en.forms.has(gloss)) || [...en.glosses].some((gloss) => nb.forms.has(gloss));
      if (glossed) links.push({ nb: [i], en: [j] });
    }),
  );
  return links;
}
