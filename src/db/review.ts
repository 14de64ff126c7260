// Grading review cards: the card and its log line in one transaction (with the next card, for the review page), and undo from the log.
import { scheduleOf, withSchedule, type Grade } from '../core/review/card';
import { grade as gradeSchedule } from '../core/review/scheduler';
import type { ReviewSettings } from '../core/review/session';
import type { TolkDB } from './db';
import { nextCard, type NextCard } from './reviewQueue';

/**
 * Grades a card: reads it afresh, schedules it, writes it and appends the log line, all in one transaction, so two
 * tabs grading at once each build on the other's result and both lines stay in the log. Returns the line's number.
 */
export async function gradeCard(db: TolkDB, cardId: string, rating: Grade, now: number, retention: number): Promise<number> {
  return db.transaction('rw', db.cards, db.reviewLog, async () => {
    const card = await db.cards.get(cardId);
    if (!card) throw new Error(`No review card ${cardId}`);
    const before = scheduleOf(card);
    const after = gradeSchedule(before, rating, now, retention);
    await db.cards.put(withSchedule(card, after, now));
    return db.reviewLog.add({ kind: 'grade', cardId, termId: card.termId, at: now, grade: rating, before, after });
  });
}

/**
 * Grades a card and picks the card after it in the same transaction: the learner's next card is read before any other
 * query the grade sets off (the header's count, other tabs) and does not wait behind them.
 */
export async function gradeThenNext(db: TolkDB, cardId: string, rating: Grade, now: number, settings: ReviewSettings, ahead: boolean): Promise<{ seq: number; next: NextCard | null }> {
  return db.transaction('rw', db.cards, db.reviewLog, db.personalTerms, async () => {
    const seq = await gradeCard(db, cardId, rating, now, settings.retention);
    return { seq, next: await nextCard(db, now, settings, ahead) };
  });
}

const sameSchedule = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Takes back the grade logged as `seq`: the card returns to its schedule before that grade and an undo line is
 * appended. Refused (false) when the card has been graded again since, or the grade was already taken back.
 */
export async function undoGrade(db: TolkDB, seq: number, now: number): Promise<boolean> {
  return db.transaction('rw', db.cards, db.reviewLog, async () => {
    const entry = await db.reviewLog.get(seq);
    if (!entry || entry.kind !== 'grade') return false;
    const card = await db.cards.get(entry.cardId);
    if (!card || !sameSchedule(scheduleOf(card), entry.after)) return false;
    const undone = await db.reviewLog.where('cardId').equals(entry.cardId).filter((line) => line.kind === 'undo' && line.undoes === seq).count();
    if (undone > 0) return false;
    await db.cards.put(withSchedule(card, entry.before, now));
    await db.reviewLog.add({ kind: 'undo', cardId: entry.cardId, termId: entry.termId, at: now, undoes: seq });
    return true;
  });
}
