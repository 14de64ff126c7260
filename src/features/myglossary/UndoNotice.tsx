// "Deleted “tankesmie”." with Undo, for 8 seconds; it stays while focus is inside it, so a keyboard user is never cut off.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { termName } from './search';
import { TERM_SLOT, TermInSentence } from './TermInSentence';

export const UNDO_MS = 8_000;

interface Props {
  /** Give the component a key per deleted term, so each delete gets its own 8 seconds. */
  term: PersonalTerm;
  onUndo: (term: PersonalTerm) => void;
  /** Must keep its identity between renders. */
  onDismiss: () => void;
}

export function UndoNotice({ term, onUndo, onDismiss }: Props) {
  const { t } = useTranslation('myGlossary');
  const box = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const expired = useRef(false);

  // The Delete button is gone, so focus moves here rather than to the page's start.
  useEffect(() => {
    undoButton.current?.focus();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      expired.current = true;
      if (!box.current?.contains(document.activeElement)) onDismiss();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);

  return (
    <div
      ref={box}
      className="mg-undo"
      onBlur={(event) => {
        if (expired.current && !event.currentTarget.contains(event.relatedTarget)) onDismiss();
      }}
    >
      <span>
        <TermInSentence sentence={t('deleted', { term: TERM_SLOT })} term={termName(term)} />
      </span>{' '}
      <button ref={undoButton} type="button" onClick={() => onUndo(term)}>
        {t('undo')}
      </button>
    </div>
  );
}
