// RFC 4180 CSV, both ways: text → records (with the line each starts on) and records → text.
//
// Reading is lenient where RFC 4180 leaves a file invalid but its intent plain: LF and lone CR end
// records as well as CRLF; a quote inside an unquoted field is a literal character (5" screen); text
// after a closing quote joins the field ("ab"c → abc). Line breaks inside quoted fields are kept as
// written. A leading BOM is skipped. A quote that never closes swallows the rest of the file into its
// field; that record is marked `unterminated`. (A stray quote that a later quote happens to close
// cannot be told apart from a valid multi-line field.)

export interface CsvRecord {
  /** 1-based line of the record's first character. */
  line: number;
  fields: string[];
  unterminated: boolean;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const UNQUOTED = /[^,\r\n]*/y;

export function readCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  /** The unquoted characters from `i` up to the next comma or line break. */
  const readUnquoted = (): string => {
    UNQUOTED.lastIndex = i;
    UNQUOTED.test(text); // always matches, possibly empty
    const value = text.slice(i, UNQUOTED.lastIndex);
    i = UNQUOTED.lastIndex;
    return value;
  };

  while (i < n) {
    const record: CsvRecord = { line, fields: [], unterminated: false };
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        value = '';
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          const end = close === -1 ? n : close;
          line += countLineBreaks(text, i, end);
          value += text.slice(i, end);
          if (close === -1) {
            record.unterminated = true;
            i = n;
            break;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        value += readUnquoted();
      } else {
        value = readUnquoted();
      }
      record.fields.push(value);
      const c = text.charCodeAt(i); // NaN at the end of the text
      i++;
      if (c === COMMA) continue;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      if (c === CR || c === LF) line++;
      break;
    }
    records.push(record);
  }
  return records;
}

/** Line breaks in text[from, to): LF, CRLF and lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

// Quoted also when the field starts or ends with whitespace, which some readers (spreadsheets) trim otherwise.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/u;

// OWASP's CSV-injection guidance: a spreadsheet runs a cell starting with one of these as a formula (or DDE command).
const FORMULA_START = /^'*[=+\-@\t\r]/u;

/**
 * A field a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets show as nothing. A field
 * that already starts with apostrophes before such a character gets one more, so removeFormulaGuard is its exact inverse.
 */
export function addFormulaGuard(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes addFormulaGuard on a field read back from a file Tolk wrote (and leaves every other field as it is). */
export function removeFormulaGuard(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

export function formatCsvField(value: string): string {
  const guarded = addFormulaGuard(value);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Records joined by CRLF, with no line break after the last one. */
export function formatCsvRecords(records: readonly (readonly string[])[]): string {
  return records.map((fields) => fields.map(formatCsvField).join(',')).join('\r\n');
}
