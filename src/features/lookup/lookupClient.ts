// The page's side of the lookup worker: one worker for the session, started once the panes have painted, typed promises.
import type { SentencePair } from '../../core/counterpart/types';
import type { LookupAnswer, LookupQuery, WorkerRequest, WorkerResponse } from './protocol';

type Pending = { resolve: (response: WorkerResponse) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./lookup.worker.ts', import.meta.url), { type: 'module', name: 'tolk-lookup' });
  started.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  };
  // A worker that cannot start (or dies) answers every waiting request with a failure instead of leaving it hanging.
  started.onerror = (event) => {
    event.preventDefault();
    for (const [id, waiting] of pending) waiting.resolve({ id, type: 'failed', reason: event.message || 'worker error' });
    pending.clear();
    worker = undefined;
  };
  worker = started;
  return started;
}

/** A request before it is numbered (Omit on each member of the union, not on the union as a whole). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

function send(request: Unnumbered<WorkerRequest>): Promise<WorkerResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    start().postMessage({ ...request, id });
  });
}

/**
 * Loads the dictionary in the background, so the first tap answers quickly. Settles when it is ready (or failed).
 * The marks let the bench time the load and look for long tasks while it runs.
 */
export function warmLookup(): Promise<boolean> {
  performance.mark('tolk:lookup-load-start');
  return send({ type: 'warm' }).then((response) => {
    performance.mark('tolk:lookup-ready');
    return response.type === 'ready';
  });
}

/** Hands the open article's sentence pairs to the worker, which links them while it is idle (the bench reads the mark). */
export function linkAhead(pairs: SentencePair[]): void {
  void send({ type: 'prepare', pairs }).then((response) => response.type === 'linked' && performance.mark('tolk:lookup-linked'));
}

export class LookupFailed extends Error {}

export async function lookUp(query: LookupQuery): Promise<LookupAnswer> {
  const response = await send({ type: 'lookup', ...query });
  if (response.type === 'answer') return response.answer;
  throw new LookupFailed(response.type === 'failed' ? response.reason : 'unexpected answer');
}
