// The full-text index of all articles (MiniSearch): one document per article, its title and text in both languages, each stemmed in its own language.
//
// One document per article, not per sentence, keeps the index small with thousands of articles; the
// sentence to show is found afterwards in the few articles listed (matchSegments.ts), by the same term rules.
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import type { ArticleVersion } from '../article/types';
import { LANGS, type Lang } from '../lang';
import { parseQuery, searchWords, wordTerms, type QueryWord } from './terms';

/** Bump when the fields or the term rules change: a stored index in another format is rebuilt. */
export const ARTICLE_INDEX_FORMAT = 1;

/** What is indexed for an article: the title in a field of its own, so that a match there can count more. */
export interface ArticleDocument {
  id: string;
  nbTitle: string;
  enTitle: string;
  nb: string;
  en: string;
}

export type ArticleIndex = MiniSearch<ArticleDocument>;

/** An article the search found; `score` only orders the results. */
export interface SearchResult {
  id: string;
  score: number;
}

const FIELD_LANG = { nbTitle: 'nb', nb: 'nb', enTitle: 'en', en: 'en' } as const satisfies Record<Exclude<keyof ArticleDocument, 'id'>, Lang>;
const FIELDS_OF: Record<Lang, string[]> = { nb: ['nbTitle', 'nb'], en: ['enTitle', 'en'] };
const TITLE_BOOST = 2;

function isField(name: string | undefined): name is keyof typeof FIELD_LANG {
  return name !== undefined && Object.hasOwn(FIELD_LANG, name);
}

const OPTIONS: Options<ArticleDocument> = {
  fields: Object.keys(FIELD_LANG),
  tokenize: searchWords,
  processTerm: (word, field) => (isField(field) ? wordTerms(word, FIELD_LANG[field]) : null),
  searchOptions: {
    // Queries arrive as terms already made by parseQuery (one string per sub-query): take them as they are.
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: { nbTitle: TITLE_BOOST, enTitle: TITLE_BOOST },
  },
};

export function createArticleIndex(): ArticleIndex {
  return new MiniSearch(OPTIONS);
}

const segmentText = (version: ArticleVersion) => version.blocks.map((block) => block.segments.join('\n')).join('\n');

export function articleDocument(id: string, versions: Record<Lang, ArticleVersion>): ArticleDocument {
  return { id, nbTitle: versions.nb.meta.title, enTitle: versions.en.meta.title, nb: segmentText(versions.nb), en: segmentText(versions.en) };
}

/** Adds an article, or replaces the version the index holds. */
export function indexArticle(index: ArticleIndex, id: string, versions: Record<Lang, ArticleVersion>): void {
  const document = articleDocument(id, versions);
  if (index.has(id)) index.replace(document);
  else index.add(document);
}

export function removeArticle(index: ArticleIndex, id: string): void {
  if (index.has(id)) index.discard(id);
}

/**
 * How many postings (article × field) the completions of one prefix may bring: a short prefix can complete
 * to thousands of words in thousands of articles, and scoring them all would take far longer than a keystroke.
 */
const PREFIX_BUDGET = 2_000;
/**
 * How many postings a query may score in full. Past that, its commonest words (low weight in BM25 anyway)
 * are left out of the first pass and only score the best candidates of the others; see searchArticles.
 */
const SCORE_BUDGET = 6_000;
/** MiniSearch's own weights for a prefix match: less than a whole word, and less the more the word goes on. */
const PREFIX_WEIGHT = 0.375;
const prefixWeight = (term: string, prefix: string) => (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - prefix.length));

/** field id → article short id → term frequency: what MiniSearch keeps for a term. */
type Postings = Map<number, Map<number, number>>;
interface TermTree {
  get(term: string): Postings | undefined;
  atPrefix(prefix: string): Iterable<[string, Postings]>;
}

/**
 * MiniSearch's radix tree of terms (its protected `_index`), for how common a term is and which terms
 * complete a prefix, which its API does not tell; undefined if a later version keeps it elsewhere, and
 * then every prefix expands in full and every word is scored (slower, same results).
 */
function termTree(index: ArticleIndex): TermTree | undefined {
  const tree = (index as unknown as { _index?: Partial<TermTree> })._index;
  return typeof tree?.atPrefix === 'function' && typeof tree.get === 'function' ? (tree as TermTree) : undefined;
}

