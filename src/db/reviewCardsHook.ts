// The review page's cards (the next one and the one after), kept live; the first answer is the one start-up read, when it read one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ReviewSettings } from '../core/review/session';
import { dropPrefetchedCards, prefetchedCards, readShownCards, type ShownCards } from './reviewPrefetch';

export function useShownCards(settings: ReviewSettings | undefined, ahead: boolean, tick: number): ShownCards | undefined {
  // Taken in the initialiser (pure), dropped in an effect, so React's double render in development still finds it.
  const [start] = useState(() => prefetchedCards(settings, ahead));
  useEffect(dropPrefetchedCards, []);
  return useLiveQuery(async () => (settings ? readShownCards(settings, ahead) : undefined), [settings, ahead, tick], start);
}
