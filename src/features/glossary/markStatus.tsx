// The learner's "known" in the reader, loaded with the glossary's lazy chunk: the descriptions marks point at, Shift+K on a
// mark of their own term, the popup button's toggle, and the announcement of what changed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../../core/review/card';
import { db } from '../../db/db';
import { markKnown } from '../../db/reviewCards';
import { termStatuses } from '../../db/reviewStats';
import { personalTermIdOf } from './entries';
import { statusDescriptionId } from './renderMarks';

const STATUSES: readonly TermStatus[] = ['new', 'learning', 'known'];
/** Plain K steps to the sentence above (as J steps down), so "known" takes Shift+K. */
const KNOWN_KEY = 'K';
/** Sent on the document when a term's "known" changed here, so the announcement follows the key and the button alike. */
const CHANGED_EVENT = 'tolk:known-changed';

/** Terms that are learning or known; a term missing is new (so adding a term changes nothing here). */
export const readTermStatuses = async () => new Map([...(await termStatuses(db))].filter(([, status]) => status !== 'new'));

/**
 * Sets the term known, or back where its schedule says, without a review. A mark about to be hidden would take the focus
 * with it, so the focus goes to its sentence first.
 */
export async function toggleKnown(termId: string, known: boolean, mark: HTMLElement | undefined, hideKnown: boolean): Promise<void> {
  if (known && hideKnown) mark?.closest<HTMLElement>('[data-seg]')?.focus();
  await markKnown(db, termId, known);
  document.dispatchEvent(new CustomEvent(CHANGED_EVENT, { detail: { termId, known } }));
}

interface Props {
  statuses: ReadonlyMap<string, TermStatus> | undefined;
  hideKnown: boolean;
  /** The term's words, for the announcement. */
  nameOf: (termId: string) => string;
}

/** Rendered once in the reader: the hidden descriptions (a description may come from hidden text), Shift+K, the live region. */
export function KnownStatus({ statuses, hideKnown, nameOf }: Props) {
  const { t } = useTranslation('glossaryPopup');
  const [changed, setChanged] = useState<{ termId: string; known: boolean }>();

  useEffect(() => {
    const onChanged = (event: Event) => event instanceof CustomEvent && setChanged(event.detail as { termId: string; known: boolean });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== KNOWN_KEY || event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLElement)) return;
      const mark = event.target.closest<HTMLElement>('.term-personal[data-entry]');
      const termId = mark ? personalTermIdOf(mark.dataset.entry ?? '') : undefined;
      if (!mark || termId === undefined) return;
      event.preventDefault();
      void toggleKnown(termId, statuses?.get(termId) !== 'known', mark, hideKnown);
    };
    document.addEventListener(CHANGED_EVENT, onChanged);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener(CHANGED_EVENT, onChanged);
      document.removeEventListener('keydown', onKey);
    };
  }, [statuses, hideKnown]);

  return (
    <>
      <div hidden>
        {STATUSES.map((status) => (
          <span key={status} id={statusDescriptionId(status)}>
            {t(`personal.status.${status}`)}
          </span>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {changed && t(changed.known ? 'personal.markedKnown' : 'personal.backInReview', { term: nameOf(changed.termId) })}
      </p>
    </>
  );
}
