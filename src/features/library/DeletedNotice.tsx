// "Deleted “title”." with Undo, after an imported article is deleted from the library.
import { useTranslation } from 'react-i18next';
import { UndoNotice } from '../../components/UndoNotice';
import type { ImportedRecord } from '../../db/importedArticles';

interface Props {
  record: ImportedRecord;
  onUndo: (record: ImportedRecord) => void;
  /** Must keep its identity between renders. */
  onDismiss: () => void;
}

export function DeletedNotice({ record, onUndo, onDismiss }: Props) {
  const { t } = useTranslation('library');
  return (
    <UndoNotice className="library-undo" role="status" transient undoLabel={t('undo')} onUndo={() => onUndo(record)} onDismiss={onDismiss}>
      {t('deleted', { title: record.summary.titles.nb })}
    </UndoNotice>
  );
}
