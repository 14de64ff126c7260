// One import from the form's values: prepare (clean, split, align, judge), then store; timed for the benchmark.
import { detailsProblems, foundDate, foundLine, type DetailProblem } from '../../core/import/details';
import { suggestedTitle, type ImportNotice, type ImportProblem } from '../../core/import/prepareImport';
import { MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH } from '../../core/records/rules';
import type { SourceFormat } from '../../core/import/types';
import { LANGS, type Lang } from '../../core/lang';
import { db } from '../../db/db';
import { saveImportedArticle } from '../../db/importedArticles';
import { prepareInWorker } from './prepareInWorker';
import { detectedFormat, type SideValue } from './SideInput';

export interface DetailsForm {
  titles: Record<Lang, string>;
  source: string;
  date: string;
  original: Lang;
}

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

/** Prepares the pair in a worker (cancelling stores nothing), then stores it. */
export async function runImport(sides: Record<Lang, SideValue>, form: DetailsForm, onProgress: (share: number) => void, signal: AbortSignal): Promise<ImportOutcome> {
  // The benchmark reads this measure: preparing and storing, alignment included.
  const detailProblems = detailsProblems(form);
  if (detailProblems.length > 0) return { ok: false, details: detailProblems };
  performance.mark('tolk:import-start');
  const outcome = await prepareInWorker({ nb: { raw: sides.nb.text, format: formatOf(sides.nb) }, en: { raw: sides.en.text, format: formatOf(sides.en) } }, onProgress, signal);
  if (outcome.kind === 'cancelled') return { ok: false, cancelled: true };
  if (outcome.kind === 'failed') return { ok: false, failure: outcome.message };
  const { result } = outcome;
  if (!result.ok) return { ok: false, problems: result.problems };
  if (signal.aborted) return { ok: false, cancelled: true };
  const { prepared } = result;
  // What the text itself names is tidied to the rules (one line, no control characters, not too long); the typed values were checked.
  const titles = Object.fromEntries(LANGS.map((lang) => [lang, form.titles[lang].trim() || foundLine(suggestedTitle(prepared, lang), MAX_TITLE_LENGTH)])) as Record<Lang, string>;
  const details = {
    titles,
    source: form.source.trim() || foundLine(prepared.meta.nb.source || prepared.meta.en.source || '', MAX_SOURCE_LENGTH),
    // No date given, none is made up: the library and the reader say when it was imported instead.
    date: form.date || foundDate(prepared.meta.nb.date || prepared.meta.en.date || ''),
    original: form.original,
  };
  let id: string;
  try {
    id = await saveImportedArticle(db, prepared, details);
  } catch (error) {
    return { ok: false, storageError: error instanceof Error ? error.message : String(error) };
  }
  performance.measure('tolk:import', 'tolk:import-start');
  const { links } = prepared.alignment;
  return {
    ok: true,
    id,
    title: titles.nb,
    pairs: links.length,
    blocks: links.filter((link) => link.block !== undefined).length,
    confidence: prepared.confidence,
    notices: prepared.notices,
  };
}
