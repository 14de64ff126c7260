// Reading the review queue: the learner's review settings, how many cards are due, and which card comes next. No scheduler here, so the header's count stays small.
import Dexie from 'dexie';
import type { PersonalTerm } from '../core/personal/personalTerm';
import { NEW, type CardQueue, type ReviewCard, type ReviewDirection, type ReviewLogEntry } from '../core/review/card';
import { allowanceLeft, dueTotal, enabledDirections, nextTwo, REVIEW_DEFAULTS, startOfDay, tallyFromCounts, type DayTally, type ReviewSettings } from '../core/review/session';
import type { TolkDB } from './db';
import type { Settings } from './types';

export function reviewSettingsOf(settings: Partial<Settings>): ReviewSettings {
  return {
    retention: settings.reviewRetention ?? REVIEW_DEFAULTS.retention,
    newPerDay: settings.reviewNewPerDay ?? REVIEW_DEFAULTS.newPerDay,
    maxReviewsPerDay: settings.reviewMaxPerDay ?? REVIEW_DEFAULTS.maxReviewsPerDay,
    directions: {
      recognition: settings.reviewRecognition ?? REVIEW_DEFAULTS.directions.recognition,
      recall: settings.reviewRecall ?? REVIEW_DEFAULTS.directions.recall,
    },
  };
}

export async function readReviewSettings(db: TolkDB): Promise<ReviewSettings> {
  const keys = ['reviewRetention', 'reviewNewPerDay', 'reviewMaxPerDay', 'reviewRecognition', 'reviewRecall'] as const;
  const rows = await db.settings.bulkGet([...keys]);
  return reviewSettingsOf(Object.fromEntries(rows.flatMap((row) => (row ? [[row.key, row.value]] : []))) as Partial<Settings>);
}

const today = (now: number) => startOfDay(now, new Date(now).getTimezoneOffset());

/** The top of the due index, for "whatever its due time". */
const MAX_DUE = Dexie.maxKey as unknown as number;

function inQueue(db: TolkDB, direction: ReviewDirection, queue: CardQueue, until: number) {
  return db.cards.where('[direction+queue+due]').between([direction, queue, Dexie.minKey], [direction, queue, until], true, true);
}

type GradeLine = Extract<ReviewLogEntry, { kind: 'grade' }>;

/**
 * Today's tally from index counts (schema v7): reading today's log lines themselves costs tens of milliseconds when
 * the store is cold. Only today's undo lines are read, and the grades they took back (a learner undoes a few a day).
 */
export async function todaysTally(db: TolkDB, now: number): Promise<DayTally> {
  const from = today(now);
  const [grades, introduced, undos] = await Promise.all([
    db.reviewLog.where('[kind+at]').between(['grade', from], ['grade', MAX_DUE], true, true).count(),
    db.reviewLog.where('[before.state+at]').between([NEW, from], [NEW, MAX_DUE], true, true).count(),
    db.reviewLog.where('[kind+at]').between(['undo', from], ['undo', MAX_DUE], true, true).toArray(),
  ]);
  const taken = undos.flatMap((line) => (line.kind === 'undo' ? [line.undoes] : []));
  const undone = taken.length ? await db.reviewLog.bulkGet(taken) : [];
  return tallyFromCounts(grades, introduced, undone.filter((line): line is GradeLine => line?.kind === 'grade' && line.at >= from));
}

export interface DueCount {
  total: number;
  reviews: number;
  newCards: number;
  /** New cards waiting, beyond today's allowance too. */
  newWaiting: number;
}

/**
 * Index counts only (Chromium counts an index range without reading a record: under 1 ms for thousands of cards), and
 * today's tally the same way: cheap enough for the header to ask on every change. All reads go out at once.
 */
export async function countDue(db: TolkDB, now: number, settings?: ReviewSettings): Promise<DueCount> {
  const chosen = settings ?? (await readReviewSettings(db));
  const directions = enabledDirections(chosen);
  const [reviewCounts, newCounts, tally] = await Promise.all([
    Promise.all(directions.map((d) => inQueue(db, d, 'review', now).count())),
    Promise.all(directions.map((d) => inQueue(db, d, 'new', MAX_DUE).count())),
    todaysTally(db, now),
  ]);
  const reviews = reviewCounts.reduce((sum, n) => sum + n, 0);
  const waiting = newCounts.reduce((sum, n) => sum + n, 0);
  const left = allowanceLeft(tally, chosen);
  return { total: dueTotal(reviews, waiting, left), reviews: Math.min(reviews, left.reviews), newCards: Math.min(waiting, left.newCards), newWaiting: waiting };
}

export interface NextCard {
  card: ReviewCard;
  term: PersonalTerm;
}

export interface NextCards {
  next: NextCard | null;
  /** The card that comes up once `next` is graded, so the page can show it the moment the grade is given. */
  after: NextCard | null;
}

/**
 * The card to show now (the most overdue review first, then the oldest new card while today's allowance lasts) and the
 * one after it. `ahead` studies ahead: the review due soonest even if it is not due yet. Two round trips: today's
 * tally and the head of each queue together (two rows from the due index each), then their terms. No transaction
 * around them: its commit was one more wait, and a write landing between the reads sets off the live query again.
 */
export async function nextCards(db: TolkDB, now: number, settings: ReviewSettings, ahead = false): Promise<NextCards> {
  const directions = enabledDirections(settings);
  const until = ahead ? MAX_DUE : now;
  const [tally, reviews, news] = await Promise.all([
    todaysTally(db, now),
    Promise.all(directions.map((d) => inQueue(db, d, 'review', until).limit(2).toArray())),
    Promise.all(directions.map((d) => inQueue(db, d, 'new', MAX_DUE).limit(2).toArray())),
  ]);
  const heads = [...reviews.flat(), ...news.flat()];
  const termIds = [...new Set(heads.map((card) => card.termId))];
  const terms = new Map((await db.personalTerms.bulkGet(termIds)).flatMap((term) => (term ? [[term.id, term] as const] : [])));
  const [next, after] = nextTwo(reviews.flat(), news.flat(), allowanceLeft(tally, settings), ahead, (card) => terms.has(card.termId));
  const shown = (card: ReviewCard | undefined): NextCard | null => {
    const term = card && terms.get(card.termId);
    return card && term ? { card, term } : null;
  };
  return { next: shown(next), after: shown(after) };
}

/** The card to show now (see `nextCards`). */
export async function nextCard(db: TolkDB, now: number, settings: ReviewSettings, ahead = false): Promise<NextCard | null> {
  return (await nextCards(db, now, settings, ahead)).next;
}

/** When the soonest review not yet due comes due (for the empty state), or null when no card is in review. */
export async function nextDueAt(db: TolkDB, now: number, settings: ReviewSettings): Promise<number | null> {
  const soonest = await Promise.all(
    enabledDirections(settings).map((d) => db.cards.where('[direction+queue+due]').between([d, 'review', now], [d, 'review', Dexie.maxKey], false, true).first()),
  );
  const dues = soonest.flatMap((card) => (card ? [card.due] : []));
  return dues.length ? Math.min(...dues) : null;
}
