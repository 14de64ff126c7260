// English endings Tolk puts on a base word's gloss for bokmål derived words and participles.
import { describe, expect, it } from 'vitest';
import { englishIng, englishNess, englishPastParticiple, englishUn } from './derived.ts';

describe('English derived glosses', () => {
  it.each([
    ['imprison', 'imprisoned'],
    ['carry', 'carried'],
    ['free', 'freed'],
    ['play', 'played'],
    ['carry out', 'carried out'],
  ])('past participle of %s is %s', (verb, expected) => {
    expect(englishPastParticiple(verb)).toBe(expected);
  });

  it('makes -ing, -ness and un- forms', () => {
    expect(englishIng('manage')).toBe('managing');
    expect(englishNess('happy')).toBe('happiness');
    expect(englishUn('expected')).toBe('unexpected');
    expect(englishUn('well known')).toBe('not well known');
  });
});
