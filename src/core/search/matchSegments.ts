// Finds the sentences of an article that a query matches, with their counterparts and the matched words' offsets, by the index's own term rules.
import type { ArticleVersion } from '../article/types';
import { LANGS, type Lang } from '../lang';
import { parseQuery, searchWordSpans, termsMatch, wordTerms, type QueryWord } from './terms';

export interface Highlight {
  start: number;
  end: number;
}

/** A segment pair that matches: block -1 segment 0 is the title; `highlights` are offsets of the matched words in `text[lang]`. */
export interface SegmentMatch {
  block: number;
  seg: number;
  lang: Lang;
  text: Record<Lang, string>;
  highlights: Highlight[];
  /** The query's words in each language's sentence (the counterpart can have them too: names, numbers, shared words). */
  marks: Record<Lang, Highlight[]>;
}

interface Candidate {
  match: SegmentMatch;
  /** How many of the query's words the segment has. */
  words: number;
  order: number;
}

type SegmentPair = Omit<SegmentMatch, 'lang' | 'highlights' | 'marks'>;

/** Every segment pair in reading order, the title first. */
function* segmentPairs(versions: Record<Lang, ArticleVersion>): Generator<SegmentPair> {
  yield { block: -1, seg: 0, text: { nb: versions.nb.meta.title, en: versions.en.meta.title } };
  const blocks = Math.max(versions.nb.blocks.length, versions.en.blocks.length);
  for (let block = 0; block < blocks; block++) {
    const nb = versions.nb.blocks[block]?.segments ?? [];
    const en = versions.en.blocks[block]?.segments ?? [];
    for (let seg = 0; seg < Math.max(nb.length, en.length); seg++) yield { block, seg, text: { nb: nb[seg] ?? '', en: en[seg] ?? '' } };
  }
}

/**
 * The `limit` segment pairs that best show why the article matched: those with the most query words first
 * (all of them in one sentence before some of them), then in reading order. Each pair appears once, in the
 * language where it has more words (bokmål on a tie). When the words only occur in different sentences,
 * the sentences with the most of them still come back, so an article the index found always shows one.
 */
/** An article's segment pairs with each word's position and terms worked out once, for matching many queries as they are typed. */
export interface PreparedArticle {
  pairs: { pair: SegmentPair; words: Record<Lang, { span: Highlight; terms: readonly string[] }[]> }[];
}

export function prepareArticle(versions: Record<Lang, ArticleVersion>): PreparedArticle {
  const pairs: PreparedArticle['pairs'] = [];
  for (const pair of segmentPairs(versions)) {
    const words = {} as Record<Lang, { span: Highlight; terms: readonly string[] }[]>;
    for (const lang of LANGS) {
      const text = pair.text[lang];
      words[lang] = searchWordSpans(text).map((span) => ({ span, terms: wordTerms(text.slice(span.start, span.end), lang) }));
    }
    pairs.push({ pair, words });
  }
  return { pairs };
}

export function findMatchingSegments(versions: Record<Lang, ArticleVersion>, query: string, limit = 1): SegmentMatch[] {
  return matchPreparedArticle(prepareArticle(versions), query, limit);
}

/** findMatchingSegments on an article prepared once: the same result, without splitting and stemming its text again. */
export function matchPreparedArticle(prepared: PreparedArticle, query: string, limit = 1): SegmentMatch[] {
  return limit <= 0 ? [] : rankedCandidates(prepared, query).slice(0, limit).map((candidate) => candidate.match);
}

/** What a search result says of one article: how many sentences match, and the first `limit` of them, best first. */
export interface ArticleMatches {
  /** Sentence pairs with as many of the query's words as the best one (all of them, when any sentence has all). */
  count: number;
  matches: SegmentMatch[];
}

export function countPreparedArticle(prepared: PreparedArticle, query: string, limit: number): ArticleMatches {
  const ranked = rankedCandidates(prepared, query);
  const top = ranked[0]?.words ?? 0;
  return { count: ranked.filter((candidate) => candidate.words === top).length, matches: ranked.slice(0, Math.max(0, limit)).map((candidate) => candidate.match) };
}

function rankedCandidates(prepared: PreparedArticle, query: string): Candidate[] {
  const words = parseQuery(query);
  if (words.length === 0) return [];
  const candidates: Candidate[] = [];
  prepared.pairs.forEach(({ pair, words: pairWords }, order) => {
    const found = { nb: matchIn(pairWords.nb, 'nb', words), en: matchIn(pairWords.en, 'en', words) };
    // The pair shows in the language where it has more of the query's words (bokmål on a tie).
    const lang: Lang = found.en.words > found.nb.words ? 'en' : 'nb';
    if (found[lang].words === 0) return;
    const marks = { nb: found.nb.highlights, en: found.en.highlights };
    candidates.push({ match: { ...pair, lang, highlights: found[lang].highlights, marks }, words: found[lang].words, order });
  });
  return candidates.sort((a, b) => b.words - a.words || a.order - b.order);
}

function matchIn(textWords: readonly { span: Highlight; terms: readonly string[] }[], lang: Lang, words: readonly QueryWord[]) {
  const highlights: Highlight[] = [];
  const found = new Set<number>();
  for (const { span, terms } of textWords) {
    let matched = false;
    words.forEach((word, i) => {
      if (termsMatch(terms, lang, word)) {
        found.add(i);
        matched = true;
      }
    });
    if (matched) highlights.push(span);
  }
  return { words: found.size, highlights };
}