/** How many article × field postings a term has, in the given field ids only when there are any. */
function postingCount(postings: Postings | undefined, fields?: readonly number[]): number {
  let count = 0;
  for (const [field, articles] of postings ?? []) if (!fields || fields.includes(field)) count += articles.size;
  return count;
}

/** MiniSearch's ids for field names (its `_fieldIds`); none known means every field is counted. */
function fieldIds(index: ArticleIndex, fields: readonly string[]): number[] | undefined {
  const ids = (index as unknown as { _fieldIds?: Record<string, number> })._fieldIds;
  return ids ? fields.flatMap((field) => (ids[field] === undefined ? [] : [ids[field]])) : undefined;
}

/**
 * The terms that start with a prefix (the prefix itself too when it is a term), commonest first, as many as
 * fit in `budget` postings but at least the commonest; undefined when MiniSearch's term tree is out of reach.
 */
export function prefixCompletions(index: ArticleIndex, prefix: string, budget = PREFIX_BUDGET): string[] | undefined {
  const tree = termTree(index);
  if (tree === undefined) return undefined;
  const found: { term: string; postings: number }[] = [];
  for (const [term, postings] of tree.atPrefix(prefix)) {
    const count = postingCount(postings);
    if (count > 0) found.push({ term, postings: count });
  }
  found.sort((a, b) => b.postings - a.postings);
  const chosen: string[] = [];
  let spent = 0;
  for (const { term, postings } of found) {
    if (chosen.length > 0 && spent + postings > budget) continue;
    chosen.push(term);
    spent += postings;
  }
  return chosen;
}

/**
 * A query word as MiniSearch sub-queries (its bokmål stem in the bokmål fields OR its English stem in the
 * English ones OR a completion of its prefix anywhere), with the postings they bring (0 when unknown).
 * A completion that is the word's own stem is left out where the stem already covers it: "putin" typed
 * in full would otherwise score every "Putin" twice, once as a word and once as its own prefix.
 */
function wordQuery(index: ArticleIndex, word: QueryWord): { query: Query; cost: number } {
  const { stems, prefix } = word;
  const tree = termTree(index);
  const queries: Query[] = [];
  const scored: { term: string; fields?: string[] }[] = [];
  const add = (query: Query, term: string, fields?: string[]) => {
    queries.push(query);
    scored.push(fields ? { term, fields } : { term });
  };
  if (stems.nb === stems.en) add(stems.nb, stems.nb);
  else for (const lang of LANGS) add({ queries: [stems[lang]], fields: FIELDS_OF[lang] }, stems[lang], FIELDS_OF[lang]);
  if (prefix !== null) {
    const completions = prefixCompletions(index, prefix);
    if (completions === undefined) queries.push({ queries: [prefix], prefix: true });
    const boostTerm = (term: string) => prefixWeight(term, prefix);
    const anywhere: string[] = [];
    for (const term of completions ?? []) {
      const covered = LANGS.filter((lang) => stems[lang] === term);
      if (covered.length === 0) anywhere.push(term);
      else if (covered.length < LANGS.length) {
        const fields = LANGS.filter((lang) => !covered.includes(lang)).flatMap((lang) => FIELDS_OF[lang]);
        add({ queries: [term], fields, boostTerm }, term, fields);
      }
    }
    // The rest in one sub-query: a short prefix can have hundreds of completions, and each sub-query costs a map of results.
    if (anywhere.length > 0) {
      queries.push({ queries: anywhere, boostTerm });
      scored.push(...anywhere.map((term) => ({ term })));
    }
  }
  const cost = tree === undefined ? 0 : scored.reduce((sum, { term, fields }) => sum + postingCount(tree.get(term), fields && fieldIds(index, fields)), 0);
  return { query: { combineWith: 'OR', queries }, cost };
}

const toResult = (result: { id: unknown; score: number }): SearchResult => ({ id: String(result.id), score: result.score });

/**
 * MiniSearch's unsorted scores (its `executeQuery`, with the `_documentIds` that name them), for taking the
 * best few without building a result object for each of thousands of matches, which costs as much again as
 * scoring them; undefined if a later version keeps them elsewhere, and then `search` ranks them all.
 */
