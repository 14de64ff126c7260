// Unit tests for the JSON backup: its shape, the round trip of every field, and what it rejects.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_RECORDS } from './importLimits';
import { parseJson, toJson } from './json';
import { TRICKY_TERMS } from './testTerms';

describe('toJson', () => {
  it('writes the tagged, pretty format with only PersonalTerm fields', () => {
    const [, second] = TRICKY_TERMS;
    if (second === undefined) throw new Error('no test data');
    const text = toJson([{ ...second, extra: 'not saved' } as typeof second]);
    expect(text.startsWith('{\n  "format": "tolk-glossary",\n  "version": 1,\n  "terms": [\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ format: 'tolk-glossary', version: 1, terms: [second] });
    expect(text).not.toContain('extra');
  });
});

describe('parseJson', () => {
  it('round-trips every field', () => {
    const result = parseJson(toJson(TRICKY_TERMS));
    expect(result.rejected).toEqual([]);
    expect(result.rows.map((row) => row.record)).toEqual(TRICKY_TERMS);
    expect(result.rows.map((row) => [row.line, row.nb, row.en, row.note])).toEqual(TRICKY_TERMS.map((t, k) => [k + 1, t.terms.nb, t.terms.en, t.note]));
    expect(result.rows[0]?.context).toBe('Tankesmien, som ligger i Oslo, mener «nei». / The think tank, based in Oslo, says "no".');
  });

  it('accepts a BOM', () => {
    expect(parseJson(`\ufeff${toJson(TRICKY_TERMS)}`).rows).toHaveLength(TRICKY_TERMS.length);
  });

  it('reports text that is not JSON as bad-json', () => {
    for (const text of ['', 'front,back', '{"format": "tolk-glossary",', "{'a': 1}"]) {
      expect(parseJson(text)).toEqual({ rows: [], rejected: [{ line: 0, problem: 'bad-json' }] });
    }
  });

  it('reports other JSON as bad-format', () => {
    const other = ['null', '[]', '"tolk-glossary"', '{}', '{"format":"other","version":1,"terms":[]}', '{"format":"tolk-glossary","version":1,"terms":{}}'];
    for (const text of other) expect(parseJson(text)).toEqual({ rows: [], rejected: [{ line: 0, problem: 'bad-format' }] });
  });

  it('says a glossary of a newer format version is from a newer Tolk, not that it is not a glossary', () => {
    expect(parseJson('{"format":"tolk-glossary","version":2,"terms":[]}').rejected).toEqual([{ line: 0, problem: 'newer-version' }]);
  });

  it('refuses more terms than an import takes, before checking any', () => {
    const term = { id: 'g', terms: { nb: 'ja', en: 'yes' }, note: '', createdAt: 1, updatedAt: 1 };
    const terms = Array.from({ length: MAX_IMPORT_RECORDS + 1 }, (_, i) => ({ ...term, id: String(i) }));
    expect(parseJson(JSON.stringify({ format: 'tolk-glossary', version: 1, terms }))).toEqual({ rows: [], rejected: [{ line: 0, problem: 'too-many' }] });
    expect(parseJson(JSON.stringify({ format: 'tolk-glossary', version: 1, terms: terms.slice(1) })).rows).toHaveLength(MAX_IMPORT_RECORDS);
  });

  it('rejects timestamps and notes the app cannot show, naming the field (issue 17: 1e300 blanked My glossary)', () => {
    const good = { id: 'g', terms: { nb: 'ja', en: 'yes' }, note: '', createdAt: 1, updatedAt: 1 };
    const terms = [{ ...good, createdAt: 1e300 }, { ...good, updatedAt: -1e20 }, { ...good, note: 'n'.repeat(5_001) }, { ...good, createdAt: 1.5 }];
    expect(parseJson(JSON.stringify({ format: 'tolk-glossary', version: 1, terms })).rejected).toEqual([
      { line: 1, problem: 'bad-field', detail: { field: 'createdAt', problem: 'out-of-range' } },
      { line: 2, problem: 'bad-field', detail: { field: 'updatedAt', problem: 'out-of-range' } },
      { line: 3, problem: 'bad-field', detail: { field: 'note', problem: 'too-long' } },
      { line: 4, problem: 'bad-field', detail: { field: 'createdAt', problem: 'out-of-range' } },
    ]);
  });

  it('rejects malformed and invalid terms by position, keeping the rest', () => {
    const good = { id: 'g', terms: { nb: 'ja', en: 'yes' }, note: '', createdAt: 1, updatedAt: 1 };
    const terms = [
      good,
      null,
      { ...good, terms: { nb: 'ja' } },
      { ...good, id: '' },
      { ...good, createdAt: '2024' },
      { ...good, context: { articleId: 'a', block: -2, seg: 0, nb: '', en: '' } },
      { ...good, terms: { nb: '', en: '—' } },
      { ...good, terms: { nb: ' ', en: '' } },
      { ...good, terms: { nb: ' ja ', en: 'yes' }, extra: true },
    ];
    const result = parseJson(JSON.stringify({ format: 'tolk-glossary', version: 1, terms }));
    expect(result.rejected).toEqual([
      { line: 2, problem: 'bad-format' },
      { line: 3, problem: 'bad-field', detail: { field: 'terms.en', problem: 'wrong-type' } },
      { line: 4, problem: 'bad-field', detail: { field: 'id', problem: 'wrong-type' } },
      { line: 5, problem: 'bad-field', detail: { field: 'createdAt', problem: 'wrong-type' } },
      { line: 6, problem: 'bad-field', detail: { field: 'context.block', problem: 'out-of-range' } },
      { line: 7, problem: 'no-letters', field: 'en' },
      { line: 8, problem: 'both-empty' },
    ]);
    expect(result.rows.map((row) => [row.line, row.nb, row.record])).toEqual([
      [1, 'ja', good],
      [9, 'ja', good],
    ]);
  });
});
