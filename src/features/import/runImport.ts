// One import from the form's values: the worker prepares (clean, split, align, judge) and stores it; timed for the benchmark.
import { detailsProblems, type DetailProblem } from '../../core/import/details';
import type { DetailsForm } from '../../core/import/importDetails';
import type { ImportNotice, ImportProblem } from '../../core/import/prepareImport';
import type { SourceFormat } from '../../core/import/types';
import { importInWorker } from './prepareInWorker';
import { detectedFormat, type SideValue } from './SideInput';
import type { Lang } from '../../core/lang';

export type ImportOutcome =
  | { ok: true; id: string; title: string; pairs: number; blocks: number; confidence: number; notices: ImportNotice[] }
  | { ok: false; problems: ImportProblem[] }
  /** Details the learner typed that no stored article may have (a backup of it could not be restored). */
  | { ok: false; details: DetailProblem[] }
  | { ok: false; storageError: string }
  | { ok: false; failure: string }
  | { ok: false; cancelled: true };

/** The format the learner chose, else a file's own while its text is untouched, else what the text looks like. */
function formatOf(side: SideValue): SourceFormat {
  return side.format ?? detectedFormat(side);
}

/** Prepares and stores the pair in a worker (cancelling before it stores stores nothing). */
export async function runImport(sides: Record<Lang, SideValue>, form: DetailsForm, onProgress: (share: number) => void, signal: AbortSignal): Promise<ImportOutcome> {
  const detailProblems = detailsProblems(form);
  if (detailProblems.length > 0) return { ok: false, details: detailProblems };
  // The benchmark reads this measure: preparing and storing, alignment included.
  performance.mark('tolk:import-start');
  const outcome = await importInWorker({ nb: { raw: sides.nb.text, format: formatOf(sides.nb) }, en: { raw: sides.en.text, format: formatOf(sides.en) } }, form, onProgress, signal);
  if (outcome.kind === 'cancelled') return { ok: false, cancelled: true };
  if (outcome.kind === 'failed') return { ok: false, failure: outcome.message };
  const { result } = outcome;
  if (!result.ok) return result;
  performance.measure('tolk:import', 'tolk:import-start');
  return { ok: true, ...result.stored };
}
