// What an import file yields before anything is saved: valid rows, and rejected lines with a problem code.
import type { RecordProblem } from '../records/rules';
import { MAX_NOTE_LENGTH, textProblem } from '../records/rules';
import type { PersonalTerm, TermProblem } from './personalTerm';
import { checkPersonalTerm } from './personalTerm';

export interface ImportRow {
  /** CSV: the 1-based line where the record starts. JSON: the term's 1-based position in `terms`. */
  line: number;
  /** Trimmed, like stored terms, so " tankesmie " and "tankesmie" are one term. */
  nb: string;
  en: string;
  /** As written, spaces and line breaks kept. */
  note: string;
  /** The sentence pair as text ("nb sentence / en sentence"), when the file has one. */
  context?: string;
  /** JSON backups only: the whole record (terms trimmed), so a restore can keep id, dates and the structured context. */
  record?: PersonalTerm;
}

export type RowProblem =
  | TermProblem
  | 'missing-column'
  | 'unbalanced-quotes'
  | 'both-empty'
  | 'bad-json'
  | 'bad-format'
  /** A field other than the two terms breaks a rule of src/core/records/rules.ts; `detail` says which and how. */
  | 'bad-field'
  /** Whole-file problems (line 0): a glossary file of a newer format version; more records than an import takes. */
  | 'newer-version'
  | 'too-many';

/** One per rejected record. `line` 0 means the file as a whole (bad-json, or a JSON file that is not a Tolk glossary). */
export interface RejectedRow {
  line: number;
  problem: RowProblem;
  field?: 'nb' | 'en';
  detail?: RecordProblem;
}

export interface ParsedImport {
  rows: ImportRow[];
  rejected: RejectedRow[];
}

/** Fields as read from a file, before trimming and checks. */
export interface RawRow {
  nb: string;
  en: string;
  note: string;
  context?: string;
  record?: PersonalTerm;
}

/** Checks one record and files it under `rows` or `rejected` (its first problem only, nb before en). */
export function addRow(into: ParsedImport, line: number, raw: RawRow): void {
  const nb = raw.nb.trim();
  const en = raw.en.trim();
  const problems = checkPersonalTerm({ nb, en });
  if (problems.both !== undefined) {
    into.rejected.push({ line, problem: 'both-empty' });
  } else if (problems.nb !== undefined) {
    into.rejected.push({ line, problem: problems.nb, field: 'nb' });
  } else if (problems.en !== undefined) {
    into.rejected.push({ line, problem: problems.en, field: 'en' });
  } else if (textProblem(raw.note, MAX_NOTE_LENGTH) !== undefined) {
    into.rejected.push({ line, problem: 'bad-field', detail: { field: 'note', problem: textProblem(raw.note, MAX_NOTE_LENGTH) ?? 'too-long' } });
  } else if (raw.context !== undefined && textProblem(raw.context, MAX_NOTE_LENGTH) !== undefined) {
    into.rejected.push({ line, problem: 'bad-field', detail: { field: 'context', problem: textProblem(raw.context, MAX_NOTE_LENGTH) ?? 'too-long' } });
  } else {
    const row: ImportRow = { line, nb, en, note: raw.note };
    if (raw.context !== undefined && raw.context.trim() !== '') row.context = raw.context;
    if (raw.record !== undefined) row.record = { ...raw.record, terms: { nb, en } };
    into.rows.push(row);
  }
}
