// What the progress page and the library read: cards, the recent log, and how many of an article's terms are known.
import type { ReviewCard, ReviewLogEntry } from '../core/review/card';
import { termStatus } from '../core/review/card';
import type { TolkDB } from './db';

export async function progressData(db: TolkDB, since: number): Promise<{ cards: ReviewCard[]; log: ReviewLogEntry[]; termIds: string[] }> {
  return db.transaction('r', db.cards, db.reviewLog, db.personalTerms, async () => {
    const [cards, log, termIds] = await Promise.all([db.cards.toArray(), db.reviewLog.where('at').aboveOrEqual(since).toArray(), db.personalTerms.toCollection().primaryKeys()]);
    return { cards: cards.filter((card) => card.queue !== 'deleted'), log, termIds: termIds.map(String) };
  });
}

/** Per article: how many of the learner's terms saved from it they know, of how many. One pass over the terms and cards. */
export async function knownPerArticle(db: TolkDB): Promise<Map<string, { known: number; total: number }>> {
  const [terms, cards] = await Promise.all([db.personalTerms.toArray(), db.cards.toArray()]);
  const byTerm = new Map<string, ReviewCard[]>();
  for (const card of cards) byTerm.set(card.termId, [...(byTerm.get(card.termId) ?? []), card]);
  const result = new Map<string, { known: number; total: number }>();
  for (const term of terms) {
    const articleId = term.context?.articleId;
    if (articleId === undefined) continue;
    const entry = result.get(articleId) ?? { known: 0, total: 0 };
    entry.total++;
    if (termStatus(byTerm.get(term.id) ?? []) === 'known') entry.known++;
    result.set(articleId, entry);
  }
  return result;
}
