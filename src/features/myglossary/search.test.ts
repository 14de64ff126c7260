import { describe, expect, it } from 'vitest';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { foldForSearch } from '../../core/text/fold';
import { matchesWords, queryWords, searchText, sortTerms } from './search';

function term(nb: string, en: string, createdAt = 0, note = ''): PersonalTerm {
  return { id: `${nb}|${en}`, terms: { nb, en }, note, createdAt, updatedAt: createdAt };
}

const finds = (query: string, text: string) => matchesWords(foldForSearch(text), queryWords(query));

describe('queryWords and matchesWords', () => {
  it('finds café for cafe but not øl for ol, nor på for pa', () => {
    expect(finds('cafe', 'kafé / café')).toBe(true);
    expect(finds('ol', 'øl')).toBe(false);
    expect(finds('øl', 'Øl')).toBe(true);
    expect(finds('pa', 'på')).toBe(false);
    expect(finds('blabaer', 'blåbær')).toBe(false);
  });

  it('needs every word of the query, in any order', () => {
    expect(finds('tank think', 'think tank')).toBe(true);
    expect(finds('think fish', 'think tank')).toBe(false);
    expect(finds('   ', 'anything')).toBe(true);
  });

  it('searches both terms and the note', () => {
    const text = searchText(term('tankesmie', 'think tank', 0, 'Som «policy institute»'));
    expect(matchesWords(text, queryWords('POLICY'))).toBe(true);
    expect(matchesWords(text, queryWords('smie'))).toBe(true);
  });
});

describe('sortTerms', () => {
  const terms = [term('øl', 'beer', 1), term('ærlig', 'honest', 2), term('åpen', 'open', 3), term('zebra', 'zebra', 4), term('', 'remand', 5), term('Bok', 'book', 6)];

  it('newest first', () => {
    expect(sortTerms(terms, 'newest', 'nb').map((t) => t.createdAt)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('A–Z in bokmål puts æ, ø, å after z, and a term without a Norwegian side under its English one', () => {
    expect(sortTerms(terms, 'alpha', 'nb').map((t) => t.terms.nb || t.terms.en)).toEqual(['Bok', 'remand', 'zebra', 'ærlig', 'øl', 'åpen']);
  });

  it('A–Z in English sorts by the English terms', () => {
    expect(sortTerms(terms, 'alpha', 'en').map((t) => t.terms.en)).toEqual(['beer', 'book', 'honest', 'open', 'remand', 'zebra']);
  });

  it('does not change its input', () => {
    const copy = [...terms];
    sortTerms(terms, 'alpha', 'nb');
    expect(terms).toEqual(copy);
  });
});
