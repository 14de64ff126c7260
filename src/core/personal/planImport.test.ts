// Unit tests for the import plan: duplicates of stored terms and of earlier rows in the same file.
import { describe, expect, it } from 'vitest';
import { snowballStemmers } from '../glossary/snowballStemmers';
import { parseCsv } from './csv';
import type { ImportRow } from './importRow';
import type { PersonalTerm } from './personalTerm';
import { planImport } from './planImport';

const stored: PersonalTerm = { id: 's', terms: { nb: 'tankesmie', en: 'think tank' }, note: '', createdAt: 0, updatedAt: 0 };

const row = (line: number, nb: string, en: string): ImportRow => ({ line, nb, en, note: '' });

describe('planImport', () => {
  it('adds new rows and flags rows repeating a stored term', () => {
    const rows = [row(2, 'sanksjon', 'sanction'), row(3, 'Tankesmier', ''), row(4, '', 'think-tanks')];
    const plan = planImport(rows, [stored], snowballStemmers);
    expect(plan.add).toEqual([rows[0]]);
    expect(plan.duplicates).toEqual([
      { row: rows[1], existing: stored },
      { row: rows[2], existing: stored },
    ]);
  });

  it('flags rows repeating an earlier row of the same file', () => {
    const { rows } = parseCsv('front,back\nsanksjon,sanction\nsanksjonene,\n,Sanctions\nøl,beer\nol,\n');
    const plan = planImport(rows, [], snowballStemmers);
    expect(plan.add.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(plan.duplicates.map((d) => [d.row.line, d.earlier?.line, d.existing])).toEqual([
      [3, 2, undefined],
      [4, 2, undefined],
    ]);
  });

  it('prefers the stored term, and compares only with rows it adds', () => {
    const rows = [row(2, 'tankesmie', 'policy institute'), row(3, 'annet', 'policy institutes')];
    const plan = planImport(rows, [stored], snowballStemmers);
    expect(plan.duplicates).toEqual([{ row: rows[0], existing: stored }]);
    expect(plan.add).toEqual([rows[1]]);
  });

  it('plans nothing for no rows', () => {
    expect(planImport([], [stored], snowballStemmers)).toEqual({ add: [], duplicates: [] });
  });
});
