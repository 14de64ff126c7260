// The rules a stored record's fields must meet: one set for the forms, CSV and JSON import, backup restore and the pages that show records.
import type { PersonalTerm, PersonalTermContext, TermProblem } from '../personal/personalTerm';
import { checkPersonalTerm } from '../personal/personalTerm';

/** Timestamps (ms since 1970) from 1970 to 2200: anything outside is a damaged or hostile value, not a date Tolk wrote. */
export const EARLIEST_TIME = 0;
export const LATEST_TIME = Date.UTC(2200, 0, 1);
/** Article dates (YYYY-MM-DD) from 1800 to 2200: old enough for a history piece, and every value formats. */
export const EARLIEST_YEAR = 1800;
export const LATEST_YEAR = 2200;
/** In characters (UTF-16 code units): a note is a few paragraphs, a title a line, a context one sentence per side. */
export const MAX_NOTE_LENGTH = 5_000;
export const MAX_TITLE_LENGTH = 300;
export const MAX_SOURCE_LENGTH = 300;
export const MAX_CONTEXT_LENGTH = 2_000;
export const MAX_ID_LENGTH = 200;

export type FieldProblem =
  | 'wrong-type'
  | 'not-finite'
  | 'out-of-range'
  | 'not-a-date'
  | 'too-long'
  | 'control-characters'
  | TermProblem
  | 'both-empty';

export interface RecordProblem {
  /** A dotted path inside the record: "createdAt", "terms.nb", "summary.date". */
  field: string;
  problem: FieldProblem;
}

const isString = (value: unknown): value is string => typeof value === 'string';
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A timestamp Tolk could have written: a finite whole number of milliseconds in the sane range. */
export function timeProblem(value: unknown): FieldProblem | undefined {
  if (typeof value !== 'number') return 'wrong-type';
  if (!Number.isFinite(value)) return 'not-finite';
  if (!Number.isInteger(value) || value < EARLIEST_TIME || value > LATEST_TIME) return 'out-of-range';
  return undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An article date: YYYY-MM-DD, a real day of the calendar, in the sane range. */
export function dateProblem(value: unknown): FieldProblem | undefined {
  if (!isString(value)) return 'wrong-type';
  const match = ISO_DATE.exec(value);
  if (!match) return 'not-a-date';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'not-a-date';
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return 'out-of-range';
  return undefined;
}

// C0/C1 controls other than tab and line breaks, and the bidirectional overrides, embeddings and isolates that can
// make a title read backwards or hide what follows.
const CONTROL = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAK = /[\r\n]/u;

/** A text field: a string of at most `max` characters; one-line fields (titles, sources) take no line breaks. */
export function textProblem(value: unknown, max: number, oneLine = false): FieldProblem | undefined {
  if (!isString(value)) return 'wrong-type';
  if (value.length > max) return 'too-long';
  if (CONTROL.test(value) || (oneLine && LINE_BREAK.test(value))) return 'control-characters';
  return undefined;
}

/** A term's note, by the same rule for the term forms, the imports and restore: at most MAX_NOTE_LENGTH characters, no control characters. */
export function noteProblem(note: string): 'too-long' | 'control-characters' | undefined {
  const problem = textProblem(note, MAX_NOTE_LENGTH);
  return problem === 'too-long' || problem === 'control-characters' ? problem : undefined;
}

/** A count (words, indexes): a finite whole number, not negative. */
export function countProblem(value: unknown): FieldProblem | undefined {
  if (typeof value !== 'number') return 'wrong-type';
  if (!Number.isFinite(value)) return 'not-finite';
  return Number.isInteger(value) && value >= 0 ? undefined : 'out-of-range';
}

/** A sentence's block: a count, or -1 for the article's title (a term picked from the title has it as context). */
function blockProblem(value: unknown): FieldProblem | undefined {
  return value === -1 ? undefined : countProblem(value);
}

function first(checks: readonly (readonly [string, FieldProblem | undefined])[]): RecordProblem | undefined {
  for (const [field, problem] of checks) if (problem !== undefined) return { field, problem };
  return undefined;
}

/** The first problem of a personal term's two sides, by the rules of the term forms (checkPersonalTerm). */
export function termSidesProblem(terms: { nb: string; en: string }): RecordProblem | undefined {
  const problems = checkPersonalTerm(terms);
  if (problems.both !== undefined) return { field: 'terms', problem: 'both-empty' };
  if (problems.nb !== undefined) return { field: 'terms.nb', problem: problems.nb };
  if (problems.en !== undefined) return { field: 'terms.en', problem: problems.en };
  return undefined;
}

function contextProblem(value: unknown): RecordProblem | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return { field: 'context', problem: 'wrong-type' };
  return first([
    ['context.articleId', textProblem(value['articleId'], MAX_ID_LENGTH, true)],
    ['context.block', blockProblem(value['block'])],
    ['context.seg', countProblem(value['seg'])],
    ['context.nb', textProblem(value['nb'], MAX_CONTEXT_LENGTH)],
    ['context.en', textProblem(value['en'], MAX_CONTEXT_LENGTH)],
  ]);
}

