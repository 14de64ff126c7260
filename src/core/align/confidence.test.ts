// Tests for the per-link confidence the alignment editor shows, weakest first.
import { describe, expect, it } from 'vitest';
import { linkConfidence, UNPAIRED_CONFIDENCE, weakestFirst } from './confidence';

describe('linkConfidence', () => {
  it('is high for a translation and low for a sentence paired with the wrong one', () => {
    const nb = ['Overgangen har kostet rundt 700 millioner kroner, og Enova betalte en stor del.'];
    const en = ['The transition has cost around 700 million kroner, and Enova paid a large part.'];
    const wrong = ['Passengers say the new boats are quieter than the old diesel ferries were in 2019.'];
    expect(linkConfidence(nb, en)).toBeGreaterThan(0.9);
    expect(linkConfidence(nb, wrong)).toBeLessThan(0.5);
  });

  it('gives a sentence without counterpart a middling confidence, so it is checked', () => {
    expect(linkConfidence(['Bare på norsk.'], [])).toBe(UNPAIRED_CONFIDENCE);
  });

  it('orders links weakest first', () => {
    expect(weakestFirst([0.9, 0.2, 0.5, 0.2])).toEqual([1, 3, 2, 0]);
  });
});
