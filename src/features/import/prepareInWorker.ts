// Runs prepareImport in a Web Worker: progress as it goes, the result at the end, and cancelling ends the worker at once.
import type { ImportSide, PrepareResult } from '../../core/import/prepareImport';
import type { Lang } from '../../core/lang';
import type { PrepareRequest, WorkerReply } from './importMessages';

export type WorkerOutcome = { kind: 'result'; result: PrepareResult } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export function prepareInWorker(sides: Record<Lang, ImportSide>, onProgress: (share: number) => void, signal: AbortSignal): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve({ kind: 'cancelled' });
      return;
    }
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: WorkerOutcome) => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      resolve(outcome);
    };
    const cancel = () => finish({ kind: 'cancelled' });
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.share);
      else if (reply.type === 'done') finish({ kind: 'result', result: reply.result });
      else finish({ kind: 'failed', message: reply.message });
    };
    // A worker that cannot start or dies (out of memory) must still end the import with a message.
    worker.onerror = (event) => finish({ kind: 'failed', message: event.message || 'worker error' });
    const request: PrepareRequest = { type: 'prepare', sides };
    worker.postMessage(request);
  });
}