/** The first thing wrong with a personal term record as stored or read from a file; undefined when the app can show and edit it. */
export function personalTermProblem(value: unknown): RecordProblem | undefined {
  if (!isRecord(value)) return { field: 'term', problem: 'wrong-type' };
  const terms = value['terms'];
  const typed = first([
    ['id', isString(value['id']) && value['id'] !== '' ? textProblem(value['id'], MAX_ID_LENGTH, true) : 'wrong-type'],
    ['terms', isRecord(terms) ? undefined : 'wrong-type'],
    ['terms.nb', isRecord(terms) && isString(terms['nb']) ? undefined : 'wrong-type'],
    ['terms.en', isRecord(terms) && isString(terms['en']) ? undefined : 'wrong-type'],
  ]);
  if (typed) return typed;
  const sides = terms as { nb: string; en: string };
  return (
    termSidesProblem({ nb: sides.nb.trim(), en: sides.en.trim() }) ??
    first([
      ['note', textProblem(value['note'], MAX_NOTE_LENGTH)],
      ['createdAt', timeProblem(value['createdAt'])],
      ['updatedAt', timeProblem(value['updatedAt'])],
    ]) ??
    contextProblem(value['context'])
  );
}

/** A checked value as a clean PersonalTerm: only its known fields, sides trimmed. Call after personalTermProblem found nothing. */
export function toPersonalTerm(value: Record<string, unknown>): PersonalTerm {
  const terms = value['terms'] as { nb: string; en: string };
  const term: PersonalTerm = {
    id: value['id'] as string,
    terms: { nb: terms.nb.trim(), en: terms.en.trim() },
    note: value['note'] as string,
    createdAt: value['createdAt'] as number,
    updatedAt: value['updatedAt'] as number,
  };
  const context = value['context'];
  if (isRecord(context)) {
    const { articleId, block, seg, nb, en } = context as unknown as PersonalTermContext;
    term.context = { articleId, block, seg, nb, en };
  }
  return term;
}

/** The first thing wrong with an article summary (what the library lists); undefined when every page can show it. */
export function articleSummaryProblem(value: unknown): RecordProblem | undefined {
  if (!isRecord(value)) return { field: 'summary', problem: 'wrong-type' };
  const { titles, words } = value;
  return first([
    ['id', isString(value['id']) && value['id'] !== '' ? textProblem(value['id'], MAX_ID_LENGTH, true) : 'wrong-type'],
    ['titles', isRecord(titles) ? undefined : 'wrong-type'],
    ['titles.nb', isRecord(titles) ? textProblem(titles['nb'], MAX_TITLE_LENGTH, true) : undefined],
    ['titles.en', isRecord(titles) ? textProblem(titles['en'], MAX_TITLE_LENGTH, true) : undefined],
    ['source', textProblem(value['source'], MAX_SOURCE_LENGTH, true)],
    // An imported article may have no date ('' : the learner gave none and the text named none); the pages then say when it was imported.
    ['date', value['date'] === '' ? undefined : dateProblem(value['date'])],
    ['words', isRecord(words) ? undefined : 'wrong-type'],
    ['words.nb', isRecord(words) ? countProblem(words['nb']) : undefined],
    ['words.en', isRecord(words) ? countProblem(words['en']) : undefined],
    ['addedAt', value['addedAt'] === undefined ? undefined : timeProblem(value['addedAt'])],
  ]);
}
