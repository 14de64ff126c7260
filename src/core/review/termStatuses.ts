// Terms' review status in bulk: each term's status from all cards, and per article how many of its saved terms are known.
import type { ReviewCard, TermStatus } from './card';
import { termStatus } from './card';

/** Every term that has cards, with its status; a term without cards is new (the caller's default). */
export function statusesByTerm(cards: readonly ReviewCard[]): Map<string, TermStatus> {
  const byTerm = new Map<string, ReviewCard[]>();
  for (const card of cards) {
    const list = byTerm.get(card.termId);
    if (list) list.push(card);
    else byTerm.set(card.termId, [card]);
  }
  return new Map([...byTerm].map(([termId, list]) => [termId, termStatus(list)]));
}

export interface KnownCount {
  known: number;
  total: number;
}

/** Per article the terms were saved from: how many are known, of how many. Terms saved without an article are left out. */
export function knownByArticle(terms: readonly { id: string; articleId: string | undefined }[], statuses: ReadonlyMap<string, TermStatus>): Map<string, KnownCount> {
  const result = new Map<string, KnownCount>();
  for (const { id, articleId } of terms) {
    if (articleId === undefined) continue;
    const entry = result.get(articleId) ?? { known: 0, total: 0 };
    entry.total++;
    if (statuses.get(id) === 'known') entry.known++;
    result.set(articleId, entry);
  }
  return result;
}
