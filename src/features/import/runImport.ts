// One import from the form's values: prepare (clean, split, align, judge), then store; timed for the benchmark.
import { detectPastedFormat } from '../../core/import/decode';
import { prepareImport, suggestedTitle, type ImportNotice, type ImportProblem } from '../../core/import/prepareImport';
import type { SourceFormat } from '../../core/import/types';
import { LANGS, type Lang } from '../../core/lang';
import { db } from '../../db/db';
import { saveImportedArticle } from '../../db/importedArticles';
import type { SideValue } from './SideInput';

export interface DetailsForm {
  titles: Record<Lang, string>;
  source: string;
  date: string;
  original: Lang;
}

export type ImportOutcome =
  | { ok: true; id: string; title: string; pairs: number; blocks: number; confidence: number; notices: ImportNotice[] }
  | { ok: false; problems: ImportProblem[] }
  | { ok: false; storageError: string };

/** A file's format while its text is untouched; otherwise what the text looks like. */
function formatOf(side: SideValue): SourceFormat {
  return side.file && side.file.text === side.text ? side.file.format : detectPastedFormat(side.text);
}

export async function runImport(sides: Record<Lang, SideValue>, form: DetailsForm): Promise<ImportOutcome> {
  // The benchmark reads this measure: preparing and storing, alignment included.
  performance.mark('tolk:import-start');
  const result = prepareImport({ nb: { raw: sides.nb.text, format: formatOf(sides.nb) }, en: { raw: sides.en.text, format: formatOf(sides.en) } });
  if (!result.ok) return { ok: false, problems: result.problems };
  const { prepared } = result;
  const titles = Object.fromEntries(LANGS.map((lang) => [lang, form.titles[lang].trim() || suggestedTitle(prepared, lang)])) as Record<Lang, string>;
  const details = {
    titles,
    source: form.source.trim() || prepared.meta.nb.source || prepared.meta.en.source || '',
    // No date given, none is made up: the library and the reader say when it was imported instead.
    date: form.date || prepared.meta.nb.date || prepared.meta.en.date || '',
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
