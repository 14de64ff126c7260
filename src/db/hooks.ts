// React bindings for the store: live queries that re-render when the data changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import { getAllSettings } from './settings';
import type { ArticleSummary, ArticleText, ReadingPosition, Settings } from './types';

/** undefined while loading; then the settings the user has chosen (missing keys: defaults). */
export function useSettings(): Partial<Settings> | undefined {
  return useLiveQuery(() => getAllSettings(db), []);
}

export function useArticleSummaries(): ArticleSummary[] | undefined {
  return useLiveQuery(() => db.articles.orderBy('date').reverse().toArray(), []);
}

export function useReadingPositions(): ReadingPosition[] | undefined {
  return useLiveQuery(() => db.positions.toArray(), []);
}

/** undefined while loading, null when there is no such article. */
export function useArticle(id: string): { summary: ArticleSummary; text: ArticleText } | null | undefined {
  return useLiveQuery(
    async () => {
      const [summary, text] = await Promise.all([db.articles.get(id), db.articleTexts.get(id)]);
      return summary && text ? { summary, text } : null;
    },
    [id],
  );
}
