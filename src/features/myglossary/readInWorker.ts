// Runs readGlossaryFile in a Web Worker; cancelling ends the worker at once. Resolves to undefined when cancelled.
import type { PersonalTerm } from '../../core/personal/personalTerm';
import type { GlossaryFileReply, GlossaryFileRequest } from './glossaryFile.worker';
import type { GlossaryFileRead } from './readGlossaryFile';

export function readInWorker(name: string, bytes: ArrayBuffer, existing: PersonalTerm[], signal: AbortSignal): Promise<GlossaryFileRead | undefined> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return resolve(undefined);
    const worker = new Worker(new URL('./glossaryFile.worker.ts', import.meta.url), { type: 'module' });
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      end();
      resolve(undefined);
    };
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<GlossaryFileReply>) => {
      end();
      if (event.data.ok) resolve(event.data.read);
      else reject(new Error(event.data.message));
    };
    // A worker that cannot start or dies (out of memory) still ends the reading, with a message.
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'worker error'));
    };
    const request: GlossaryFileRequest = { name, bytes, existing, now: Date.now() };
    worker.postMessage(request, [bytes]);
  });
}
