// A review card (one direction of one personal term) and its review log entry as stored: plain numbers, no Dates, no scheduler.

/** recognition: the Norwegian term in its sentence → its meaning; recall: the English cue → the Norwegian term. */
export type ReviewDirection = 'recognition' | 'recall';
export const DIRECTIONS: readonly ReviewDirection[] = ['recognition', 'recall'];

/** FSRS states as ts-fsrs numbers them: New 0, Learning 1, Review 2, Relearning 3. */
export type CardState = 0 | 1 | 2 | 3;
export const NEW: CardState = 0;

/** Which queue a card waits in; indexed with its direction and due time, so counting due cards is an index count. */
export type CardQueue = 'new' | 'review' | 'known' | 'deleted';

/** The scheduler's numbers for a card, as ts-fsrs keeps them (dates as epoch milliseconds). */
export interface Schedule {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: number;
}

export interface ReviewCard extends Schedule {
  /** `${termId}:${direction}` */
  id: string;
  termId: string;
  direction: ReviewDirection;
  queue: CardQueue;
  /** When the queue last changed (a delete's undo window is measured from it). */
  updatedAt: number;
}

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/**
 * One line of the append-only review log. A grade records the card before and after; an undo is a line of its own
 * naming the grade it took back (the card returns to that grade's `before`), so nothing already written changes.
 */
export type ReviewLogEntry =
  | { seq?: number; kind: 'grade'; cardId: string; termId: string; at: number; grade: Grade; before: Schedule; after: Schedule }
  | { seq?: number; kind: 'undo'; cardId: string; termId: string; at: number; undoes: number };

export const cardId = (termId: string, direction: ReviewDirection): string => `${termId}:${direction}`;

/** A new card, due from the moment its term was saved, so new cards come in the order they were saved. */
export function newCard(termId: string, direction: ReviewDirection, createdAt: number): ReviewCard {
  return {
    id: cardId(termId, direction),
    termId,
    direction,
    queue: 'new',
    updatedAt: createdAt,
    due: createdAt,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: NEW,
  };
}

/** Both cards of every term given. */
export function cardsForTerms(terms: readonly { id: string; createdAt: number }[]): ReviewCard[] {
  return terms.flatMap((term) => DIRECTIONS.map((direction) => newCard(term.id, direction, term.createdAt)));
}

export function scheduleOf(card: Schedule): Schedule {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = card;
  const schedule: Schedule = { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state };
  if (lastReview !== undefined) schedule.lastReview = lastReview;
  return schedule;
}

/** The queue a schedule belongs in (a card marked known or deleted keeps that queue until it is changed on purpose). */
export const queueOf = (schedule: Schedule): CardQueue => (schedule.state === NEW ? 'new' : 'review');

/** A card with a new schedule, in the queue that schedule belongs to. */
export function withSchedule(card: ReviewCard, schedule: Schedule, now: number): ReviewCard {
  const { lastReview: _dropped, ...rest } = card;
  return { ...rest, ...schedule, queue: queueOf(schedule), updatedAt: now };
}

/** A term's status for the reader: known once every card is known or has an interval of three weeks or more. */
export type TermStatus = 'new' | 'learning' | 'known';
export const KNOWN_AFTER_DAYS = 21;

export function termStatus(cards: readonly ReviewCard[]): TermStatus {
  const live = cards.filter((card) => card.queue !== 'deleted');
  if (live.length === 0 || live.every((card) => card.queue === 'new')) return 'new';
  const known = (card: ReviewCard) => card.queue === 'known' || (card.state === 2 && card.scheduledDays >= KNOWN_AFTER_DAYS);
  return live.every(known) ? 'known' : 'learning';
}
