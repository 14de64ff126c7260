// Live term statuses for the reader's marks, read through a loader that comes with the glossary's lazy chunk.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TermStatus } from '../core/review/card';

const sameStatuses = (a: ReadonlyMap<string, TermStatus>, b: ReadonlyMap<string, TermStatus>) => a.size === b.size && [...a].every(([id, status]) => b.get(id) === status);

/**
 * Each term's status by id, kept live, once `read` is given (the reader passes it when its glossary chunk has loaded, so
 * the status code stays out of its first load); undefined until then and while loading. The same map comes back while
 * the statuses are the same (a reader whose `read` leaves out new terms re-renders nothing when a term is added).
 */
export function useTermStatuses(read: (() => Promise<Map<string, TermStatus>>) | undefined): ReadonlyMap<string, TermStatus> | undefined {
  const live = useLiveQuery(() => read?.(), [read]);
  const [stable, setStable] = useState(live);
  // Derived state, set while rendering (React re-renders at once, before painting).
  if (live !== stable && !(live && stable && sameStatuses(live, stable))) setStable(live);
  return live && stable && sameStatuses(live, stable) ? stable : live;
}
