// What the progress page, the reader and the library read: cards, the recent log, each term's status, and how many of an article's terms are known.
import type { ReviewCard, ReviewLogEntry, TermStatus } from '../core/review/card';
import { knownByArticle, statusesByTerm, type KnownCount } from '../core/review/termStatuses';
import type { TolkDB } from './db';

export async function progressData(db: TolkDB, since: number): Promise<{ cards: ReviewCard[]; log: ReviewLogEntry[]; termIds: string[] }> {
  return db.transaction('r', db.cards, db.reviewLog, db.personalTerms, async () => {
    const [cards, log, termIds] = await Promise.all([db.cards.toArray(), db.reviewLog.where('at').aboveOrEqual(since).toArray(), db.personalTerms.toCollection().primaryKeys()]);
    return { cards: cards.filter((card) => card.queue !== 'deleted'), log, termIds: termIds.map(String) };
  });
}

/** Each term's status (new, learning, known) by term id; terms without cards are missing, which means new. */
export async function termStatuses(db: TolkDB): Promise<Map<string, TermStatus>> {
  return statusesByTerm(await db.cards.toArray());
}

/** Per article: how many of the learner's terms saved from it they know, of how many. One pass over the terms and cards. */
export async function knownPerArticle(db: TolkDB): Promise<Map<string, KnownCount>> {
  return db.transaction('r', db.personalTerms, db.cards, async () => {
    const [terms, statuses] = await Promise.all([db.personalTerms.toArray(), termStatuses(db)]);
    return knownByArticle(
      terms.map((term) => ({ id: term.id, articleId: term.context?.articleId })),
      statuses,
    );
  });
}
