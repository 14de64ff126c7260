// The word under a tap and the word the keyboard steps to, by offset in a sentence.
import { describe, expect, it } from 'vitest';
import { stepWord, wordAt } from './wordAt';

const SENTENCE = 'Det strider mot «alt», sa Lukašenko i 2024.';
const at = (word: string) => SENTENCE.indexOf(word);
const text = (span: { start: number; end: number } | undefined) => (span ? SENTENCE.slice(span.start, span.end) : undefined);

describe('wordAt', () => {
  it('finds the word an offset falls in, letters beyond ASCII included', () => {
    expect(text(wordAt(SENTENCE, at('strider') + 3))).toBe('strider');
    expect(text(wordAt(SENTENCE, at('Lukašenko') + 5))).toBe('Lukašenko');
    expect(text(wordAt(SENTENCE, at('2024')))).toBe('2024');
  });

  it('takes an offset just past a word as that word, and none between words', () => {
    expect(text(wordAt(SENTENCE, at('mot') + 3))).toBe('mot');
    expect(wordAt(SENTENCE, at('«alt»'))).toBeUndefined();
  });
});

describe('stepWord', () => {
  it('steps forward and back through the words, starting from either end', () => {
    const first = stepWord(SENTENCE, undefined, 1);
    expect(text(first)).toBe('Det');
    expect(text(stepWord(SENTENCE, first, 1))).toBe('strider');
    expect(text(stepWord(SENTENCE, undefined, -1))).toBe('2024');
    expect(text(stepWord(SENTENCE, wordAt(SENTENCE, at('alt')), -1))).toBe('mot');
  });

  it('gives nothing past either end', () => {
    expect(stepWord(SENTENCE, stepWord(SENTENCE, undefined, -1), 1)).toBeUndefined();
    expect(stepWord(SENTENCE, stepWord(SENTENCE, undefined, 1), -1)).toBeUndefined();
  });
});
