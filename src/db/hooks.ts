// React bindings for the store: live queries that re-render when the data changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from './db';
import { getPosition } from './positions';
import { getAllSettings } from './settings';
import type { ArticleSummary, ArticleText, Settings, StoredAlignment, StoredGlossaryEntry } from './types';

type ArticleRecord = { summary: ArticleSummary; text: ArticleText } | null;

/**
 * Values read before the first render (start-up reads the settings anyway, and the article a /read/ URL names),
 * so that the first render shows the page instead of waiting for a live query to answer.
 * Each live query keeps its entry up to date, so a later mount never starts from stale data.
 */
const primed = new Map<string, unknown>();

/**
 * A live query that starts from the primed value, and keeps returning that same object while `same` says the stored
 * data has not changed, so that the query's first answer does not re-render a whole article that is already on screen.
 */
function usePrimedLiveQuery<T>(key: string, query: () => Promise<T>, deps: unknown[], same: (a: T, b: T) => boolean): T | undefined {
  const start = primed.get(key) as T | undefined;
  const live = useLiveQuery(query, deps, start);
  const value = start !== undefined && live !== undefined && live !== start && same(start, live) ? start : live;
  useEffect(() => {
    if (value !== undefined) primed.set(key, value);
  }, [key, value]);
  return value;
}

function sameSettings(a: Partial<Settings>, b: Partial<Settings>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Settings>;
  return [...keys].every((k) => a[k] === b[k]);
}

/** Shipped articles carry a content hash: the same hash is the same article. */
function sameArticle(a: ArticleRecord, b: ArticleRecord): boolean {
  return a === b || (a !== null && b !== null && a.summary.hash === b.summary.hash && a.summary.id === b.summary.id);
}

export function primeSettings(settings: Partial<Settings>): void {
  primed.set('settings', settings);
}

async function readArticle(id: string): Promise<ArticleRecord> {
  const [summary, text] = await Promise.all([db.articles.get(id), db.articleTexts.get(id)]);
  return summary && text ? { summary, text } : null;
}

/** A position that cannot be read is no reason not to show the article: it opens at the top. */
const readBlock = (id: string) => getPosition(db, id).then((position) => position?.block ?? -1, () => -1);

export async function prefetchArticle(id: string): Promise<void> {
  const [article, block] = await Promise.all([readArticle(id), readBlock(id)]);
  primed.set(`article:${id}`, article);
  primed.set(`position:${id}`, block);
}

/** The block the reader last had at the top of an article (-1: none): it opens there. undefined while loading. */
export function useSavedBlock(id: string): number | undefined {
  return usePrimedLiveQuery(`position:${id}`, () => readBlock(id), [id], (a, b) => a === b);
}

/** undefined while loading; then the settings the user has chosen (missing keys: defaults). */
export function useSettings(): Partial<Settings> | undefined {
  return usePrimedLiveQuery('settings', () => getAllSettings(db), [], sameSettings);
}

export function useArticleSummaries(): ArticleSummary[] | undefined {
  return useLiveQuery(() => db.articles.orderBy('date').reverse().toArray(), []);
}

export interface LibraryPageData {
  /** The newest `limit` articles. */
  articles: ArticleSummary[];
  total: number;
  /** Which of them the learner has started reading. */
  started: Set<string>;
}

/** How many articles the library shows at first: enough to fill a screen or two. */
export const LIBRARY_FIRST_PAGE = 30;

async function readLibraryPage(limit: number): Promise<LibraryPageData> {
  const [articles, total] = await Promise.all([db.articles.orderBy('date').reverse().limit(limit).toArray(), db.articles.count()]);
  const positions = await db.positions.bulkGet(articles.map((a) => a.id));
  const started = new Set(positions.flatMap((p) => (p && p.block >= 0 ? [p.articleId] : [])));
  return { articles, total, started };
}

function sameLibraryPage(a: LibraryPageData, b: LibraryPageData): boolean {
  return (
    a.total === b.total &&
    a.articles.length === b.articles.length &&
    a.articles.every((article, i) => article.id === b.articles[i]?.id && article.hash === b.articles[i]?.hash) &&
    a.started.size === b.started.size &&
    [...a.started].every((id) => b.started.has(id))
  );
}

/** Start-up reads the library's first page while the page module loads, so the first render shows the list. */
export async function prefetchLibraryPage(): Promise<void> {
  primed.set(`library:${LIBRARY_FIRST_PAGE}`, await readLibraryPage(LIBRARY_FIRST_PAGE));
}

/** One page of the library, newest first: reads only the summaries and positions it shows, however many articles there are. */
export function useLibraryPage(limit: number): LibraryPageData | undefined {
  return usePrimedLiveQuery(`library:${limit}`, () => readLibraryPage(limit), [limit], sameLibraryPage);
}

/** undefined while loading, null when there is no such article. */
export function useArticle(id: string): ArticleRecord | undefined {
  return usePrimedLiveQuery(`article:${id}`, () => readArticle(id), [id], sameArticle);
}

export function useGlossaryEntries(): StoredGlossaryEntry[] | undefined {
  return useLiveQuery(() => db.glossary.toArray(), []);
}

/** An imported article's summary and editable alignment; undefined while loading, null when there is none. */
export function useImportedAlignment(id: string): { summary: ArticleSummary; stored: StoredAlignment } | null | undefined {
  return useLiveQuery(
    async () => {
      const [summary, stored] = await Promise.all([db.articles.get(id), db.alignments.get(id)]);
      return summary && stored ? { summary, stored } : null;
    },
    [id],
  );
}
