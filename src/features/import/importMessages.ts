// The messages between the import page and the import worker (importWorker.ts): one request in, progress and one result out.
import type { ImportSide, PrepareResult } from '../../core/import/prepareImport';
import type { Lang } from '../../core/lang';

export interface PrepareRequest {
  type: 'prepare';
  sides: Record<Lang, ImportSide>;
}

export type WorkerReply = { type: 'progress'; share: number } | { type: 'done'; result: PrepareResult } | { type: 'failed'; message: string };
