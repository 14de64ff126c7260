import { describe, expect, it } from 'vitest';
import { stepTarget } from './stepping';

const words = ['alliert', 'splid', 'neppe'];

describe('stepTarget', () => {
  it('goes forward from the sentence to the first target, then one by one, and stops at the last', () => {
    expect(stepTarget(words, undefined, 1)).toBe('alliert');
    expect(stepTarget(words, 'alliert', 1)).toBe('splid');
    expect(stepTarget(words, 'neppe', 1)).toBe('neppe');
  });

  it('goes backward to the last target from the sentence, and from the first back to the sentence', () => {
    expect(stepTarget(words, undefined, -1)).toBe('neppe');
    expect(stepTarget(words, 'splid', -1)).toBe('alliert');
    expect(stepTarget(words, 'alliert', -1)).toBeUndefined();
  });

  it('stays on the sentence when it has no targets, and starts over when the current one is gone', () => {
    expect(stepTarget([], undefined, 1)).toBeUndefined();
    expect(stepTarget(words, 'borte', 1)).toBe('alliert');
  });
});
