// Runs the import's heavy work in a Web Worker: progress as it goes, the result at the end, and cancelling ends the worker at once.
import type { ImportSide, PrepareResult } from '../../core/import/prepareImport';
import type { PairPin } from '../../core/import/pins';
import type { ImportedAlignment } from '../../core/import/types';
import type { Lang } from '../../core/lang';
import type { WorkerReply, WorkerRequest } from './importMessages';

export type WorkerOutcome<T> = { kind: 'result'; result: T } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** One request to a fresh worker; `pick` turns its final reply into the result (undefined for a reply it does not expect). */
function inWorker<T>(request: WorkerRequest, pick: (reply: WorkerReply) => T | undefined, onProgress: (share: number) => void, signal: AbortSignal): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve({ kind: 'cancelled' });
      return;
    }
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: WorkerOutcome<T>) => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      resolve(outcome);
    };
    const cancel = () => finish({ kind: 'cancelled' });
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.share);
      else if (reply.type === 'failed') finish({ kind: 'failed', message: reply.message });
      else {
        const result = pick(reply);
        finish(result === undefined ? { kind: 'failed', message: `unexpected reply ${reply.type}` } : { kind: 'result', result });
      }
    };
    // A worker that cannot start or dies (out of memory) must still end the work with a message.
    worker.onerror = (event) => finish({ kind: 'failed', message: event.message || 'worker error' });
    worker.postMessage(request);
  });
}

export function prepareInWorker(sides: Record<Lang, ImportSide>, onProgress: (share: number) => void, signal: AbortSignal): Promise<WorkerOutcome<PrepareResult>> {
  return inWorker({ type: 'prepare', sides }, (reply) => (reply.type === 'done' ? reply.result : undefined), onProgress, signal);
}

/** realignAroundPins in the worker: a whole book's stretches between pins take seconds, which the page must not wait out frozen. */
export function realignInWorker(alignment: ImportedAlignment, pins: readonly PairPin[], signal: AbortSignal): Promise<WorkerOutcome<ImportedAlignment | null>> {
  return inWorker({ type: 'realign', alignment, pins: [...pins] }, (reply) => (reply.type === 'realigned' ? reply.alignment : undefined), () => {}, signal);
}
