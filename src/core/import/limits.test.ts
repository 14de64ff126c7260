// The side limit against the sizes it is meant for.
import { describe, expect, it } from 'vitest';
import { MAX_SIDE_CHARS } from './limits';

describe('MAX_SIDE_CHARS', () => {
  it('takes the longest news article with room to spare and refuses a 5 MB paste', () => {
    expect(MAX_SIDE_CHARS).toBeGreaterThanOrEqual(5 * 100_000);
    expect('x'.repeat(5_000_000).length).toBeGreaterThan(MAX_SIDE_CHARS);
  });
});
