// Scheduling through ts-fsrs (FSRS-6): the four grades' outcomes for a card, and the card after one of them. The clock is passed in.
import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { GRADES, type CardState, type Grade, type Schedule } from './card';
import { RETENTION } from './session';

const schedulers = new Map<number, FSRS>();

/** One scheduler per desired retention; no fuzz, so the same history always gives the same intervals. */
function schedulerFor(retention: number): FSRS {
  const clamped = Math.min(RETENTION.max, Math.max(RETENTION.min, retention));
  let scheduler = schedulers.get(clamped);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: clamped, enable_fuzz: false }));
    schedulers.set(clamped, scheduler);
  }
  return scheduler;
}

function toFsrs(schedule: Schedule): Card {
  const card: Card = {
    ...createEmptyCard(new Date(schedule.due)),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: schedule.state,
  };
  if (schedule.lastReview !== undefined) card.last_review = new Date(schedule.lastReview);
  return card;
}

function fromFsrs(card: Card): Schedule {
  const schedule: Schedule = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
  };
  if (card.last_review) schedule.lastReview = new Date(card.last_review).getTime();
  return schedule;
}

/** The schedule after grading `schedule` at `now`. */
export function grade(schedule: Schedule, rating: Grade, now: number, retention: number = RETENTION.default): Schedule {
  return fromFsrs(schedulerFor(retention).next(toFsrs(schedule), new Date(now), rating as FsrsGrade).card);
}

/** What each grade would give, for the buttons: the next schedule per grade. */
export function previewGrades(schedule: Schedule, now: number, retention: number = RETENTION.default): Record<Grade, Schedule> {
  const preview = schedulerFor(retention).repeat(toFsrs(schedule), new Date(now));
  const result = {} as Record<Grade, Schedule>;
  for (const rating of GRADES) result[rating] = fromFsrs(preview[rating as FsrsGrade].card);
  return result;
}

/** A wait in the largest whole unit that fits it, for a button label ("10 min", "3 d"). */
export type Interval = { unit: 'minute' | 'hour' | 'day' | 'month' | 'year'; count: number };

export function intervalBetween(now: number, due: number): Interval {
  const minutes = Math.max(1, Math.round((due - now) / 60_000));
  if (minutes < 60) return { unit: 'minute', count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { unit: 'hour', count: hours };
  const days = Math.round(hours / 24);
  if (days < 31) return { unit: 'day', count: days };
  if (days < 365) return { unit: 'month', count: Math.round(days / 30.4) };
  return { unit: 'year', count: Math.round((days / 365) * 10) / 10 };
}
