// Unit tests for the Anki CSV export and the CSV import: header, columns, rejected lines, round trip.
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import { MAX_IMPORT_RECORDS } from './importLimits';
import { contextText } from './personalTerm';
import { TRICKY_TERMS } from './testTerms';

describe('toCsv', () => {
  it('writes the header, one record per term, CRLF between records, no BOM', () => {
    const [first] = TRICKY_TERMS;
    if (first === undefined) throw new Error('no test data');
    const text = toCsv([{ ...first, context: { articleId: 'a', block: 0, seg: 0, nb: 'Hei.', en: 'Hi.' } }, { ...first, note: '' }]);
    expect(text).toBe('#separator:Comma\r\n#html:false\r\n#deck:Tolk\r\n#tags:tolk\r\n#columns:front,back,note,context\r\ntankesmie,think tank,plain,Hei. / Hi.\r\ntankesmie,think tank,,"Tankesmien, som ligger i Oslo, mener «nei». / The think tank, based in Oslo, says ""no""."');
  });

  it('writes only the header lines for no terms', () => {
    expect(toCsv([])).toBe('#separator:Comma\r\n#html:false\r\n#deck:Tolk\r\n#tags:tolk\r\n#columns:front,back,note,context');
  });
});

describe('parseCsv', () => {
  it('reads rows with their start lines, skipping blank lines', () => {
    const result = parseCsv('\ufeffFront,Back,Note,Context\r\n\r\nhei,hello,,\r\n"to\r\nlinjer",two,"a ""b""",\r\n\r\n');
    expect(result.rejected).toEqual([]);
    expect(result.rows).toEqual([
      { line: 3, nb: 'hei', en: 'hello', note: '' },
      { line: 4, nb: 'to\r\nlinjer', en: 'two', note: 'a "b"' },
    ]);
  });

  it('accepts nb/en as column names, in any order, with extra columns ignored and optional ones absent', () => {
    const result = parseCsv('tags, EN ,nb\nx,think tank,tankesmie,extra\n');
    expect(result).toEqual({ rows: [{ line: 2, nb: 'tankesmie', en: 'think tank', note: '' }], rejected: [] });
  });

  it('trims terms but keeps notes and context as written', () => {
    const result = parseCsv('front,back,note,context\n" tankesmie ",think tank ," note ",  \n');
    expect(result.rows).toEqual([{ line: 2, nb: 'tankesmie', en: 'think tank', note: ' note ' }]);
  });

  it('rejects a file without a header naming front and back', () => {
    expect(parseCsv('tankesmie,think tank\n')).toEqual({ rows: [], rejected: [{ line: 1, problem: 'missing-column', field: 'nb' }] });
    expect(parseCsv('\n\nfront,note\nhei,x')).toEqual({ rows: [], rejected: [{ line: 3, problem: 'missing-column', field: 'en' }] });
    expect(parseCsv('')).toEqual({ rows: [], rejected: [{ line: 1, problem: 'missing-column' }] });
  });

  it('rejects a record too short to reach the back column', () => {
    expect(parseCsv('front,back\nhei\nja,yes').rejected).toEqual([{ line: 2, problem: 'missing-column', field: 'en' }]);
  });

  it('rejects an unbalanced quote at the end of the file at the line where its record starts', () => {
    const result = parseCsv('front,back\nhei,hello\n"open,never\nclosed\n');
    expect(result.rows.map((r) => r.nb)).toEqual(['hei']);
    expect(result.rejected).toEqual([{ line: 3, problem: 'unbalanced-quotes' }]);
    expect(parseCsv('"front,back\nhei,hello').rejected).toEqual([{ line: 1, problem: 'unbalanced-quotes' }]);
  });

  it('rejects invalid rows with line, problem and field, and keeps the valid ones', () => {
    const result = parseCsv(`front,back\n,\n1984,year\nok,!!!\n${'a'.repeat(201)},long\n"",""\nja,yes`);
    expect(result.rows.map((r) => [r.line, r.nb])).toEqual([[7, 'ja']]);
    expect(result.rejected).toEqual([
      { line: 2, problem: 'both-empty' },
      { line: 3, problem: 'no-letters', field: 'nb' },
      { line: 4, problem: 'no-letters', field: 'en' },
      { line: 5, problem: 'too-long', field: 'nb' },
      { line: 6, problem: 'both-empty' },
    ]);
  });
});

describe('CSV round trip', () => {
  it('neutralises formulas for spreadsheets and gives the exact fields back to our own import', () => {
    const term = { id: 'f', terms: { nb: '=HYPERLINK("x")', en: '@risk' }, note: "-2+3\n'=kept", createdAt: 1, updatedAt: 1 };
    const text = toCsv([term]);
    expect(text.split('\r\n').find((line) => !line.startsWith('#'))).toBe(`"'=HYPERLINK(""x"")",'@risk,"'-2+3\n'=kept",`);
    const { rows, rejected } = parseCsv(text);
    expect(rejected).toEqual([]);
    expect(rows.map((row) => [row.nb, row.en, row.note])).toEqual([['=HYPERLINK("x")', '@risk', "-2+3\n'=kept"]]);
  });

  it('refuses more rows than an import takes', () => {
    const text = ['front,back', ...Array.from({ length: MAX_IMPORT_RECORDS + 1 }, (_, i) => `ord${i},word${i}`)].join('\n');
    expect(parseCsv(text)).toEqual({ rows: [], rejected: [{ line: 0, problem: 'too-many' }] });
  });

  it("gives back terms, note and context text, past Anki's header lines", () => {
    const result = parseCsv(toCsv(TRICKY_TERMS));
    expect(result.rejected).toEqual([]);
    expect(result.rows).toEqual(
      TRICKY_TERMS.map((term, k) => ({
        // Anki's five header lines come first.
        line: [6, 7, 10, 12][k],
        nb: term.terms.nb,
        en: term.terms.en,
        note: term.note,
        ...(term.context === undefined ? {} : { context: contextText(term.context) }),
      })),
    );
  });

  it('trims leading and trailing spaces of terms on the way back', () => {
    const [first] = TRICKY_TERMS;
    if (first === undefined) throw new Error('no test data');
    const text = toCsv([{ ...first, terms: { nb: '  tankesmie ', en: ' think tank' } }]);
    expect(text).toContain('"  tankesmie "," think tank"');
    expect(parseCsv(text).rows[0]).toMatchObject({ nb: 'tankesmie', en: 'think tank' });
  });
});
