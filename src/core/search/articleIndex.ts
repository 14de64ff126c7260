// The full-text index of all articles (MiniSearch): one document per article, its title and text in both languages, each stemmed in its own language.
//
// One document per article, not per sentence, keeps the index small with thousands of articles; the
// sentence to show is found afterwards in the few articles listed (matchSegments.ts), by the same term rules.
import MiniSearch, { type Options, type Query } from 'minisearch';
import type { ArticleVersion } from '../article/types';
import type { Lang } from '../lang';
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
/** MiniSearch's own weights for a prefix match: less than a whole word, and less the more the word goes on. */
const PREFIX_WEIGHT = 0.375;
const prefixWeight = (term: string, prefix: string) => (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - prefix.length));

/** field id → article short id → term frequency: what MiniSearch keeps for a term. */
type Postings = Map<number, Map<number, number>>;
interface TermTree {
  atPrefix(prefix: string): Iterable<[string, Postings]>;
}

/**
 * MiniSearch's radix tree of terms (its protected `_index`), for listing the completions of a prefix with
 * their frequency, which its API does not offer; undefined if a later version keeps it elsewhere.
 */
function termTree(index: ArticleIndex): TermTree | undefined {
  const tree = (index as unknown as { _index?: Partial<TermTree> })._index;
  return typeof tree?.atPrefix === 'function' ? (tree as TermTree) : undefined;
}

/**
 * The terms that start with a prefix (the prefix itself too when it is a term), commonest first, as many as
 * fit in `budget` postings but at least the commonest; undefined when MiniSearch's term tree is out of reach.
 */
export function prefixCompletions(index: ArticleIndex, prefix: string, budget = PREFIX_BUDGET): string[] | undefined {
  const tree = termTree(index);
  if (tree === undefined) return undefined;
  const found: { term: string; postings: number }[] = [];
  for (const [term, fields] of tree.atPrefix(prefix)) {
    let postings = 0;
    for (const articles of fields.values()) postings += articles.size;
    if (postings > 0) found.push({ term, postings });
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

/** A query word as MiniSearch sub-queries: its bokmål stem in the bokmål fields OR its English stem in the English ones OR a completion of its prefix anywhere. */
function wordQuery(index: ArticleIndex, word: QueryWord): Query {
  const queries: Query[] =
    word.stems.nb === word.stems.en
      ? [word.stems.nb]
      : [
          { queries: [word.stems.nb], fields: FIELDS_OF.nb },
          { queries: [word.stems.en], fields: FIELDS_OF.en },
        ];
  const { prefix } = word;
  if (prefix !== null) {
    const completions = prefixCompletions(index, prefix);
    if (completions === undefined) queries.push({ queries: [prefix], prefix: true });
    else if (completions.length > 0) queries.push({ queries: completions, boostTerm: (term) => prefixWeight(term, prefix) });
  }
  return { combineWith: 'OR', queries };
}

/** The best `limit` articles that match every word of the query (see parseQuery), best first. */
export function searchArticles(index: ArticleIndex, query: string, limit = 20): SearchResult[] {
  const words = parseQuery(query);
  if (words.length === 0) return [];
  return index
    .search({ combineWith: 'AND', queries: words.map((word) => wordQuery(index, word)) })
    .slice(0, limit)
    .map((result) => ({ id: String(result.id), score: result.score }));
}

export function serializeArticleIndex(index: ArticleIndex): string {
  return JSON.stringify(index);
}

/** The index back from serializeArticleIndex; throws on JSON that is not a MiniSearch index. */
export function loadArticleIndex(json: string): ArticleIndex {
  return MiniSearch.loadJSON(json, OPTIONS);
}

/** loadArticleIndex in slices with pauses between them, so a large index does not freeze the page (only JSON.parse runs in one go). */
export function loadArticleIndexAsync(json: string): Promise<ArticleIndex> {
  return MiniSearch.loadJSONAsync(json, OPTIONS);
}
