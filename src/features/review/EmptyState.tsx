// Nothing due: when the next card comes due, and the ways on (study ahead, more new cards, or save some terms first).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

interface Props {
  hasCards: boolean;
  nextAt: number | null;
  newWaiting: number;
  extra: number;
  onStudyAhead: () => void;
  onAddNew: () => void;
}

export function EmptyState({ hasCards, nextAt, newWaiting, extra, onStudyAhead, onAddNew }: Props) {
  const { t, i18n } = useTranslation('review');
  if (!hasCards) {
    return (
      <div className="rv-empty">
        <h2>{t('doneTitle')}</h2>
        <p>{t('noCards')}</p>
        <Link href="/">{t('toArticles')}</Link>
      </div>
    );
  }
  const when = nextAt === null ? null : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(nextAt);
  return (
    <div className="rv-empty">
      <h2>{t('doneTitle')}</h2>
      {when ? <p>{t('nextDue', { when })}</p> : null}
      <p className="rv-empty-actions">
        {nextAt !== null ? (
          <button type="button" onClick={onStudyAhead}>
            {t('studyAhead')}
          </button>
        ) : null}
        {newWaiting > 0 ? (
          <button type="button" onClick={onAddNew}>
            {t('addNew', { count: Math.min(extra, newWaiting) })}
          </button>
        ) : null}
      </p>
    </div>
  );
}
