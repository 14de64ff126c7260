// Review data in the store: cards with terms, due counts, the next card, grading with its log line, undo, two tabs, delete and undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REVIEW_DEFAULTS } from '../core/review/session';
import { TolkDB } from './db';
import { addPersonalTerms, deletePersonalTerm, restorePersonalTerm, updatePersonalTerm } from './personalTerms';
import { gradeCard, undoGrade } from './review';
import { clearDeletedCards, DELETED_KEPT_MS, ensureCards, markKnown } from './reviewCards';
import { countDue, nextCard, nextCards, nextDueAt } from './reviewQueue';
import { knownPerArticle, termStatuses } from './reviewStats';
import { snowballStemmers } from '../core/glossary/snowballStemmers';

const NOW = new Date(2026, 0, 5, 9, 0).getTime();
const DAY = 86_400_000;
const term = (id: string, createdAt: number) => ({ id, terms: { nb: `nb-${id}`, en: `en-${id}` }, note: '', createdAt, updatedAt: createdAt });
const only = { ...REVIEW_DEFAULTS, directions: { recognition: true, recall: false } };

let db: TolkDB;
beforeEach(async () => {
  db = new TolkDB(`review-${crypto.randomUUID()}`);
  await addPersonalTerms(db, [term('a', NOW - 3000), term('b', NOW - 2000), term('c', NOW - 1000)], snowballStemmers);
});
afterEach(() => db.delete());

