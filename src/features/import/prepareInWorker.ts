// Runs the import's heavy work in a Web Worker: progress as it goes, the result at the end, and cancelling ends the worker at once.
import type { DetailsForm } from '../../core/import/importDetails';
import type { ImportProblem, ImportSide } from '../../core/import/prepareImport';
import type { PairPin } from '../../core/import/pins';
import type { ImportedAlignment } from '../../core/import/types';
import type { Lang } from '../../core/lang';
import type { StoredImport, WorkerReply, WorkerRequest } from './importMessages';

const startWorker = () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

// A worker started before the learner's click: by then its script is loaded and compiled, which on a busy machine is
// 0.2–0.4 s the import no longer waits for. Each worker does one job, so the spare is taken and a new one started later.
let spare: Worker | undefined;

/** Starts the spare worker if there is none (the import page calls this while its form is shown). */
export function prewarmImportWorker(): void {
  spare ??= startWorker();
}

/** Ends the spare worker (the import page is left). */
export function releaseImportWorker(): void {
  spare?.terminate();
  spare = undefined;
}

function takeWorker(): Worker {
  const worker = spare ?? startWorker();
  spare = undefined;
  return worker;
}

export type WorkerOutcome<T> = { kind: 'result'; result: T } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/**
 * One request to a fresh worker; `pick` turns its final reply into the result (undefined for a reply it does not expect).
 * Once the worker says it is storing, Cancel waits for the outcome instead: ending the worker then could leave the page
 * saying "nothing stored" about an article whose write had just gone through.
 */
function inWorker<T>(request: WorkerRequest, pick: (reply: WorkerReply) => T | undefined, onProgress: (share: number) => void, signal: AbortSignal): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve({ kind: 'cancelled' });
      return;
    }
    const worker = takeWorker();
    let storing = false;
    const finish = (outcome: WorkerOutcome<T>) => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      resolve(outcome);
    };
    const cancel = () => {
      if (!storing) finish({ kind: 'cancelled' });
    };
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.share);
      else if (reply.type === 'storing') storing = true;
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

/** What became of an import the worker ran to the end. */
export type WorkerImport = { ok: true; stored: StoredImport } | { ok: false; problems: ImportProblem[] } | { ok: false; storageError: string };

/** Prepares the pair and stores it, all in the worker; cancelled before storing begins, nothing is stored. */
export function importInWorker(sides: Record<Lang, ImportSide>, form: DetailsForm, onProgress: (share: number) => void, signal: AbortSignal): Promise<WorkerOutcome<WorkerImport>> {
  const pick = (reply: WorkerReply): WorkerImport | undefined =>
    reply.type === 'stored'
      ? { ok: true, stored: reply.stored }
      : reply.type === 'refused'
        ? { ok: false, problems: reply.problems }
        : reply.type === 'store-failed'
          ? { ok: false, storageError: reply.message }
          : undefined;
  return inWorker({ type: 'import', sides, form, now: Date.now() }, pick, onProgress, signal);
}

/** realignAroundPins in the worker: a whole book's stretches between pins take seconds, which the page must not wait out frozen. */
export function realignInWorker(alignment: ImportedAlignment, pins: readonly PairPin[], signal: AbortSignal): Promise<WorkerOutcome<ImportedAlignment | null>> {
  return inWorker({ type: 'realign', alignment, pins: [...pins] }, (reply) => (reply.type === 'realigned' ? reply.alignment : undefined), () => {}, signal);
}
