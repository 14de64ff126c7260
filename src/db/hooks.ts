// React bindings for the store: live queries that re-render when the data changes, in this tab or another.
import { liveQuery } from 'dexie';
import { useLiveQuery, useObservable, type InteropableObservable } from 'dexie-react-hooks';
import { db } from './db';
import { getPosition } from './positions';
import { getAllSettings } from './settings';
import type { ArticleSummary, ArticleText, Settings, StoredGlossaryEntry } from './types';

type ArticleRecord = { summary: ArticleSummary; text: ArticleText } | null;

/**
 * Values read before the first render (start-up reads the settings anyway, and the article a /read/ URL names),
 * so that the first render shows the page instead of waiting for a live query to answer.
 * Each live query keeps its entry up to date, so a later mount never starts from stale data.
 */
const primed = new Map<string, unknown>();

/** Primes `key` with a value read before the first render (the library's first page comes from its own module). */
export const prime = (key: string, value: unknown) => void primed.set(key, value);

interface Readers {
  /** Each reader's two callbacks: an answer, a failure. */
  callbacks: Map<(value: never) => void, (error: unknown) => void>;
  stop: () => void;
}
/** Who reads each key's live query: one query per key, however many components read it (on the reader, four read the settings). */
const readers = new Map<string, Readers>();

/**
 * The live query for `key` as an observable that starts from the primed value and passes on only what `same` calls a
 * change: one query per key answers every component that reads it, and an answer equal to what is on screen re-renders
 * nothing (a whole article's panes, once, for each query that read it). A failed query ends, and is started anew by
 * whoever reads the key next (the page shown again by its error boundary).
 */
export function sharedLiveQuery<T>(key: string, query: () => Promise<T>, same: (a: T, b: T) => boolean): InteropableObservable<T> {
  return {
    getValue: () => primed.get(key) as T,
    subscribe(next, error = () => undefined) {
      let entry = readers.get(key);
      if (entry) {
        if (primed.has(key)) next(primed.get(key) as T); // what the query answered since this component rendered
      } else {
        const callbacks: Readers['callbacks'] = new Map();
        const subscription = liveQuery(query).subscribe(
          (value) => {
            if (primed.has(key) && same(primed.get(key) as T, value)) return;
            primed.set(key, value);
            for (const answer of [...callbacks.keys()]) answer(value as never);
          },
          (failure: unknown) => {
            if (readers.get(key) === entry) readers.delete(key);
            for (const fail of [...callbacks.values()]) fail(failure);
          },
        );
        readers.set(key, (entry = { callbacks, stop: () => subscription.unsubscribe() }));
      }
      const mine = entry;
      mine.callbacks.set(next, error);
      return () => {
        mine.callbacks.delete(next);
        if (mine.callbacks.size > 0) return;
        mine.stop();
        if (readers.get(key) === mine) readers.delete(key);
      };
    },
  };
}

export function usePrimedLiveQuery<T>(key: string, query: () => Promise<T>, same: (a: T, b: T) => boolean): T | undefined {
  return useObservable(() => sharedLiveQuery(key, query, same), [key]);
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
  return usePrimedLiveQuery(`position:${id}`, () => readBlock(id), (a, b) => a === b);
}

/** undefined while loading; then the settings the user has chosen (missing keys: defaults). */
export function useSettings(): Partial<Settings> | undefined {
  return usePrimedLiveQuery('settings', () => getAllSettings(db), sameSettings);
}

/** How many articles the library shows at first: enough to fill a screen or two. */
export const LIBRARY_FIRST_PAGE = 30;

/** undefined while loading, null when there is no such article. */
export function useArticle(id: string): ArticleRecord | undefined {
  return usePrimedLiveQuery(`article:${id}`, () => readArticle(id), sameArticle);
}

export function useGlossaryEntries(): StoredGlossaryEntry[] | undefined {
  return useLiveQuery(() => db.glossary.toArray(), []);
}
