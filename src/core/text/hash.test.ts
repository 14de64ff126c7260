import { describe, expect, it } from 'vitest';
import { hashString } from './hash';

describe('hashString', () => {
  it('is stable, and differs for different texts', () => {
    expect(hashString('tankesmie')).toBe(hashString('tankesmie'));
    expect(hashString('tankesmie')).not.toBe(hashString('tankesmien'));
    expect(hashString('')).toMatch(/^[0-9a-f]{14}$/);
  });
});