interface RawScores {
  executeQuery(query: Query, options?: SearchOptions): Map<number, { score: number; terms: unknown[] }>;
  _documentIds: Map<number, unknown>;
}
function rawScores(index: ArticleIndex): RawScores | undefined {
  const inner = index as unknown as Partial<RawScores>;
  return typeof inner.executeQuery === 'function' && inner._documentIds instanceof Map ? (inner as RawScores) : undefined;
}

/** Up to this many best matches are picked by insertion as they come; more are sorted at the end. */
const TOP_BY_INSERTION = 200;

/** The `limit` best matches of a MiniSearch query, best first, scored and ordered as its `search` does (ties in index order). */
export function topMatches(index: ArticleIndex, query: Query, limit: number, options?: SearchOptions): SearchResult[] {
  const raw = rawScores(index);
  if (raw === undefined) return index.search(query, options).slice(0, limit).map(toResult);
  const scored: { shortId: number; score: number }[] = [];
  const keepAll = limit > TOP_BY_INSERTION;
  for (const [shortId, { score, terms }] of raw.executeQuery(query, options)) {
    // MiniSearch multiplies by the number of query terms matched (its "quality").
    const total = score * (terms.length || 1);
    if (keepAll) {
      scored.push({ shortId, score: total });
      continue;
    }
    // The best few kept in order as they come: most matches fall below the last one and cost one comparison.
    if (scored.length >= limit && total <= (scored.at(-1)?.score ?? -Infinity)) continue;
    let at = scored.length;
    while (at > 0 && (scored[at - 1]?.score ?? Infinity) < total) at--;
    scored.splice(at, 0, { shortId, score: total });
    if (scored.length > limit) scored.pop();
  }
  if (keepAll) scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map(({ shortId, score }) => ({ id: String(raw._documentIds.get(shortId)), score }));
}
/**
 * The best `limit` articles that match every word of the query (see parseQuery), best first.
 *
 * MiniSearch scores every posting of every word, about half a microsecond each, and a word found in every
 * article has thousands. So when the words together have more than SCORE_BUDGET postings, the rarest
 * words that fit find and rank the candidates, and the query with all its words then runs on the best
 * candidates only (boostDocument skips the rest cheaply), a few times the limit at a time until enough match.
 */
export function searchArticles(index: ArticleIndex, query: string, limit = 20): SearchResult[] {
  const words = parseQuery(query).map((word) => wordQuery(index, word));
  if (words.length === 0 || limit <= 0) return [];
  const all: Query = { combineWith: 'AND', queries: words.map((word) => word.query) };
  const firstPass: typeof words = [];
  let spent = 0;
  for (const word of words.sort((a, b) => a.cost - b.cost)) {
    spent += word.cost;
    if (firstPass.length > 0 && spent > SCORE_BUDGET) break;
    firstPass.push(word);
  }
  if (firstPass.length === words.length) return topMatches(index, all, limit);

  // The rare words' best candidates, a chunk at a time, each checked against every word until enough match;
  // the first few hundred candidates are usually enough, so all of them are ranked only when they are not.
  const firstQuery: Query = { combineWith: 'AND', queries: firstPass.map((word) => word.query) };
  const step = Math.max(4 * limit, 50);
  const check = (candidates: SearchResult[], wanted: number) => {
    const found: SearchResult[] = [];
    for (let start = 0; start < candidates.length && found.length < wanted; start += step) {
      const chunk = new Set<unknown>(candidates.slice(start, start + step).map((result) => result.id));
      found.push(...topMatches(index, all, wanted - found.length, { boostDocument: (id) => (chunk.has(id) ? 1 : 0) }));
    }
    return found;
  };
  const firstFew = 4 * step;
  const first = topMatches(index, firstQuery, firstFew);
  const found = check(first, limit);
  if (found.length >= limit || first.length < firstFew) return found;
  // Ranking every candidate gives the first few again, in the same order: go on after them.
  const rest = topMatches(index, firstQuery, Infinity).slice(firstFew);
  return [...found, ...check(rest, limit - found.length)];
}

export function serializeArticleIndex(index: ArticleIndex): string {
  return JSON.stringify(index);
}

/** The index back from serializeArticleIndex; throws on JSON that is not a MiniSearch index. */
export function loadArticleIndex(json: string): ArticleIndex {
  return MiniSearch.loadJSON(json, OPTIONS);
}
