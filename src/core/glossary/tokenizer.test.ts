// Unit tests for the word tokenizer: Unicode word boundaries and offsets.
import { describe, expect, it } from 'vitest';
import { TokenBuffer, firstTermWord, foldCase, normalizeGap, termWordSpans, tokenizeWords } from './tokenizer';

function words(text: string): string[] {
  const buffer = new TokenBuffer(4);
  const count = tokenizeWords(text, buffer);
  const found: string[] = [];
  for (let k = 0; k < count; k++) found.push(text.slice(buffer.starts[k], buffer.ends[k]));
  // The RegExp-based splitters for glossary terms must agree with the scanner.
  expect(termWordSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(found);
  const first = firstTermWord(text);
  expect(first === null ? [] : [text.slice(first[0], first[1]), first[2]]).toEqual(found.length === 0 ? [] : [found[0], found.length > 1]);
  return found;
}

describe('tokenizeWords', () => {
  it('keeps æøå inside words, where \\b would split them', () => {
    expect(words('Kjøl øl på Tromsø')).toEqual(['Kjøl', 'øl', 'på', 'Tromsø']);
  });

  it('splits at hyphens and apostrophes', () => {
    expect(words("IS-fløyen, IS' fløy og Kremlin’s linje")).toEqual(['IS', 'fløyen', 'IS', 'fløy', 'og', 'Kremlin', 's', 'linje']);
  });

  it('keeps combining marks and digits in the word', () => {
    expect(words('pa\u030A 2022 G7')).toEqual(['pa\u030A', '2022', 'G7']);
  });

  it('handles letters outside the BMP as one word', () => {
    expect(words('a 𝒜𝒷 c')).toEqual(['a', '𝒜𝒷', 'c']);
  });

  it('finds nothing in empty text or text without letters', () => {
    expect(words('')).toEqual([]);
    expect(words(' – 12:30? … «» ')).toEqual(['12', '30']);
    expect(words('— !? ')).toEqual([]);
  });

  it('grows its buffer past the initial capacity', () => {
    const buffer = new TokenBuffer(2);
    const text = 'en to tre fire fem seks';
    expect(tokenizeWords(text, buffer)).toBe(6);
    expect(text.slice(buffer.starts[5], buffer.ends[5])).toBe('seks');
  });
});

describe('normalizeGap and foldCase', () => {
  it('reads any whitespace as one space and typographic hyphens as ASCII', () => {
    expect(normalizeGap(' \n\u00a0')).toBe(' ');
    expect(normalizeGap('\u2011')).toBe('-');
  });

  it('lower-cases ÆØÅ and composes decomposed letters', () => {
    expect(foldCase('ØL PÅ')).toBe('øl på');
    expect(foldCase('PA\u030A')).toBe('på');
  });
});
