import { describe, expect, it } from 'vitest';
import { countWords, wordSpans } from './words';

describe('words', () => {
  it('finds words with æøå, apostrophes and hyphens, and counts them', () => {
    const text = 'Tadsjikistans «president» – Putin’s IS-fløy, 2024!';
    expect(wordSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Tadsjikistans', 'president', 'Putin’s', 'IS-fløy', '2024']);
    expect(countWords(text)).toBe(5);
  });
});
