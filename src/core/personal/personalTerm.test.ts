// Unit tests for personal term validation: one term, and the nb/en pair.
import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, checkPersonalTerm, checkTerm } from './personalTerm';

describe('checkTerm', () => {
  it.each([
    ['', 'empty'],
    ['   \t\n\u00a0', 'empty'],
    ['a'.repeat(MAX_TERM_LENGTH), undefined],
    ['a'.repeat(MAX_TERM_LENGTH + 1), 'too-long'],
    [`  ${'a'.repeat(MAX_TERM_LENGTH)}  `, undefined],
    // 👍🏽 is two code points (four UTF-16 units): 198 + 2 = 200 is fine, 201 is not.
    ['a'.repeat(198) + '👍🏽', undefined],
    ['a'.repeat(199) + '👍🏽', 'too-long'],
    ['a' + '👍'.repeat(199), undefined],
    ['a' + '👍'.repeat(200), 'too-long'],
    // Decomposed å (a + ring) counts once, as after NFC.
    ['a\u030a'.repeat(MAX_TERM_LENGTH), undefined],
    ['!!!', 'no-letters'],
    ['1984', 'no-letters'],
    ['—', 'no-letters'],
    ['👍🏽', 'no-letters'],
    ['IS', undefined],
    ['på', undefined],
    ['G7', undefined],
    ['  tankesmie ', undefined],
  ] as const)('%j → %s', (text, problem) => {
    expect(checkTerm(text)).toBe(problem);
  });
});

describe('checkPersonalTerm', () => {
  it('accepts a filled pair, or one side alone', () => {
    expect(checkPersonalTerm({ nb: 'tankesmie', en: 'think tank' })).toEqual({});
    expect(checkPersonalTerm({ nb: 'tankesmie', en: '' })).toEqual({});
    expect(checkPersonalTerm({ nb: '  ', en: 'think tank' })).toEqual({});
  });

  it('reports both sides empty once', () => {
    expect(checkPersonalTerm({ nb: '', en: ' ' })).toEqual({ both: 'empty' });
  });

  it('checks each filled side', () => {
    expect(checkPersonalTerm({ nb: '1984', en: 'x'.repeat(201) })).toEqual({ nb: 'no-letters', en: 'too-long' });
    expect(checkPersonalTerm({ nb: '', en: '!!!' })).toEqual({ en: 'no-letters' });
  });
});
