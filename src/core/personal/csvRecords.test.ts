// Unit tests for the RFC 4180 reader and writer: quoting, line breaks, line numbers, and the lenient cases.
import { describe, expect, it } from 'vitest';
import { addFormulaGuard, formatCsvField, formatCsvRecords, readCsvRecords, removeFormulaGuard } from './csvRecords';

const read = (text: string) => readCsvRecords(text).map((r) => [r.line, ...r.fields, ...(r.unterminated ? ['<open>'] : [])]);

describe('readCsvRecords', () => {
  it('splits plain records on CRLF, LF and lone CR', () => {
    expect(read('a,b\r\nc,d\ne,f\rg,h')).toEqual([[1, 'a', 'b'], [2, 'c', 'd'], [3, 'e', 'f'], [4, 'g', 'h']]);
  });

  it('ignores one trailing line break but keeps empty last fields', () => {
    expect(read('a,b\r\n')).toEqual([[1, 'a', 'b']]);
    expect(read('a,\n,')).toEqual([[1, 'a', ''], [2, '', '']]);
  });

  it('reads nothing from empty text or a lone BOM', () => {
    expect(read('')).toEqual([]);
    expect(read('\ufeff')).toEqual([]);
  });

  it('skips a BOM before the first field', () => {
    expect(read('\ufeffa,b')).toEqual([[1, 'a', 'b']]);
    expect(read('\ufeff"a",b')).toEqual([[1, 'a', 'b']]);
  });

  it('unquotes, undoubles quotes and keeps commas and line breaks in quoted fields', () => {
    expect(read('"a,b","say ""hi""","x\r\ny\nz"\nnext')).toEqual([[1, 'a,b', 'say "hi"', 'x\r\ny\nz'], [4, 'next']]);
    expect(read('""\n""""')).toEqual([[1, ''], [2, '"']]);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    expect(read('h\n"one\r\ntwo\rthree"\nlast').map((r) => r[0])).toEqual([1, 2, 5]);
  });

  it('keeps spaces around and inside fields; a quote after a space is no longer an opening quote', () => {
    expect(read(' a ," b ", " c "')).toEqual([[1, ' a ', ' b ', ' " c "']]);
  });

  it('takes stray quotes literally and joins text after a closing quote', () => {
    expect(read('5" screen,"ab"c,d')).toEqual([[1, '5" screen', 'abc', 'd']]);
  });

  it('marks a quote left open at the end of the text', () => {
    expect(read('a,b\n"open,\nstill open')).toEqual([[1, 'a', 'b'], [2, 'open,\nstill open', '<open>']]);
    expect(read('x,"')).toEqual([[1, 'x', '', '<open>']]);
  });
});

describe('formatCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' lead', '" lead"'],
    ['trail ', '"trail "'],
    ['æøå 👍🏽', 'æøå 👍🏽'],
  ])('%j → %j', (value, text) => {
    expect(formatCsvField(value)).toBe(text);
  });

  it('joins records with CRLF and no final break', () => {
    expect(formatCsvRecords([['a', 'b'], ['c', 'd,e']])).toBe('a,b\r\nc,"d,e"');
  });

  it('reads back what it writes, once the formula guard is taken off', () => {
    const records = [['a', '"', ',', '\r\n', '\n\n', ' x ', ''], ['👍🏽', 'æ"ø"å', 'end\r']];
    expect(readCsvRecords(formatCsvRecords(records)).map((r) => r.fields.map(removeFormulaGuard))).toEqual(records);
  });
});

describe('the formula guard (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ["'=already guarded", "''=already guarded"],
    ["'quoted", "'quoted"],
    ['safe = text', 'safe = text'],
  ])('writes %j as %j', (value, text) => {
    expect(formatCsvField(value)).toBe(text);
  });

  it('is undone exactly by removeFormulaGuard, whatever the field', () => {
    for (const value of ['=1+1', "'=1+1", "''=x", "'plain", 'plain', '-', '@', '', "'", "'\t"]) {
      expect(removeFormulaGuard(addFormulaGuard(value))).toBe(value);
      expect(readCsvRecords(formatCsvField(value))[0]?.fields.map(removeFormulaGuard) ?? ['']).toEqual([value]);
    }
  });
});
