// The messages between the page and the import worker (importWorker.ts): one request in, progress and one result out.
import type { ImportSide, PrepareResult } from '../../core/import/prepareImport';
import type { PairPin } from '../../core/import/pins';
import type { ImportedAlignment } from '../../core/import/types';
import type { Lang } from '../../core/lang';

export interface PrepareRequest {
  type: 'prepare';
  sides: Record<Lang, ImportSide>;
}

/** Re-align a stored pairing around the learner's pins (the pairing editor). */
export interface RealignRequest {
  type: 'realign';
  alignment: ImportedAlignment;
  pins: PairPin[];
}

export type WorkerRequest = PrepareRequest | RealignRequest;

export type WorkerReply =
  | { type: 'progress'; share: number }
  | { type: 'done'; result: PrepareResult }
  /** null: the re-alignment would not have covered every sentence once, so the pairing stays as it was. */
  | { type: 'realigned'; alignment: ImportedAlignment | null }
  | { type: 'failed'; message: string };
