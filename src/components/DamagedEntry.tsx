// The row that stands for a record no page can show: says so, names it when it can, and offers to delete it.
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Something to tell the entry by (its title or id), shown as text; '' when nothing readable is left. */
  label: string;
  /** Deletes the record; omitted when it cannot be deleted here (a shipped article). */
  onDelete?: () => Promise<unknown>;
  /** 'li' inside a list, 'div' elsewhere. */
  as?: 'li' | 'div';
}

/** Its words live in the records namespace, which loads only when a damaged record is shown: until then, nothing. */
export function DamagedEntry(props: Props) {
  return (
    <Suspense fallback={null}>
      <DamagedEntryBody {...props} />
    </Suspense>
  );
}

function DamagedEntryBody({ label, onDelete, as: Tag = 'li' }: Props) {
  const { t } = useTranslation('records');
  const [failed, setFailed] = useState(false);
  const remove = async () => {
    try {
      await onDelete?.();
    } catch {
      setFailed(true);
    }
  };
  return (
    <Tag className="damaged-entry">
      <p>
        <strong>{t('damaged.entry')}</strong> {label !== '' && <span className="damaged-label">{label}</span>}
      </p>
      <p>{onDelete ? t('damaged.explain') : t('damaged.explainShipped')}</p>
      {onDelete && (
        <button type="button" onClick={() => void remove()}>
          {t('damaged.delete')}
          <span className="visually-hidden"> {label}</span>
        </button>
      )}
      {failed && <p role="alert">{t('damaged.deleteFailed')}</p>}
    </Tag>
  );
}
