// Statuses in bulk: what the reader's marks and the library's "known" counts show.
import { describe, expect, it } from 'vitest';
import { newCard, type ReviewCard } from './card';
import { knownByArticle, statusesByTerm } from './termStatuses';

const known = (termId: string, direction: ReviewCard['direction']): ReviewCard => ({ ...newCard(termId, direction, 0), queue: 'known' });
const learning = (termId: string, direction: ReviewCard['direction']): ReviewCard => ({ ...newCard(termId, direction, 0), queue: 'review', state: 1 });

describe('term statuses in bulk', () => {
  it('gives each term the status of all its cards together', () => {
    const cards = [known('k', 'recognition'), known('k', 'recall'), known('half', 'recognition'), learning('half', 'recall'), newCard('n', 'recognition', 0), newCard('n', 'recall', 0)];
    expect(Object.fromEntries(statusesByTerm(cards))).toEqual({ k: 'known', half: 'learning', n: 'new' });
  });

  it('a term marked known whose cards were then deleted and restored keeps what its live cards say', () => {
    const cards = [known('k', 'recognition'), { ...known('k', 'recall'), queue: 'deleted' as const }];
    expect(statusesByTerm(cards).get('k')).toBe('known');
  });

  it('counts per article the known terms of all terms saved from it, leaving out terms saved elsewhere', () => {
    const statuses = new Map([
      ['a', 'known'],
      ['b', 'learning'],
      ['c', 'known'],
      ['free', 'known'],
    ] as const);
    const terms = [
      { id: 'a', articleId: 'one' },
      { id: 'b', articleId: 'one' },
      { id: 'unseen', articleId: 'one' },
      { id: 'c', articleId: 'two' },
      { id: 'free', articleId: undefined },
    ];
    expect(Object.fromEntries(knownByArticle(terms, statuses))).toEqual({ one: { known: 1, total: 3 }, two: { known: 1, total: 1 } });
  });
});
