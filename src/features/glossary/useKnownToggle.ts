// "I know this" from the reader: Shift+K on a focused mark of the learner's own term (or the popup's button) sets it known, or back, without a review.
import { useCallback, useEffect, useState } from 'react';
import type { TermStatus } from '../../core/review/card';
import { db } from '../../db/db';
import { personalTermIdOf } from './entries';

/** What was just changed, for the screen reader's announcement. */
export interface KnownChange {
  termId: string;
  known: boolean;
}

/** Plain K steps to the sentence above (as J steps down), so "known" takes Shift+K. */
const KNOWN_KEY = 'K';

export function useKnownToggle(statuses: ReadonlyMap<string, TermStatus> | undefined, hideKnown: boolean) {
  const [change, setChange] = useState<KnownChange>();
  const toggleKnown = useCallback(
    (termId: string, mark: HTMLElement | undefined) => {
      const known = statuses?.get(termId) !== 'known';
      // A mark about to be hidden would take the focus with it: the focus goes to its sentence first.
      if (known && hideKnown) mark?.closest<HTMLElement>('[data-seg]')?.focus();
      // The store's card writes load on use, not with the reader.
      void import('../../db/reviewCards')
        .then(({ markKnown }) => markKnown(db, termId, known))
        .then(() => setChange({ termId, known }));
    },
    [statuses, hideKnown],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== KNOWN_KEY || event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLElement)) return;
      const mark = event.target.closest<HTMLElement>('.term-personal[data-entry]');
      const termId = mark ? personalTermIdOf(mark.dataset.entry ?? '') : undefined;
      if (!mark || termId === undefined) return;
      event.preventDefault();
      toggleKnown(termId, mark);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toggleKnown]);

  return { toggleKnown, change };
}
