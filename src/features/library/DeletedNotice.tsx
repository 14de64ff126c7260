// "Deleted “title”." with Undo, for 8 seconds after an imported article is deleted; it stays while focus is inside it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedRecord } from '../../db/importedArticles';

const UNDO_MS = 8_000;

interface Props {
  record: ImportedRecord;
  onUndo: (record: ImportedRecord) => void;
  /** Must keep its identity between renders. */
  onDismiss: () => void;
}

export function DeletedNotice({ record, onUndo, onDismiss }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const expired = useRef(false);

  // The card and its Delete button are gone, so focus comes here rather than to the page's start.
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
      className="library-undo"
      data-no-snapshot=""
      role="status"
      onBlur={(event) => {
        if (expired.current && !event.currentTarget.contains(event.relatedTarget)) onDismiss();
      }}
    >
      <span>{t('library.deleted', { title: record.summary.titles.nb })}</span>{' '}
      <button ref={undoButton} type="button" onClick={() => onUndo(record)}>
        {t('library.undo')}
      </button>
    </div>
  );
}
