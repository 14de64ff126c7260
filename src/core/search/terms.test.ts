import { describe, expect, it } from 'vitest';
import { parseQuery, searchWordSpans, termsMatch, wordTerms } from './terms';

const words = (text: string) => searchWordSpans(text).map(({ start, end }) => text.slice(start, end));

describe('searchWordSpans', () => {
  it('splits at hyphens and apostrophes, keeps æøå and combining accents inside words', () => {
    expect(words('Putin’s IS-fløy, «kafe\u0301» 2024!')).toEqual(['Putin', 's', 'IS', 'fløy', 'kafe\u0301', '2024']);
  });
});

describe('wordTerms', () => {
  it('folds, then stems in the language of the text, and keeps the folded word when it differs', () => {
    expect(wordTerms('Tankesmien', 'nb')).toEqual(['tankesmi', 'tankesmien']);
    expect(wordTerms('tankesmier', 'nb')).toEqual(['tankesmi', 'tankesmier']);
    expect(wordTerms('sanksjonene', 'nb')).toEqual(['sanksjon', 'sanksjonene']);
    expect(wordTerms('attacks', 'en')).toEqual(['attack', 'attacks']);
    expect(wordTerms('Belarus', 'nb')).toEqual(['belarus']);
  });

  it('stems words with æ, ø and å, which folding keeps (composed) for the Norwegian stemmer', () => {
    expect(wordTerms('Blåbærene', 'nb')).toEqual(['blåbær', 'blåbærene']);
    expect(wordTerms('bla\u030Abærene', 'nb')).toEqual(['blåbær', 'blåbærene']);
    expect(wordTerms('hærens', 'nb')).toEqual(['hær', 'hærens']);
  });

  it('gives no terms for a stop word of the language of the text', () => {
    expect(wordTerms('Og', 'nb')).toEqual([]);
    expect(wordTerms('by', 'en')).toEqual([]);
    expect(wordTerms('by', 'nb')).toEqual(['by']); // a city in bokmål
  });

  it('drops accents before stemming, so both spellings stem alike', () => {
    expect(wordTerms('kafé', 'nb')).toEqual(wordTerms('kafe', 'nb'));
    expect(wordTerms('Lukašenko', 'nb')).toEqual(['lukasenko']);
  });
});

describe('parseQuery', () => {
  it('takes earlier words whole and the word being typed as a prefix too', () => {
    expect(parseQuery('sanksjonene tanke')).toEqual([
      { stems: { nb: 'sanksjon', en: 'sanksjonen' }, prefix: null },
      { stems: { nb: 'tank', en: 'tank' }, prefix: 'tanke' },
    ]);
  });

  it('takes the last word whole once something follows it', () => {
    expect(parseQuery('tanke ')[0]?.prefix).toBeNull();
    expect(parseQuery('tanke,')[0]?.prefix).toBeNull();
  });

  it('drops a one-letter last word, unless it is the only word: then it is a whole word', () => {
    expect(parseQuery('tankesmie b')).toHaveLength(1);
    expect(parseQuery('å')).toEqual([{ stems: { nb: 'å', en: 'å' }, prefix: null }]);
  });

  it('drops stop words when there are other words, and keeps them when there are not', () => {
    expect(parseQuery('attack on the concert ').map((word) => word.stems.en)).toEqual(['attack', 'concert']);
    expect(parseQuery('hvorfor ikke ').map((word) => word.stems.nb)).toEqual(['hvorfor']);
    expect(parseQuery('og').map((word) => word.stems.nb)).toEqual(['og']);
  });

  it('folds the query and drops repeated words', () => {
    expect(parseQuery('KAFÉ kafe ')).toEqual([{ stems: { nb: 'kaf', en: 'kafe' }, prefix: null }]);
    expect(parseQuery('  ')).toEqual([]);
  });
});

describe('termsMatch', () => {
  const matches = (query: string, word: string, lang: 'nb' | 'en') => parseQuery(query).every((q) => termsMatch(wordTerms(word, lang), lang, q));

  it('matches a stem in its own language only', () => {
    expect(matches('sanksjonene ', 'sanksjoner', 'nb')).toBe(true);
    expect(matches('attacks ', 'attacked', 'en')).toBe(true);
    expect(matches('attacks ', 'attacked', 'nb')).toBe(false);
  });

  it('matches a prefix against the folded word, so a half-typed word finds what the stemmer cut short', () => {
    expect(matches('myndighe', 'myndighetene', 'nb')).toBe(true);
    expect(wordTerms('myndighetene', 'nb')[0]).toBe('mynd'); // the stem alone would not start with "myndighe"
    expect(matches('ol', 'øl', 'nb')).toBe(false);
    expect(matches('ar', 'år', 'nb')).toBe(false);
  });
});
