// Tests for the co-occurrence model: counts per sentence pair, Dice, updates with each import, pruning and a JSON round trip.
import { describe, expect, it } from 'vitest';
import { addPairs, dice, emptyModel, pruneModel } from './evidence.ts';

const stored = [
  { nb: 'Tjeneren svarte ikke.', en: 'The server did not answer.' },
  { nb: 'Tjeneren er nede, tjeneren altså.', en: 'The server is down.' },
  { nb: 'Fila mangler.', en: 'The file is missing.' },
];

describe('co-occurrence model', () => {
  it('counts each word once per sentence pair and scores a pair by Dice', () => {
    const model = addPairs(emptyModel(), stored);
    expect(model.pairs).toBe(3);
    expect(model.nb['tjeneren']).toBe(2);
    expect(dice(model, 'tjeneren', 'server')).toBe(1);
    // "the" stands in all three pairs, "tjeneren" in two of them: 2·2 / (2 + 3).
    expect(dice(model, 'tjeneren', 'the')).toBeCloseTo(0.8);
    expect(dice(model, 'fila', 'file')).toBe(0);
    expect(dice(model, 'fila', 'file', 1)).toBe(1);
  });

  it('grows with each import, and survives JSON', () => {
    const model = addPairs(emptyModel(), stored);
    addPairs(model, [{ nb: 'Fila er tom.', en: 'The file is empty.' }]);
    expect(dice(model, 'fila', 'file')).toBe(1);
    const copy = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(dice(copy, 'fila', 'file')).toBe(1);
  });

  it('prunes pairs seen together less often than asked, keeping the word counts', () => {
    const model = pruneModel(addPairs(emptyModel(), stored));
    expect(model.joint['svarte\tanswer']).toBeUndefined();
    expect(model.joint['tjeneren\tserver']).toBe(2);
    expect(model.nb['svarte']).toBe(1);
  });

  it('counts by the key it is given, lemmas say', () => {
    const model = addPairs(emptyModel(), stored, (word) => word.toLowerCase().replace(/en$/u, ''));
    expect(model.nb['tjener']).toBe(2);
  });
});
