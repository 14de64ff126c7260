// Live queries that only pages loaded on demand read (my glossary, the pairing editor): out of the start-up's chunk.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { ArticleSummary, StoredAlignment } from './types';

export function useArticleSummaries(): ArticleSummary[] | undefined {
  return useLiveQuery(() => db.articles.orderBy('date').reverse().toArray(), []);
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
