import { describe, expect, it } from 'vitest';
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { checkEdit } from './editCheck';

const others: PersonalTerm[] = [
  { id: '1', terms: { nb: 'tankesmie', en: 'think tank' }, note: '', createdAt: 1, updatedAt: 1 },
  { id: '2', terms: { nb: 'øl', en: 'beer' }, note: '', createdAt: 2, updatedAt: 2 },
];
const check = (nb: string, en: string) => checkEdit({ nb, en }, others, snowballStemmers);

describe('checkEdit', () => {
  it('accepts a new pair, and one side alone', () => {
    expect(check('varetekt', 'remand')).toEqual({});
    expect(check('', 'remand')).toEqual({});
  });

  it('reports both sides empty on both fields', () => {
    expect(check('', '')).toEqual({ nb: { kind: 'both-empty' }, en: { kind: 'both-empty' } });
  });

  it('reports the term problems per field', () => {
    expect(check('1984', 'x'.repeat(201))).toEqual({ nb: { kind: 'term', problem: 'no-letters' }, en: { kind: 'term', problem: 'too-long' } });
  });

  it('names the existing term at the field that repeats it', () => {
    expect(check('Tankesmien', 'policy institute')).toEqual({ nb: { kind: 'duplicate', existing: others[0] } });
    expect(check('pils', 'Beer')).toEqual({ en: { kind: 'duplicate', existing: others[1] } });
    expect(check('ol', 'ale')).toEqual({});
  });
});
