// The article search index kept in IndexedDB as a derived cache: loaded as stored, brought up to date from the articles table by hash.
//
// The row holds the serialised index and the hash of each article it holds. Opening loads the row (or
// starts empty when there is none, or it was built by other rules), then syncs: articles whose hash differs
// or that are new are indexed again, those no longer stored are dropped, and the row is saved only when
// that changed something. Searching is synchronous, in memory.
import {
  ARTICLE_INDEX_FORMAT,
  createArticleIndex,
  indexArticle,
  loadArticleIndex,
  removeArticle,
  searchArticles,
  serializeArticleIndex,
  type ArticleIndex,
  type SearchResult,
} from '../core/search/articleIndex';
import { countPreparedArticle, matchPreparedArticle, prepareArticle, type PreparedArticle, type SegmentMatch } from '../core/search/matchSegments';
import type { Lang } from '../core/lang';
import type { TolkDB } from './db';
import { classifyStorageError } from './storageProblems';

export const SEARCH_INDEX_KEY = 'articles';
/** Articles read and indexed per transaction: indexing one takes a few milliseconds, and the page gets a turn between batches. */
const BATCH = 20;
/** Prepared articles kept for sentence matching: a few queries' worth of results. */
const PREPARED_LIMIT = 200;

export interface SyncReport {
  indexed: number;
  removed: number;
  /** Whether the stored row now holds the index; false when the disk was full (the next sync tries again). */
  saved: boolean;
}

export interface SearchIndexHandle {
  /** The best `limit` articles for a query as it is being typed (see parseQuery), best first. */
  search(query: string, limit?: number): SearchResult[];
  /** Brings the index up to date with the articles table (call it after articles change) and saves it when that changed it. */
  sync(): Promise<SyncReport>;
  /** Articles recently shown as results, ready for sentence matching; emptied whenever a sync changes the index. */
  readonly prepared: Map<string, { titles: Record<Lang, string>; article: PreparedArticle }>;
}

/** A found sentence, for the list of results: the reader opens the article at `match.block`. */
export interface SentenceResult {
  articleId: string;
  titles: Record<Lang, string>;
  match: SegmentMatch;
}

