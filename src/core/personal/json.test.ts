// Unit tests for the JSON backup: its shape, the round trip of every field, and what it rejects.
import { describe, expect, it } from 'vitest';
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
    const other = ['null', '[]', '"tolk-glossary"', '{}', '{"format":"tolk-glossary","version":2,"terms":[]}', '{"format":"other","version":1,"terms":[]}', '{"format":"tolk-glossary","version":1,"terms":{}}'];
    for (const text of other) expect(parseJson(text)).toEqual({ rows: [], rejected: [{ line: 0, problem: 'bad-format' }] });
  });

  it('rejects malformed and invalid terms by position, keeping the rest', () => {
    const good = { id: 'g', terms: { nb: 'ja', en: 'yes' }, note: '', createdAt: 1, updatedAt: 1 };
    const terms = [
      good,
      null,
      { ...good, terms: { nb: 'ja' } },
      { ...good, id: '' },
      { ...good, createdAt: '2024' },
      { ...good, context: { articleId: 'a', block: -1, seg: 0, nb: '', en: '' } },
      { ...good, terms: { nb: '', en: '—' } },
      { ...good, terms: { nb: ' ', en: '' } },
      { ...good, terms: { nb: ' ja ', en: 'yes' }, extra: true },
    ];
    const result = parseJson(JSON.stringify({ format: 'tolk-glossary', version: 1, terms }));
    expect(result.rejected).toEqual([
      { line: 2, problem: 'bad-format' },
      { line: 3, problem: 'bad-format' },
      { line: 4, problem: 'bad-format' },
      { line: 5, problem: 'bad-format' },
      { line: 6, problem: 'bad-format' },
      { line: 7, problem: 'no-letters', field: 'en' },
      { line: 8, problem: 'both-empty' },
    ]);
    expect(result.rows.map((row) => [row.line, row.nb, row.record])).toEqual([
      [1, 'ja', good],
      [9, 'ja', good],
    ]);
  });
});
