// Personal terms as CSV for Anki's importer (front,back,note,context) and back from such a file.
import { MAX_IMPORT_RECORDS } from './importLimits';
import type { ParsedImport } from './importRow';
import { addRow } from './importRow';
import type { CsvRecord } from './csvRecords';
import { formatCsvRecords, readCsvRecords, removeFormulaGuard } from './csvRecords';
import type { PersonalTerm } from './personalTerm';
import { contextText } from './personalTerm';

export const CSV_HEADER = ['front', 'back', 'note', 'context'] as const;

/**
 * The header lines Anki's importer reads before the notes: comma-separated plain text (never HTML) going into a deck
 * named Tolk with the tag tolk; `#columns` names the fields, so the file has no separate header row.
 */
export const ANKI_HEADER_LINES = [['#separator:Comma'], ['#html:false'], ['#deck:Tolk'], ['#tags:tolk']] as const;
const COLUMNS_PREFIX = '#columns:';

/**
 * UTF-8 text without BOM: Anki's header lines, then one record per term (the sentence pair as context), CRLF between
 * records. Front is bokmål, back English.
 */
export function toCsv(terms: readonly PersonalTerm[]): string {
  return formatCsvRecords([
    ...ANKI_HEADER_LINES,
    [`${COLUMNS_PREFIX}${CSV_HEADER[0]}`, ...CSV_HEADER.slice(1)],
    ...terms.map((term) => [term.terms.nb, term.terms.en, term.note, term.context === undefined ? '' : contextText(term.context)]),
  ]);
}

// Header names, compared trimmed and lower-cased; nb/en are accepted for front/back.
const COLUMN_NAMES: Readonly<Record<string, 'nb' | 'en' | 'note' | 'context'>> = {
  front: 'nb',
  nb: 'nb',
  back: 'en',
  en: 'en',
  note: 'note',
  context: 'context',
};

/**
 * Reads a CSV file with a header row. Blank lines are skipped (also before the header); columns
 * other than the four known ones are ignored; note and context columns are optional. Without a
 * header naming both front (or nb) and back (or en), the whole file is one rejection: missing-column
 * at the header's line.
 */
export function parseCsv(text: string): ParsedImport {
  const result: ParsedImport = { rows: [], rejected: [] };
  const records = withoutAnkiHeader(readCsvRecords(text).filter((record) => !isBlank(record)));
  const header = records[0];
  if (records.length - 1 > MAX_IMPORT_RECORDS) {
    result.rejected.push({ line: 0, problem: 'too-many' });
    return result;
  }
  if (header === undefined) {
    result.rejected.push({ line: 1, problem: 'missing-column' });
    return result;
  }
  if (header.unterminated) {
    result.rejected.push({ line: header.line, problem: 'unbalanced-quotes' });
    return result;
  }
  const columns: Partial<Record<'nb' | 'en' | 'note' | 'context', number>> = {};
  header.fields.forEach((name, index) => {
    const column = COLUMN_NAMES[name.trim().toLowerCase()];
    if (column !== undefined && columns[column] === undefined) columns[column] = index;
  });
  const { nb, en, note, context } = columns;
  if (nb === undefined || en === undefined) {
    result.rejected.push({ line: header.line, problem: 'missing-column', field: nb === undefined ? 'nb' : 'en' });
    return result;
  }
  for (const record of records.slice(1)) {
    const { line, fields } = record;
    if (record.unterminated) {
      result.rejected.push({ line, problem: 'unbalanced-quotes' });
      continue;
    }
    // The formula guard the export adds (csvRecords.ts) comes off again, so a round trip gives back what was written.
    const unguarded = fields.map(removeFormulaGuard);
    const nbText = unguarded[nb];
    const enText = unguarded[en];
    if (nbText === undefined || enText === undefined) {
      result.rejected.push({ line, problem: 'missing-column', field: nbText === undefined ? 'nb' : 'en' });
      continue;
    }
    const contextField = context === undefined ? undefined : unguarded[context];
    addRow(result, line, {
      nb: nbText,
      en: enText,
      note: note === undefined ? '' : (unguarded[note] ?? ''),
      ...(contextField === undefined ? {} : { context: contextField }),
    });
  }
  return result;
}

/** Anki's header lines (`#key:value`) go; a `#columns:` line becomes the header row it stands for. */
function withoutAnkiHeader(records: CsvRecord[]): CsvRecord[] {
  let start = 0;
  let columns: CsvRecord | undefined;
  for (const record of records) {
    const first = record.fields[0] ?? '';
    if (record.unterminated || !/^#[a-z ]+:/i.test(first)) break;
    if (first.toLowerCase().startsWith(COLUMNS_PREFIX)) columns = { ...record, fields: [first.slice(COLUMNS_PREFIX.length), ...record.fields.slice(1)] };
    start++;
  }
  return columns ? [columns, ...records.slice(start)] : records.slice(start);
}

/** An empty or whitespace-only line; a line of commas is a record with empty fields, not blank. */
function isBlank(record: CsvRecord): boolean {
  return !record.unterminated && record.fields.length === 1 && (record.fields[0] ?? '').trim() === '';
}
