// The import worker: cleans, splits, aligns and stores a pair, or re-aligns a pairing around pins, off the main thread, so the page answers meanwhile.
import { importDetails } from '../../core/import/importDetails';
import { prepareImport } from '../../core/import/prepareImport';
import { realignAroundPins } from '../../core/import/realign';
import { db } from '../../db/db';
import { saveImportedArticle } from '../../db/importedArticles';
import type { ImportRequest, WorkerReply, WorkerRequest } from './importMessages';

// The app is type-checked with the DOM library, where `self` is a window; in a worker it is the worker's scope.
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply): void };

// Progress is posted at most every 50 ms: each message costs the page a task.
const PROGRESS_INTERVAL_MS = 50;

/**
 * Prepares and stores in this worker: a book's prepared text, sent to the page, cost it a task of a third of a second to
 * receive and another to derive and write; here it costs the page nothing, and the reply is a few numbers.
 */
async function importPair(request: ImportRequest): Promise<WorkerReply> {
  let last = 0;
  const result = prepareImport(request.sides, (share) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    scope.postMessage({ type: 'progress', share });
  });
  if (!result.ok) return { type: 'refused', problems: result.problems };
  const { prepared } = result;
  const details = importDetails(prepared, request.form);
  scope.postMessage({ type: 'storing' });
  let id: string;
  try {
    id = await saveImportedArticle(db, prepared, details, request.now);
  } catch (error) {
    return { type: 'store-failed', message: error instanceof Error ? error.message : String(error) };
  }
  const { links } = prepared.alignment;
  const blocks = links.filter((link) => link.block !== undefined).length;
  return { type: 'stored', stored: { id, title: details.titles.nb, pairs: links.length, blocks, confidence: prepared.confidence, notices: prepared.notices } };
}

// Opened now, while the learner is still choosing the texts, so the write at the end does not wait for it.
db.open().catch(() => {
  // A store that cannot open fails the write later, with its own message.
});

scope.onmessage = (event) => {
  const request = event.data;
  const reply = async (): Promise<WorkerReply> =>
    request.type === 'realign' ? { type: 'realigned', alignment: realignAroundPins(request.alignment, request.pins) } : importPair(request);
  reply().then(
    (message) => scope.postMessage(message),
    (error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
