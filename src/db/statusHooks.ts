// Live term statuses: the reader's marks (read through a loader that comes with the glossary's lazy chunk) and the library's known counts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TermStatus } from '../core/review/card';
import type { KnownCount } from '../core/review/termStatuses';
import { db } from './db';
import { knownPerArticle } from './reviewStats';

/**
 * Each term's status by id (a term missing is new), kept live, once `read` is given (the reader passes it when its
 * glossary chunk has loaded, so the status code stays out of its first load); undefined until then and while loading.
 */
export function useTermStatuses(read: (() => Promise<Map<string, TermStatus>>) | undefined): Map<string, TermStatus> | undefined {
  return useLiveQuery(() => read?.(), [read]);
}

/** Per article id: how many of the terms saved from it the learner knows, of how many. */
export function useKnownPerArticle(): Map<string, KnownCount> | undefined {
  return useLiveQuery(() => knownPerArticle(db), []);
}
