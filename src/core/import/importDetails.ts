// The details an import stores: what the learner typed on the form, else what the text itself names, tidied to the rules.
import { LANGS, type Lang } from '../lang';
import { MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH } from '../records/rules';
import { foundDate, foundLine } from './details';
import { suggestedTitle, type PreparedImport } from './prepareImport';

/** The optional details on the import form (already checked by detailsProblems). */
export interface DetailsForm {
  titles: Record<Lang, string>;
  source: string;
  date: string;
  original: Lang;
}

/**
 * The typed values where given; otherwise the title, source and date the text names, made one clean line (the learner
 * never saw them). No date given, none is made up: the library and the reader say when it was imported instead.
 */
export function importDetails(prepared: PreparedImport, form: DetailsForm): DetailsForm {
  const titles = Object.fromEntries(LANGS.map((lang) => [lang, form.titles[lang].trim() || foundLine(suggestedTitle(prepared, lang), MAX_TITLE_LENGTH)])) as Record<Lang, string>;
  return {
    titles,
    source: form.source.trim() || foundLine(prepared.meta.nb.source || prepared.meta.en.source || '', MAX_SOURCE_LENGTH),
    date: form.date || foundDate(prepared.meta.nb.date || prepared.meta.en.date || ''),
    original: form.original,
  };
}
