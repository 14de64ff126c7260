// How text and queries become search terms: one set of rules for the article index and for finding the matching sentence.
//
// A word is folded (foldForSearch: case and accents go, æ ø å stay, composed, as the Norwegian Snowball
// stemmer expects them) and then stemmed in the language of the text it is in, so "kafé" and "kafe" both
// become "kaf" and "tankesmien" and "tankesmier" both become "tankesmi". Folding comes first because the
// stemmers know no accents: Norwegian would keep "kafé" whole but cut "kafe" to "kaf".
//
// The folded word is indexed beside its stem when the two differ. Prefix search needs it: the stemmer can
// cut more than the learner has typed so far ("myndighetene" → "mynd"), and a half-typed word does not stem
// to the same thing ("myndighe" → "myndigh"), so a prefix matched against stems alone would lose the
// results in the middle of a word and find them again at its end.
import { snowballStemmers } from '../glossary/snowballStemmers';
import type { Lang } from '../lang';
import { foldForSearch } from '../text/fold';
import { isStopWord, STOP_WORDS } from './stopWords';

/**
 * A search word: a run of Unicode letters, digits and marks. Unlike words.ts, hyphens and apostrophes split
 * it, so "tank" finds "think-tank", "Putin" finds "Putin’s" and "NATO-landene" is "nato" + "landene".
 */
const SEARCH_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The shortest last word that is looked up as a prefix: one or two letters match too many words to rank them usefully (and "te", "sa" cost 15 ms each over 5,000 articles). */
export const MIN_PREFIX = 3;

/** Where each search word is: text.slice(start, end) is the word. */
export function searchWordSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(SEARCH_WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The search words of a text, unfolded: what MiniSearch's tokenize gives processTerm. */
export function searchWords(text: string): string[] {
  return text.match(SEARCH_WORD) ?? [];
}

const stem = (folded: string, lang: Lang): string => snowballStemmers[lang](folded);

// Words repeat (news text is Zipfian), and folding and stemming one costs microseconds: remember them, bounded.
const CACHE_LIMIT = 50_000;
const termCache: Record<Lang, Map<string, string[]>> = { nb: new Map(), en: new Map() };

/**
 * The terms a word (as it stands in the text) is indexed under in a text in `lang`: its stem, then the
 * folded word when that differs; none for a stop word of that language. The array is shared between
 * calls: read it, do not change it.
 */
export function wordTerms(word: string, lang: Lang): string[] {
  const cache = termCache[lang];
  let terms = cache.get(word);
  if (terms === undefined) {
    const folded = foldForSearch(word);
    const stemmed = folded === '' || STOP_WORDS[lang].has(folded) ? '' : stem(folded, lang);
    terms = stemmed === '' ? [] : stemmed === folded ? [folded] : [stemmed, folded];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, terms);
  }
  return terms;
}

/** One word of a query, ready to look up: the learner does not say which language they type, so it has a stem for each. */
export interface QueryWord {
  /** Looked up as a whole term in the text of that language. */
  stems: Record<Lang, string>;
  /** The folded word, matched as the start of any term in either language; null for a whole word. */
  prefix: string | null;
}

/**
 * The words of a query; a text matches when it matches every one of them (AND), each in either language.
 *
 * Earlier words are whole words (stemmed). The last word is still being typed unless something follows it
 * ("tanke" finds "tankesmie", "tanke " does not): it is looked up as a whole word and also as a prefix
 * when it has at least MIN_PREFIX letters. A shorter last word is dropped, since a letter or two says little
 * yet, unless it is the only word: then it is a whole word ("å", "EU"), never a prefix.
 * Stop words (stopWords.ts) are dropped when the query has other words; alone, they are looked up in the
 * language where they are not stop words.
 */
export function parseQuery(query: string): QueryWord[] {
  const matches = [...query.matchAll(SEARCH_WORD)];
  const last = matches.at(-1);
  const typing = last !== undefined && last.index + last[0].length === query.length;
  const words: { folded: string; prefix: boolean }[] = [];
  matches.forEach((match, i) => {
    const folded = foldForSearch(match[0]);
    if (folded === '') return;
    const isTyped = typing && i === matches.length - 1;
    if (isTyped && folded.length < MIN_PREFIX && matches.length > 1) return;
    words.push({ folded, prefix: isTyped && folded.length >= MIN_PREFIX });
  });
  const content = words.filter((word) => !isStopWord(word.folded));
  const seen = new Set<string>();
  return (content.length > 0 ? content : words).flatMap(({ folded, prefix }) => {
    const key = `${folded}\u0000${prefix}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ stems: { nb: stem(folded, 'nb'), en: stem(folded, 'en') }, prefix: prefix ? folded : null }];
  });
}

/** Whether a word with these terms (wordTerms) in a text in `lang` matches a query word: the same test the index makes. */
export function termsMatch(terms: readonly string[], lang: Lang, word: QueryWord): boolean {
  const { prefix } = word;
  return terms.some((term) => term === word.stems[lang] || (prefix !== null && term.startsWith(prefix)));
}
