// The import worker: cleans, splits and aligns a pair, or re-aligns a pairing around pins, off the main thread, so the page answers meanwhile.
import { prepareImport } from '../../core/import/prepareImport';
import { realignAroundPins } from '../../core/import/realign';
import type { WorkerReply, WorkerRequest } from './importMessages';

// The app is type-checked with the DOM library, where `self` is a window; in a worker it is the worker's scope.
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply): void };

// Progress is posted at most every 50 ms: each message costs the page a task.
const PROGRESS_INTERVAL_MS = 50;

scope.onmessage = (event) => {
  const request = event.data;
  let last = 0;
  try {
    if (request.type === 'realign') {
      scope.postMessage({ type: 'realigned', alignment: realignAroundPins(request.alignment, request.pins) });
      return;
    }
    const result = prepareImport(request.sides, (share) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      scope.postMessage({ type: 'progress', share });
    });
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
