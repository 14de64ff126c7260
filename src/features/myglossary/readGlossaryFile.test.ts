// Unit tests for reading a chosen glossary file into a preview: what it is, its encoding, and what it would add.
import { describe, expect, it } from 'vitest';
import { kindOf, readGlossaryFile } from './readGlossaryFile';

const bytes = (text: string) => new TextEncoder().encode(text);
const stored = { id: 'old', terms: { nb: 'tankesmie', en: 'think tank' }, note: '', createdAt: 1, updatedAt: 1 };
let n = 0;
const newId = () => `new-${++n}`;

describe('readGlossaryFile', () => {
  it('plans a CSV against the stored terms: new rows become terms, a stored term is a duplicate', () => {
    const read = readGlossaryFile('terms.csv', bytes('front,back\r\ntankesmie,think tank\r\nsanksjon,sanction\r\n'), [stored], 1000, newId);
    expect(read.kind).toBe('preview');
    if (read.kind !== 'preview') return;
    expect(read.fileKind).toBe('csv');
    expect(read.encoding).toBe('utf-8');
    expect(read.terms.map((term) => term.terms)).toEqual([{ nb: 'sanksjon', en: 'sanction' }]);
    expect(read.plan.duplicates.map((duplicate) => duplicate.existing?.id)).toEqual(['old']);
  });
  it('names a PNG by what it is, and sends JSON in a .csv file to the JSON import', () => {
    expect(readGlossaryFile('terms.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), [], 0, newId)).toEqual({ kind: 'binary', fileKind: 'png' });
    expect(readGlossaryFile('terms.csv', bytes('{"format":"tolk-glossary","version":1,"terms":[]}'), [], 0, newId)).toEqual({ kind: 'json-in-csv' });
  });
  it('tells the kind by the name, else by the text', () => {
    expect(kindOf('a.JSON', 'x')).toBe('json');
    expect(kindOf('a.txt', '\uFEFF  {"terms": []}')).toBe('json');
    expect(kindOf('a.txt', 'front,back')).toBe('csv');
  });
});
