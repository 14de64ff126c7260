// The details of an imported article (titles, source, date) by the rules of every stored summary (src/core/records/rules.ts):
// what the learner typed is checked and told; what was found in the text is tidied, since the learner never saw it.
import type { Lang } from '../lang';
import { dateProblem, MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH, textProblem, type FieldProblem } from '../records/rules';

export type DetailField = `titles.${Lang}` | 'source' | 'date';

export interface DetailProblem {
  field: DetailField;
  problem: FieldProblem;
}

/** What is wrong with the details the learner typed; an empty field is fine (the text's own or none is used). */
export function detailsProblems(details: { titles: Record<Lang, string>; source: string; date: string }): DetailProblem[] {
  const checks: [DetailField, FieldProblem | undefined][] = [
    ['titles.nb', textProblem(details.titles.nb.trim(), MAX_TITLE_LENGTH, true)],
    ['titles.en', textProblem(details.titles.en.trim(), MAX_TITLE_LENGTH, true)],
    ['source', textProblem(details.source.trim(), MAX_SOURCE_LENGTH, true)],
    ['date', details.date === '' ? undefined : dateProblem(details.date)],
  ];
  return checks.flatMap(([field, problem]) => (problem === undefined ? [] : [{ field, problem }]));
}

// Controls and direction marks go; line breaks and tabs become spaces.
const CONTROL = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
const SPACES = /\s+/gu;

/** A title or source found in the text as one clean line of at most `max` characters (cut with an ellipsis). */
export function foundLine(text: string, max: number): string {
  const line = text.replace(CONTROL, '').replace(SPACES, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** A date found in the text, or '' when it breaks the rule (the pages then say when the article was imported). */
export function foundDate(date: string): string {
  return dateProblem(date) === undefined ? date : '';
}
