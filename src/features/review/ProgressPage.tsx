// Progress: reviews per day (30 days), cards due (next 14 days), terms by state, and retention achieved next to the desired one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { startOfDay } from '../../core/review/session';
import { achievedRetention, dueAhead, reviewsPerDay, termsByStatus } from '../../core/review/stats';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { useNow } from '../../db/reviewHooks';
import { reviewSettingsOf } from '../../db/reviewQueue';
import { progressData } from '../../db/reviewStats';
import { BarChart } from './BarChart';
import './review.css';

const DAY = 86_400_000;

export function ProgressPage() {
  const { t, i18n } = useTranslation('review');
  const stored = useSettings();
  const now = useNow();
  const today = startOfDay(now, new Date(now).getTimezoneOffset());
  const data = useLiveQuery(() => progressData(db, today - 29 * DAY), [today]);
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short' }), [i18n.language]);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent' }), [i18n.language]);

  if (!data || !stored) return <p role="status">{t('loading')}</p>;
  const desired = percent.format(reviewSettingsOf(stored).retention);
  const past = reviewsPerDay(data.log, today, 30);
  const ahead = dueAhead(data.cards, today, 14);
  const states = termsByStatus(data.cards, data.termIds);
  const retention = achievedRetention(data.log);
  const sum = (list: { count: number }[]) => list.reduce((total, day) => total + day.count, 0);

  return (
    <div className="rv-page">
      <h1>{t('progress.title')}</h1>
      <p>
        <Link href="/review">{t('title')}</Link>
      </p>
      <BarChart
        title={t('progress.perDay')}
        summary={t('progress.perDaySummary', { total: sum(past), count: past.filter((d) => d.count > 0).length })}
        bars={past.map((d) => ({ label: dayFormat.format(d.day), value: d.count }))}
      />
      <BarChart title={t('progress.dueAhead')} summary={t('progress.dueAheadSummary', { total: sum(ahead) })} bars={ahead.map((d) => ({ label: dayFormat.format(d.day), value: d.count }))} />
      <section aria-labelledby="pg-states">
        <h2 id="pg-states">{t('progress.byState')}</h2>
        <ul className="pg-states">
          {(['new', 'learning', 'known'] as const).map((state) => (
            <li key={state}>
              <strong>{states[state]}</strong> {t(`progress.state.${state}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pg-retention">
        <h2 id="pg-retention">{t('progress.retention')}</h2>
        <p>
          {retention
            ? t('progress.retentionAchieved', { achieved: percent.format(retention.share), reviews: retention.reviews, desired })
            : t('progress.retentionNone', { desired })}
        </p>
      </section>
    </div>
  );
}
