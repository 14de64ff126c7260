// The header's "Review" link with the number of cards due, kept live (a grade in another tab changes it too).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDueCount } from '../db/reviewHooks';

export function ReviewNavLink() {
  const { t } = useTranslation();
  const due = useDueCount()?.total ?? 0;
  return (
    <Link href="/review">
      {t('nav.review')}
      {due > 0 ? (
        <span className="due-badge">
          {' '}
          <span aria-hidden="true">{due}</span>
          <span className="visually-hidden">{t('nav.due', { count: due })}</span>
        </span>
      ) : null}
    </Link>
  );
}
