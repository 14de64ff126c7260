// The glossary-file worker: decodes, parses and plans an import off the page's thread, so a file near the limit never freezes the page.
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { readGlossaryFile, type GlossaryFileRead } from './readGlossaryFile';

export interface GlossaryFileRequest {
  name: string;
  bytes: ArrayBuffer;
  existing: PersonalTerm[];
  now: number;
}

export type GlossaryFileReply = { ok: true; read: GlossaryFileRead } | { ok: false; message: string };

// The app is type-checked with the DOM library, where `self` is a window; in a worker it is the worker's scope.
const scope = self as unknown as { onmessage: ((event: MessageEvent<GlossaryFileRequest>) => void) | null; postMessage(message: GlossaryFileReply): void };

scope.onmessage = (event) => {
  const { name, bytes, existing, now } = event.data;
  try {
    scope.postMessage({ ok: true, read: readGlossaryFile(name, new Uint8Array(bytes), existing, now, () => crypto.randomUUID()) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
