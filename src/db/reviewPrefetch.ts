// The review page's cards read before its first render (with the page's module, src/app/pages.tsx), which the page takes once.
import type { ReviewSettings } from '../core/review/session';
import { db } from './db';
import { nextCards, readReviewSettings, type NextCards } from './reviewQueue';

export interface ShownCards extends NextCards {
  /** When they were read: the grade buttons' intervals count from it. */
  now: number;
}

export async function readShownCards(settings: ReviewSettings, ahead: boolean): Promise<ShownCards> {
  const now = Date.now();
  const start = performance.now();
  const cards = await nextCards(db, now, settings, ahead);
  // The bench reads this measure (issue #13: the card to show within 16 ms with 10,000 cards and 100,000 log lines).
  performance.measure('tolk:review-next', { start });
  return { ...cards, now };
}

let prefetched: { cards: ShownCards; settings: string } | undefined;

export async function prefetchReviewCards(): Promise<void> {
  const settings = await readReviewSettings(db);
  prefetched = { cards: await readShownCards(settings, false), settings: JSON.stringify(settings) };
}

/** The cards read at start-up, if they were read for these settings (and not studying ahead). */
export function prefetchedCards(settings: ReviewSettings | undefined, ahead: boolean): ShownCards | undefined {
  return prefetched && !ahead && settings && prefetched.settings === JSON.stringify(settings) ? prefetched.cards : undefined;
}

/** A later visit to the page reads afresh. */
export function dropPrefetchedCards(): void {
  prefetched = undefined;
}
