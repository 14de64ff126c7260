// Says that what the learner is saving was changed (or deleted) elsewhere since they opened it, and lets them choose:
// keep mine, take theirs, or see both versions first. Used by the term forms and the pairing editor.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** True when the other tab deleted the record rather than changing it. */
  deleted?: boolean;
  /** The learner's unsaved version and the stored one, each as a short description for "See both". */
  mine: ReactNode;
  theirs: ReactNode;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

export function EditConflict({ deleted = false, mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const [showBoth, setShowBoth] = useState(false);
  return (
    <div className="edit-conflict" role="alert" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{t(deleted ? 'conflict.deleted' : 'conflict.changed')}</strong> {t('conflict.choose')}
      </p>
      {showBoth && (
        <div className="edit-conflict-both">
          <section aria-labelledby={`${id}-mine`}>
            <h3 id={`${id}-mine`}>{t('conflict.mineTitle')}</h3>
            {mine}
          </section>
          <section aria-labelledby={`${id}-theirs`}>
            <h3 id={`${id}-theirs`}>{t(deleted ? 'conflict.theirsDeletedTitle' : 'conflict.theirsTitle')}</h3>
            {deleted ? <p>{t('conflict.nothing')}</p> : theirs}
          </section>
        </div>
      )}
      <div className="edit-conflict-actions">
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t(deleted ? 'conflict.dropMine' : 'conflict.takeTheirs')}
        </button>
        {!showBoth && (
          <button type="button" onClick={() => setShowBoth(true)}>
            {t('conflict.seeBoth')}
          </button>
        )}
      </div>
    </div>
  );
}
