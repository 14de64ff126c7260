// "Deleted “tankesmie”." with Undo, after a term is deleted from My glossary.
import { useTranslation } from 'react-i18next';
import { UndoNotice as Notice } from '../../components/UndoNotice';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { termName } from './search';
import { TERM_SLOT, TermInSentence } from './TermInSentence';

interface Props {
  /** Give the component a key per deleted term, so each delete gets its own 8 seconds. */
  term: PersonalTerm;
  onUndo: (term: PersonalTerm) => void;
  /** Must keep its identity between renders. */
  onDismiss: () => void;
}

export function UndoNotice({ term, onUndo, onDismiss }: Props) {
  const { t } = useTranslation('myGlossary');
  return (
    <Notice className="mg-undo" undoLabel={t('undo')} onUndo={() => onUndo(term)} onDismiss={onDismiss}>
      <TermInSentence sentence={t('deleted', { term: TERM_SLOT })} term={termName(term)} />
    </Notice>
  );
}
