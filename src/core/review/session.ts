// The day's review allowance: how many new cards and reviews are left today, from today's log and the learner's limits.
import type { ReviewCard, ReviewDirection, ReviewLogEntry } from './card';
import { NEW } from './card';

/** Desired retention: the range the setting allows, and its default. */
export const RETENTION = { min: 0.8, max: 0.97, default: 0.9 } as const;

export interface ReviewSettings {
  /** Desired retention, 0.8–0.97. */
  retention: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  directions: Record<ReviewDirection, boolean>;
}

export const REVIEW_DEFAULTS: ReviewSettings = {
  retention: 0.9,
  newPerDay: 20,
  maxReviewsPerDay: 200,
  directions: { recognition: true, recall: true },
};

export const enabledDirections = (settings: ReviewSettings): ReviewDirection[] =>
  (['recognition', 'recall'] as const).filter((direction) => settings.directions[direction]);

/** Grades that still count: those no undo line has taken back. */
export function standingGrades(log: readonly ReviewLogEntry[]): Extract<ReviewLogEntry, { kind: 'grade' }>[] {
  const undone = new Set(log.flatMap((entry) => (entry.kind === 'undo' ? [entry.undoes] : [])));
  return log.filter((entry): entry is Extract<ReviewLogEntry, { kind: 'grade' }> => entry.kind === 'grade' && !undone.has(entry.seq ?? -1));
}

/** Today's grades that still count: how many introduced a new card, and how many were reviews of a card seen before. */
export interface DayTally {
  introduced: number;
  reviewed: number;
}

/** The tally from today's log lines. */
export function tallyOf(todaysLog: readonly ReviewLogEntry[]): DayTally {
  const grades = standingGrades(todaysLog);
  const introduced = grades.filter((entry) => entry.before.state === NEW).length;
  return { introduced, reviewed: grades.length - introduced };
}

/**
 * The tally from what the store counts without reading a line: today's grades and those among them that introduced a
 * new card, less today's grades that undo lines have taken back (`undone`, the grade lines themselves).
 */
export function tallyFromCounts(grades: number, introduced: number, undone: readonly Extract<ReviewLogEntry, { kind: 'grade' }>[]): DayTally {
  const undoneNew = undone.filter((entry) => entry.before.state === NEW).length;
  return { introduced: introduced - undoneNew, reviewed: grades - introduced - (undone.length - undoneNew) };
}

/** New cards and reviews still allowed today. */
export function allowanceLeft(tally: DayTally, settings: ReviewSettings): { newCards: number; reviews: number } {
  return {
    newCards: Math.max(0, settings.newPerDay - tally.introduced),
    reviews: Math.max(0, settings.maxReviewsPerDay - tally.reviewed),
  };
}

/** What the header shows: reviews due (up to the day's maximum) plus the new cards still allowed today. */
export function dueTotal(reviewsDue: number, newWaiting: number, left: { newCards: number; reviews: number }): number {
  return Math.min(reviewsDue, left.reviews) + Math.min(newWaiting, left.newCards);
}

/** Local midnight before `now`, for a clock `offsetMinutes` behind UTC (Date#getTimezoneOffset). */
export function startOfDay(now: number, offsetMinutes: number): number {
  const day = 86_400_000;
  const local = now - offsetMinutes * 60_000;
  return local - (((local % day) + day) % day) + offsetMinutes * 60_000;
}

type Allowance = { newCards: number; reviews: number };
type Queued = Pick<ReviewCard, 'id' | 'due' | 'state'>;

/** The cards in the order they come up now: reviews (most overdue first) while today's allowance lasts, or when studying ahead; new cards only when no review is due. */
function inTurn<C extends Queued>(reviews: readonly C[], news: readonly C[], left: Allowance, ahead: boolean): C[] {
  let candidates = left.reviews > 0 || ahead ? [...reviews] : [];
  if (candidates.length === 0 && left.newCards > 0) candidates = [...news];
  return candidates.sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
}

/**
 * The card to show now and the one after it, from the head of each queue (each sorted by due time) and today's allowance.
 * The one after assumes the first is graded: it leaves its queue and uses up one of today's new cards or reviews, so the
 * page can show it the moment a grade is given. `usable` skips cards that cannot be shown (a term gone missing).
 */
export function nextTwo<C extends Queued>(reviews: readonly C[], news: readonly C[], left: Allowance, ahead: boolean, usable: (card: C) => boolean = () => true): [C | undefined, C | undefined] {
  const next = inTurn(reviews, news, left, ahead).find(usable);
  if (!next) return [undefined, undefined];
  const spent = next.state === NEW ? { ...left, newCards: left.newCards - 1 } : { ...left, reviews: left.reviews - 1 };
  const others = (cards: readonly C[]) => cards.filter((card) => card.id !== next.id);
  return [next, inTurn(others(reviews), others(news), spent, ahead).find(usable)];
}
