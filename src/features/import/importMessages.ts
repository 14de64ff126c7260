// The messages between the page and the import worker (importWorker.ts): one request in, progress and one result out.
import type { DetailsForm } from '../../core/import/importDetails';
import type { ImportNotice, ImportProblem, ImportSide } from '../../core/import/prepareImport';
import type { PairPin } from '../../core/import/pins';
import type { ImportedAlignment } from '../../core/import/types';
import type { Lang } from '../../core/lang';

/** Prepare a pair and store it: the worker does all of it, so the page never holds (or clones) a book's text. */
export interface ImportRequest {
  type: 'import';
  sides: Record<Lang, ImportSide>;
  form: DetailsForm;
  /** The page's clock at the learner's click: the article's "imported on" day (a worker keeps its own clock). */
  now: number;
}

/** Re-align a stored pairing around the learner's pins (the pairing editor). */
export interface RealignRequest {
  type: 'realign';
  alignment: ImportedAlignment;
  pins: PairPin[];
}

export type WorkerRequest = ImportRequest | RealignRequest;

/** What the page shows of a stored import. */
export interface StoredImport {
  id: string;
  title: string;
  pairs: number;
  blocks: number;
  confidence: number;
  notices: ImportNotice[];
}

export type WorkerReply =
  | { type: 'progress'; share: number }
  /** The pair is prepared and being written: from here on the import finishes rather than stop half-way. */
  | { type: 'storing' }
  | { type: 'stored'; stored: StoredImport }
  | { type: 'refused'; problems: ImportProblem[] }
  | { type: 'store-failed'; message: string }
  /** null: the re-alignment would not have covered every sentence once, so the pairing stays as it was. */
  | { type: 'realigned'; alignment: ImportedAlignment | null }
  | { type: 'failed'; message: string };
