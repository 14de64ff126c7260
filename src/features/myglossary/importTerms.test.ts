import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../core/personal/importRow';
import { TRICKY_TERMS } from '../../core/personal/testTerms';
import { toPersonalTerms } from './importTerms';

const [tankesmie, quotes] = TRICKY_TERMS;
if (tankesmie === undefined || quotes === undefined) throw new Error('TRICKY_TERMS changed');

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

describe('toPersonalTerms', () => {
  it('keeps a JSON record whole: id, dates, note and context', () => {
    const record = tankesmie;
    const rows: ImportRow[] = [{ line: 1, nb: record.terms.nb, en: record.terms.en, note: record.note, record }];
    expect(toPersonalTerms(rows, new Set(), 99, ids())).toEqual([record]);
  });

  it('gives a JSON record a new id when its id is taken, in the store or by an earlier row', () => {
    const a = tankesmie;
    const b = { ...quotes, id: 'b' };
    const rows: ImportRow[] = [
      { line: 1, nb: a.terms.nb, en: a.terms.en, note: a.note, record: a },
      { line: 2, nb: b.terms.nb, en: b.terms.en, note: b.note, record: b },
      { line: 3, nb: 'x', en: 'y', note: '', record: { ...b, terms: { nb: 'x', en: 'y' } } },
    ];
    const out = toPersonalTerms(rows, new Set(['a']), 99, ids());
    expect(out.map((t) => t.id)).toEqual(['new-1', 'b', 'new-2']);
    expect(out[0]?.context).toEqual(a.context);
    expect(out[0]?.createdAt).toBe(a.createdAt);
  });

  it('makes CSV rows new terms, later rows newer, none dated after now', () => {
    const rows: ImportRow[] = [
      { line: 2, nb: 'a', en: 'b', note: 'n' },
      { line: 3, nb: 'c', en: 'd', note: '' },
    ];
    expect(toPersonalTerms(rows, new Set(), 1000, ids())).toEqual([
      { id: 'new-1', terms: { nb: 'a', en: 'b' }, note: 'n', createdAt: 999, updatedAt: 999 },
      { id: 'new-2', terms: { nb: 'c', en: 'd' }, note: '', createdAt: 1000, updatedAt: 1000 },
    ]);
  });

  it('keeps a CSV context by adding it to the note, once', () => {
    const context = 'Tankesmien mener «nei». / The think tank says "no".';
    const rows: ImportRow[] = [
      { line: 2, nb: 'a', en: '', note: 'my note', context },
      { line: 3, nb: 'b', en: '', note: '', context },
      { line: 4, nb: 'c', en: '', note: `seen: ${context}`, context },
    ];
    expect(toPersonalTerms(rows, new Set(), 0, ids()).map((t) => t.note)).toEqual([`my note\n\n${context}`, context, `seen: ${context}`]);
  });
});