describe('review store', () => {
  it('each saved term brings two new cards; the header counts new cards up to the daily allowance', async () => {
    expect(await db.cards.count()).toBe(6);
    expect(await countDue(db, NOW, REVIEW_DEFAULTS)).toEqual({ total: 6, reviews: 0, newCards: 6, newWaiting: 6 });
    expect((await countDue(db, NOW, { ...REVIEW_DEFAULTS, newPerDay: 4 })).total).toBe(4);
    expect((await countDue(db, NOW, only)).total).toBe(3);
    // Limits of 0: nothing is due, and the waiting new cards are still counted.
    expect(await countDue(db, NOW, { ...REVIEW_DEFAULTS, newPerDay: 0, maxReviewsPerDay: 0 })).toEqual({ total: 0, reviews: 0, newCards: 0, newWaiting: 6 });
  });

  it('new cards come oldest first; grading logs the card before and after and takes it out of the due count', async () => {
    const first = await nextCard(db, NOW, only);
    expect(first?.card.id).toBe('a:recognition');
    expect(first?.term.terms.nb).toBe('nb-a');
    const seq = await gradeCard(db, 'a:recognition', 3, NOW, 0.9);
    const line = await db.reviewLog.get(seq);
    expect(line).toMatchObject({ kind: 'grade', cardId: 'a:recognition', grade: 3, at: NOW, before: { state: 0 } });
    expect((await countDue(db, NOW, only)).total).toBe(2);
    expect((await nextCard(db, NOW, only))?.card.id).toBe('b:recognition');
  });

  it('the card after the next one is the one that comes up once the next is graded, within today\'s allowance', async () => {
    const { next, after } = await nextCards(db, NOW, only);
    expect(next?.card.id).toBe('a:recognition');
    expect(after?.card.id).toBe('b:recognition');
    expect(after?.term.terms.nb).toBe('nb-b');
    await gradeCard(db, 'a:recognition', 3, NOW, 0.9);
    expect((await nextCard(db, NOW, only))?.card.id).toBe(after?.card.id);
    // The last new card allowed today has nothing after it.
    expect(await nextCards(db, NOW, { ...only, newPerDay: 2 })).toMatchObject({ next: { card: { id: 'b:recognition' } }, after: null });
  });

  it('today\'s allowance is counted from the log: a new card graded uses it up, its undo gives it back, yesterday\'s grades do not count', async () => {
    const two = { ...only, newPerDay: 2 };
    await addPersonalTerms(db, [term('d', NOW)], snowballStemmers);
    await gradeCard(db, 'a:recognition', 3, NOW - DAY, 0.9);
    expect((await countDue(db, NOW, two)).newCards).toBe(2);
    const seq = await gradeCard(db, 'b:recognition', 3, NOW, 0.9);
    await gradeCard(db, 'c:recognition', 3, NOW, 0.9);
    // d waits, but today's two new cards are used up.
    expect(await nextCard(db, NOW, { ...two, maxReviewsPerDay: 0 })).toBeNull();
    expect(await undoGrade(db, seq, NOW + 1)).toBe(true);
    expect((await nextCard(db, NOW + 2, { ...two, maxReviewsPerDay: 0 }))?.card.id).toBe('b:recognition');
  });

  it('a card whose term is gone is passed over', async () => {
    await db.personalTerms.delete('a');
    expect((await nextCard(db, NOW, only))?.card.id).toBe('b:recognition');
  });

  it('a day later the Again card is due again and the Good one is not', async () => {
    await gradeCard(db, 'a:recognition', 1, NOW, 0.9);
    await gradeCard(db, 'b:recognition', 4, NOW, 0.9);
    const tomorrow = NOW + DAY;
    const due = await countDue(db, tomorrow, { ...only, newPerDay: 0 });
    expect(due.reviews).toBe(1);
    expect((await nextCard(db, tomorrow, { ...only, newPerDay: 0 }))?.card.id).toBe('a:recognition');
  });

  it('undo puts the card back from the log and appends an undo line; it cannot be undone twice', async () => {
    const before = await db.cards.get('a:recognition');
    const seq = await gradeCard(db, 'a:recognition', 3, NOW, 0.9);
    expect(await undoGrade(db, seq, NOW + 1)).toBe(true);
    const after = await db.cards.get('a:recognition');
    expect({ ...after, updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });
    expect(await db.reviewLog.count()).toBe(2);
    expect(await undoGrade(db, seq, NOW + 2)).toBe(false);
    expect((await countDue(db, NOW, only)).total).toBe(3);
  });

  it('undo is refused once the card has been graded again (by another tab, say)', async () => {
    const first = await gradeCard(db, 'a:recognition', 1, NOW, 0.9);
    await gradeCard(db, 'a:recognition', 3, NOW + 60_000, 0.9);
    expect(await undoGrade(db, first, NOW + 120_000)).toBe(false);
  });

  it('two tabs grading at once lose nothing: every grade is logged and the card holds the later one', async () => {
    const other = new TolkDB(db.name);
    await Promise.all([gradeCard(db, 'a:recognition', 1, NOW, 0.9), gradeCard(other, 'a:recognition', 3, NOW, 0.9), gradeCard(other, 'b:recognition', 3, NOW, 0.9)]);
    expect(await db.reviewLog.count()).toBe(3);
    expect((await db.cards.get('a:recognition'))?.reps).toBe(2);
    other.close();
  });

  it('an edit keeps the schedule; a delete parks the cards until undone, then a session clears them with their log', async () => {
    await gradeCard(db, 'a:recognition', 3, NOW, 0.9);
    const graded = await db.cards.get('a:recognition');
    await updatePersonalTerm(db, 'a', { change: { terms: { nb: 'ny', en: 'new' }, note: '' }, openedAt: NOW - 3000, now: NOW }, snowballStemmers);
    expect(await db.cards.get('a:recognition')).toEqual(graded);
    const deleted = await deletePersonalTerm(db, 'a');
    if (!deleted) throw new Error('term a was not there');
    expect((await countDue(db, NOW, only)).total).toBe(2);
    await restorePersonalTerm(db, deleted, snowballStemmers);
    expect((await db.cards.get('a:recognition'))?.queue).toBe('review');
    await deletePersonalTerm(db, 'a');
    await clearDeletedCards(db, Date.now() + DELETED_KEPT_MS);
    expect(await db.cards.where('termId').equals('a').count()).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('"known" takes a term out of the queues without a review, and back', async () => {
    await markKnown(db, 'a', true, NOW);
    expect((await countDue(db, NOW, REVIEW_DEFAULTS)).total).toBe(4);
    await markKnown(db, 'a', false, NOW);
    expect((await countDue(db, NOW, REVIEW_DEFAULTS)).total).toBe(6);
  });

  it('"known" shows as the term\'s status and in its article\'s count; a term without cards gets them first', async () => {
    await db.personalTerms.update('b', { context: { articleId: 'art', block: 0, seg: 0, nb: 'nb-b her', en: 'en-b here' } });
    await db.personalTerms.update('c', { context: { articleId: 'art', block: 1, seg: 0, nb: 'nb-c her', en: 'en-c here' } });
    await db.cards.where('termId').equals('c').delete();
    await markKnown(db, 'c', true, NOW);
    expect(await db.cards.where('termId').equals('c').count()).toBe(2);
    expect(Object.fromEntries(await termStatuses(db))).toEqual({ a: 'new', b: 'new', c: 'known' });
    expect(Object.fromEntries(await knownPerArticle(db))).toEqual({ art: { known: 1, total: 2 } });
  });

  it('study ahead takes the soonest review not yet due; the empty state knows when it comes', async () => {
    await gradeCard(db, 'a:recognition', 3, NOW, 0.9);
    const settings = { ...only, newPerDay: 0 };
    expect(await nextCard(db, NOW, settings)).toBeNull();
    const soon = await nextDueAt(db, NOW, settings);
    expect(soon).toBeGreaterThan(NOW);
    expect((await nextCard(db, NOW, settings, true))?.card.id).toBe('a:recognition');
  });

  it('terms without cards (from an older backup) get them', async () => {
    await db.personalTerms.put(term('d', NOW));
    expect(await ensureCards(db)).toBe(2);
    expect(await ensureCards(db)).toBe(0);
  });
});
