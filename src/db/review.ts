// Grading review cards: the card and its log line in one transaction, and undo from the log.
import { scheduleOf, withSchedule, type Grade } from '../core/review/card';
import { grade as gradeSchedule } from '../core/review/scheduler';
import type { TolkDB } from './db';

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
