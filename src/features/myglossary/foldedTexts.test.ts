import { describe, expect, it } from 'vitest';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { findTerms, FoldedTexts } from './foldedTexts';
import { queryWords } from './search';

function term(id: string, nb: string, en: string, note = ''): PersonalTerm {
  return { id, terms: { nb, en }, note, createdAt: 0, updatedAt: 0 };
}

const terms = [term('a', 'Blåbær', 'blueberry'), term('b', 'kafé', 'café', 'Som «coffee shop»'), term('c', 'øl', 'beer'), term('d', 'tankesmie', 'think tank')];

describe('FoldedTexts', () => {
  it('folds case and accents but keeps æ, ø and å, as the search always has', () => {
    expect(new FoldedTexts().textsOf(terms)).toEqual(['blåbær\nblueberry\n', 'kafe\ncafe\nsom «coffee shop»', 'øl\nbeer\n', 'tankesmie\nthink tank\n']);
  });

  it('gives a re-read term (a new object with the same text) the text folded before, and folds an edited one afresh', () => {
    const folded = new FoldedTexts();
    const [first] = folded.textsOf([term('b', 'Kafé', 'café')]);
    const [again] = folded.textsOf([term('b', 'Kafé', 'café')]);
    expect(again).toBe(first);
    expect(folded.textsOf([term('b', 'Kafé', 'coffee')])).toEqual(['kafe\ncoffee\n']);
  });
});

describe('findTerms', () => {
  const texts = new FoldedTexts().textsOf(terms);
  const find = (query: string, keep: (t: PersonalTerm) => boolean = () => true) => findTerms(terms, texts, queryWords(query), keep).map((t) => t.id);

  it('finds every term holding all words of the query, in the list’s order', () => {
    expect(find('cafe')).toEqual(['b']);
    expect(find('COFFEE kafe')).toEqual(['b']);
    expect(find('e')).toEqual(['a', 'b', 'c', 'd']);
    expect(find('ol')).toEqual([]);
    expect(find('smie')).toEqual(['d']);
  });

  it('an empty query keeps every term the filter keeps, without folded texts', () => {
    expect(findTerms(terms, undefined, [], (t) => t.id !== 'c').map((t) => t.id)).toEqual(['a', 'b', 'd']);
    expect(find('e', (t) => t.id === 'c')).toEqual(['c']);
  });
});
