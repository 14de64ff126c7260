// The library's first page as a primed live query (see hooks.ts): loaded with the library page, and by start-up on the
// library's path, so that none of it is in the reader's first JavaScript.
import { db } from './db';
import { LIBRARY_FIRST_PAGE, prime, usePrimedLiveQuery } from './hooks';
import type { ArticleSummary } from './types';

export interface LibraryPageData {
  /** The newest `limit` articles. */
  articles: ArticleSummary[];
  total: number;
  /** Which of them the learner has started reading. */
  started: Set<string>;
}

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
  prime(`library:${LIBRARY_FIRST_PAGE}`, await readLibraryPage(LIBRARY_FIRST_PAGE));
}

/** One page of the library, newest first: reads only the summaries and positions it shows, however many articles there are. */
export function useLibraryPage(limit: number): LibraryPageData | undefined {
  return usePrimedLiveQuery(`library:${limit}`, () => readLibraryPage(limit), sameLibraryPage);
}
