// The day's allowance and the progress figures, from hand-made log lines.
import { describe, expect, it } from 'vitest';
import { newCard, termStatus, type ReviewLogEntry, type Schedule } from './card';
import { allowanceLeft, dueTotal, nextTwo, REVIEW_DEFAULTS, startOfDay, standingGrades, tallyFromCounts, tallyOf } from './session';
import { achievedRetention, dueAhead, reviewsPerDay, termsByStatus } from './stats';

const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 0, 5);
const fresh: Schedule = { due: 0, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 };
const inReview: Schedule = { ...fresh, state: 2, reps: 3, scheduledDays: 5 };
const line = (seq: number, at: number, grade: 1 | 2 | 3 | 4, before: Schedule): ReviewLogEntry => ({ seq, kind: 'grade', cardId: `c${seq}`, termId: 't', at, grade, before, after: inReview });

describe('review session', () => {
  it('an undone grade no longer counts', () => {
    const log: ReviewLogEntry[] = [line(1, TODAY, 3, fresh), line(2, TODAY, 1, inReview), { seq: 3, kind: 'undo', cardId: 'c2', termId: 't', at: TODAY, undoes: 2 }];
    expect(standingGrades(log).map((l) => l.seq)).toEqual([1]);
  });

  it('new cards introduced today use up the new-card allowance, other grades the review allowance', () => {
    const log = [line(1, TODAY, 3, fresh), line(2, TODAY, 3, fresh), line(3, TODAY, 3, inReview)];
    expect(allowanceLeft(tallyOf(log), { ...REVIEW_DEFAULTS, newPerDay: 2, maxReviewsPerDay: 5 })).toEqual({ newCards: 0, reviews: 4 });
    expect(dueTotal(10, 7, { newCards: 3, reviews: 4 })).toBe(7);
  });

  it('counted without reading the lines, the tally is the same as from the lines', () => {
    const log: ReviewLogEntry[] = [line(1, TODAY, 3, fresh), line(2, TODAY, 3, fresh), line(3, TODAY, 1, inReview), line(4, TODAY, 3, inReview)];
    const undos: ReviewLogEntry[] = [{ seq: 5, kind: 'undo', cardId: 'c2', termId: 't', at: TODAY, undoes: 2 }, { seq: 6, kind: 'undo', cardId: 'c3', termId: 't', at: TODAY, undoes: 3 }];
    const undone = [log[1], log[2]].flatMap((entry) => (entry?.kind === 'grade' ? [entry] : []));
    expect(tallyFromCounts(4, 2, undone)).toEqual(tallyOf([...log, ...undos]));
    expect(tallyOf([...log, ...undos])).toEqual({ introduced: 1, reviewed: 1 });
  });

  it('the day starts at local midnight', () => {
    expect(startOfDay(TODAY + 5 * 3_600_000, 0)).toBe(TODAY);
    // Oslo in winter is UTC+1 (offset -60): 00:30 local on the 5th is 23:30 UTC on the 4th.
    expect(startOfDay(TODAY - 30 * 60_000, -60)).toBe(TODAY - 3_600_000);
  });
});

describe('progress figures', () => {
  it('counts standing grades per day over the window, oldest first', () => {
    const log = [line(1, TODAY - DAY + 5, 3, fresh), line(2, TODAY + 10, 3, fresh), line(3, TODAY + 20, 3, fresh), line(4, TODAY - 40 * DAY, 3, fresh)];
    expect(reviewsPerDay(log, TODAY, 3).map((d) => d.count)).toEqual([0, 1, 2]);
  });

  it('counts review cards due per day ahead, overdue ones today', () => {
    const card = (due: number) => ({ ...newCard(`t${due}`, 'recognition', 0), queue: 'review' as const, state: 2 as const, due });
    expect(dueAhead([card(TODAY - 3 * DAY), card(TODAY + 2), card(TODAY + DAY + 1), newCard('n', 'recall', TODAY)], TODAY, 3).map((d) => d.count)).toEqual([2, 1, 0]);
  });

  it('sorts terms by status: new without reviews, known once every card is known or three weeks out', () => {
    const known = { ...newCard('k', 'recognition', 0), queue: 'review' as const, state: 2 as const, scheduledDays: 30 };
    const knownToo = { ...newCard('k', 'recall', 0), queue: 'known' as const };
    const learning = { ...newCard('l', 'recognition', 0), queue: 'review' as const, state: 1 as const };
    expect(termStatus([known, knownToo])).toBe('known');
    expect(termsByStatus([known, knownToo, learning, newCard('l', 'recall', 0)], ['k', 'l', 'n'])).toEqual({ new: 1, learning: 1, known: 1 });
  });

  it('achieved retention is the share of Good and Easy among review-state grades', () => {
    const log = [line(1, TODAY, 3, inReview), line(2, TODAY, 1, inReview), line(3, TODAY, 4, inReview), line(4, TODAY, 1, fresh)];
    expect(achievedRetention(log)).toEqual({ share: 2 / 3, reviews: 3 });
    expect(achievedRetention([])).toBeNull();
  });
});

describe('the next two cards', () => {
  const card = (id: string, due: number, state: 0 | 2) => ({ id, due, state });
  const left = { newCards: 5, reviews: 5 };

  it('reviews come before new cards, most overdue first; the one after is the next in turn', () => {
    const reviews = [card('r2', 20, 2), card('r1', 10, 2)];
    const news = [card('n1', 1, 0)];
    expect(nextTwo(reviews, news, left, false).map((c) => c?.id)).toEqual(['r1', 'r2']);
    // With the last review graded, the new cards' turn comes.
    expect(nextTwo([card('r1', 10, 2)], news, left, false).map((c) => c?.id)).toEqual(['r1', 'n1']);
  });

  it('the graded card uses up today\'s allowance: after the last review allowed or the last new card allowed, nothing more of that kind', () => {
    const reviews = [card('r1', 10, 2), card('r2', 20, 2)];
    expect(nextTwo(reviews, [], { newCards: 5, reviews: 1 }, false).map((c) => c?.id)).toEqual(['r1', undefined]);
    expect(nextTwo([], [card('n1', 1, 0), card('n2', 2, 0)], { newCards: 1, reviews: 5 }, false).map((c) => c?.id)).toEqual(['n1', undefined]);
    // Studying ahead goes past the review allowance.
    expect(nextTwo(reviews, [], { newCards: 5, reviews: 0 }, true).map((c) => c?.id)).toEqual(['r1', 'r2']);
  });

  it('cards that cannot be shown are passed over', () => {
    const news = [card('n1', 1, 0), card('n2', 2, 0), card('n3', 3, 0)];
    expect(nextTwo([], news, left, false, (c) => c.id !== 'n1').map((c) => c?.id)).toEqual(['n2', 'n3']);
    expect(nextTwo([], [], left, false)).toEqual([undefined, undefined]);
  });
});
