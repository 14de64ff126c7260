// Figures for the progress page, from the cards and the log: reviews per day, cards due per day ahead, terms by state, retention achieved.
import type { ReviewCard, ReviewLogEntry, TermStatus } from './card';
import { termStatus } from './card';
import { standingGrades } from './session';

const DAY = 86_400_000;

export interface DayCount {
  /** Start of the day, epoch ms. */
  day: number;
  count: number;
}

/** Standing grades per day over the `days` days ending with the one starting at `today`. */
export function reviewsPerDay(log: readonly ReviewLogEntry[], today: number, days: number): DayCount[] {
  const counts: DayCount[] = Array.from({ length: days }, (_, i) => ({ day: today - (days - 1 - i) * DAY, count: 0 }));
  const first = counts[0]?.day ?? today;
  for (const entry of standingGrades(log)) {
    const index = Math.floor((entry.at - first) / DAY);
    const slot = counts[index];
    if (slot) slot.count++;
  }
  return counts;
}

/** Cards in the review queue due on each of the next `days` days; the first day also takes those already overdue. */
export function dueAhead(cards: readonly ReviewCard[], today: number, days: number): DayCount[] {
  const counts: DayCount[] = Array.from({ length: days }, (_, i) => ({ day: today + i * DAY, count: 0 }));
  for (const card of cards) {
    if (card.queue !== 'review') continue;
    const index = Math.max(0, Math.floor((card.due - today) / DAY));
    const slot = counts[index];
    if (slot) slot.count++;
  }
  return counts;
}

export function termsByStatus(cards: readonly ReviewCard[], termIds: readonly string[]): Record<TermStatus, number> {
  const byTerm = new Map<string, ReviewCard[]>();
  for (const card of cards) byTerm.set(card.termId, [...(byTerm.get(card.termId) ?? []), card]);
  const result: Record<TermStatus, number> = { new: 0, learning: 0, known: 0 };
  for (const id of termIds) result[termStatus(byTerm.get(id) ?? [])]++;
  return result;
}

/** Share of Good and Easy among grades of cards that were in review (not new or in learning steps); null with none. */
export function achievedRetention(log: readonly ReviewLogEntry[]): { share: number; reviews: number } | null {
  const reviews = standingGrades(log).filter((entry) => entry.before.state === 2);
  if (reviews.length === 0) return null;
  return { share: reviews.filter((entry) => entry.grade >= 3).length / reviews.length, reviews: reviews.length };
}
