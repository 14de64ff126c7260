// The library's count of known terms per article (apart from statusHooks.ts, so the reader's first load does not carry it).
import { useLiveQuery } from 'dexie-react-hooks';
import type { KnownCount } from '../core/review/termStatuses';
import { db } from './db';
import { knownPerArticle } from './reviewStats';

/** Per article id: how many of the terms saved from it the learner knows, of how many. */
export function useKnownPerArticle(): Map<string, KnownCount> | undefined {
  return useLiveQuery(() => knownPerArticle(db), []);
}
