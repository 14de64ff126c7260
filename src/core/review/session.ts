// The day's review allowance: how many new cards and reviews are left today, from today's log and the learner's limits.
import type { ReviewDirection, ReviewLogEntry } from './card';
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

/** From today's log lines: new cards and reviews still allowed today. */
export function allowanceLeft(todaysLog: readonly ReviewLogEntry[], settings: ReviewSettings): { newCards: number; reviews: number } {
  const grades = standingGrades(todaysLog);
  const introduced = grades.filter((entry) => entry.before.state === NEW).length;
  return {
    newCards: Math.max(0, settings.newPerDay - introduced),
    reviews: Math.max(0, settings.maxReviewsPerDay - (grades.length - introduced)),
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
