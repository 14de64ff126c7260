// Tells which storage problem an error is (disk full, database closed or blocked by another tab), and reports them as they happen.
import type { TolkDB } from './db';

export type StorageProblem = 'quota' | 'closed' | 'blocked';

interface NamedError {
  name?: unknown;
  inner?: unknown;
}

/** Dexie wraps the browser's error (AbortError with an inner QuotaExceededError, say): look through the wrapping. */
export function classifyStorageError(error: unknown): StorageProblem | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { name, inner } = current as NamedError;
    if (name === 'QuotaExceededError') return 'quota';
    if (name === 'DatabaseClosedError' || name === 'VersionChangeError') return 'closed';
    if (name === 'BlockedError') return 'blocked';
    current = inner;
  }
  return undefined;
}

/** Calls `listener` for every storage problem: failed writes anywhere in the app, and another tab upgrading or blocking. */
export function watchStorageProblems(db: TolkDB, listener: (problem: StorageProblem) => void): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    const problem = classifyStorageError(event.reason);
    if (!problem) return;
    event.preventDefault(); // shown to the user instead of logged
    listener(problem);
  };
  // Another tab opened a newer version: Dexie closes this connection, so later writes would fail; say so now.
  const onVersionChange = () => listener('closed');
  const onBlocked = () => listener('blocked');
  window.addEventListener('unhandledrejection', onRejection);
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    window.removeEventListener('unhandledrejection', onRejection);
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}
