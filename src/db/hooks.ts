// React bindings for the store: live queries that re-render when the data changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from './db';
import { getAllSettings } from './settings';
import type { ArticleSummary, ArticleText, ReadingPosition, Settings, StoredGlossaryEntry } from './types';

type ArticleRecord = { summary: ArticleSummary; text: ArticleText } | null;

/**
 * Values read before the first render (start-up reads the settings anyway, and the article a /read/ URL names),
 * so that the first render shows the page instead of waiting for a live query to answer.
 * Each live query keeps its entry up to date, so a later mount never starts from stale data.
 */
const primed = new Map<string, unknown>();

function usePrimedLiveQuery<T>(key: string, query: () => Promise<T>, deps: unknown[]): T | undefined {
  const value = useLiveQuery(query, deps, primed.get(key) as T | undefined);
  useEffect(() => {
    if (value !== undefined) primed.set(key, value);
  }, [key, value]);
  return value;
}

export function primeSettings(settings: Partial<Settings>): void {
  primed.set('settings', settings);
}

async function readArticle(id: string): Promise<ArticleRecord> {
  const [summary, text] = await Promise.all([db.articles.get(id), db.articleTexts.get(id)]);
  return summary && text ? { summary, text } : null;
}

export async function prefetchArticle(id: string): Promise<void> {
  primed.set(`article:${id}`, await readArticle(id));
}

/** undefined while loading; then the settings the user has chosen (missing keys: defaults). */
export function useSettings(): Partial<Settings> | undefined {
  return usePrimedLiveQuery('settings', () => getAllSettings(db), []);
}

export function useArticleSummaries(): ArticleSummary[] | undefined {
  return useLiveQuery(() => db.articles.orderBy('date').reverse().toArray(), []);
}

export function useReadingPositions(): ReadingPosition[] | undefined {
  return useLiveQuery(() => db.positions.toArray(), []);
}

/** undefined while loading, null when there is no such article. */
export function useArticle(id: string): ArticleRecord | undefined {
  return usePrimedLiveQuery(`article:${id}`, () => readArticle(id), [id]);
}

export function useGlossaryEntries(): StoredGlossaryEntry[] | undefined {
  return useLiveQuery(() => db.glossary.toArray(), []);
}