export async function openSearchIndex(db: TolkDB): Promise<SearchIndexHandle> {
  const row = await db.searchIndex.get(SEARCH_INDEX_KEY);
  const stored = row?.format === ARTICLE_INDEX_FORMAT ? await loadOrUndefined(row.json) : undefined;
  const index = stored ?? createArticleIndex();
  const hashes = new Map(stored && row ? Object.entries(row.hashes) : []);
  let unsaved = stored === undefined;

  async function runSync(): Promise<SyncReport> {
    const articles = new Map((await db.articles.toArray()).map((summary) => [summary.id, summary.hash]));
    let removed = 0;
    for (const id of hashes.keys()) {
      if (articles.has(id)) continue;
      removeArticle(index, id);
      hashes.delete(id);
      removed++;
    }
    const stale = [...articles].filter(([id, hash]) => hashes.get(id) !== hash).map(([id]) => id);
    let indexed = 0;
    for (let start = 0; start < stale.length; start += BATCH) {
      const ids = stale.slice(start, start + BATCH);
      // Summary and text read together, so the hash recorded is the hash of the text indexed.
      const [summaries, texts] = await db.transaction('r', db.articles, db.articleTexts, () =>
        Promise.all([db.articles.bulkGet(ids), db.articleTexts.bulkGet(ids)]),
      );
      ids.forEach((id, i) => {
        const summary = summaries[i];
        const text = texts[i];
        if (summary === undefined) {
          // Deleted since the list was read.
          if (hashes.delete(id)) removed++;
          removeArticle(index, id);
        } else if (text !== undefined) {
          indexArticle(index, id, text.versions);
          hashes.set(id, summary.hash);
          indexed++;
        }
        // A summary without its text yet is left for the next sync.
      });
    }
    if (unsaved || indexed > 0 || removed > 0) {
      unsaved = true;
      try {
        await db.searchIndex.put({ key: SEARCH_INDEX_KEY, json: serializeArticleIndex(index), hashes: Object.fromEntries(hashes), format: ARTICLE_INDEX_FORMAT });
        unsaved = false;
      } catch (error) {
        // The row is only a cache: without room for it, search still works from memory, and the next start rebuilds.
        if (classifyStorageError(error) !== 'quota') throw error;
      }
    }
    return { indexed, removed, saved: !unsaved };
  }

  // One sync at a time: a second call waits for the first, then looks again.
  let queue: Promise<unknown> = Promise.resolve();
  const prepared: SearchIndexHandle['prepared'] = new Map();
  const sync = () => {
    const next = queue.then(runSync).then((report) => {
      if (report.indexed > 0 || report.removed > 0) prepared.clear();
      return report;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  await sync();
  return {
    search: (query, limit) => searchArticles(index, query, limit),
    sync,
    prepared,
  };
}

/**
 * A row that does not load is rebuilt, like one in another format. It loads in one go: MiniSearch's async loader
 * yields with setTimeout every thousand terms, which the browser stretches to 4 ms each, so 5,000 articles took
 * 11 s to load that way against under 2 s at once (and a small library loads in milliseconds either way).
 */
async function loadOrUndefined(json: string): Promise<ArticleIndex | undefined> {
  try {
    return loadArticleIndex(json);
  } catch {
    return undefined;
  }
}

/**
 * The top `limit` articles for a query with the sentence that shows why each matched (up to `perArticle`
 * sentences each), read with one bulkGet. An article whose text no longer has the words (changed since
 * it was indexed, not yet synced) is left out.
 */
/** One article found: how many of its sentences match, and the first ones of them. */
export interface ArticleResult {
  articleId: string;
  titles: Record<Lang, string>;
  count: number;
  matches: SegmentMatch[];
}

/** Up to `limit` articles, best first, each with its count of matching sentences and up to `perArticle` of them. */
export async function searchArticlesWithSentences(db: TolkDB, handle: SearchIndexHandle, query: string, limit = 10, perArticle = 50): Promise<ArticleResult[]> {
  const found = await preparedResults(db, handle, query, limit);
  return found.flatMap(({ id, entry }) => {
    const { count, matches } = countPreparedArticle(entry.article, query, perArticle);
    return count === 0 ? [] : [{ articleId: id, titles: entry.titles, count, matches }];
  });
}

export async function searchWithSentences(db: TolkDB, handle: SearchIndexHandle, query: string, limit = 10, perArticle = 1): Promise<SentenceResult[]> {
  const found = await preparedResults(db, handle, query, limit);
  return found.flatMap(({ id, entry }) => matchPreparedArticle(entry.article, query, perArticle).map((match) => ({ articleId: id, titles: entry.titles, match })));
}

/** The index's top articles with their text prepared for matching (read from the store once, then kept). */
async function preparedResults(db: TolkDB, handle: SearchIndexHandle, query: string, limit: number) {
  const found = handle.search(query, limit);
  if (found.length === 0) return [];
  // As the learner types, the same articles come back query after query: read and prepare each once.
  const missing = found.map((result) => result.id).filter((id) => !handle.prepared.has(id));
  if (missing.length > 0) {
    const texts = await db.articleTexts.bulkGet(missing);
    texts.forEach((text, i) => {
      const id = missing[i];
      if (text === undefined || id === undefined) return;
      handle.prepared.set(id, { titles: { nb: text.versions.nb.meta.title, en: text.versions.en.meta.title }, article: prepareArticle(text.versions) });
    });
    while (handle.prepared.size > PREPARED_LIMIT) handle.prepared.delete(handle.prepared.keys().next().value ?? '');
  }
  return found.flatMap((result) => {
    const entry = handle.prepared.get(result.id);
    return entry === undefined ? [] : [{ id: result.id, entry }];
  });
}
