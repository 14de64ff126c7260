// The review page: one card at a time, reveal, grade with the next interval shown, undo from the log; keys Space, 1–4, U.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { clearDeletedCards, ensureCards } from '../../db/reviewCards';
import { useNow } from '../../db/reviewHooks';
import { useShownCards } from '../../db/reviewCardsHook';
import { countDue, nextDueAt, reviewSettingsOf } from '../../db/reviewQueue';
import { CardFace } from './CardFace';
import { EmptyState } from './EmptyState';
import { GradeButtons } from './GradeButtons';
import { ReviewSettingsForm } from './ReviewSettingsForm';
import { shownKey, useGrading } from './useGrading';
import { useReviewKeys } from './useReviewKeys';
import './review.css';

export { prefetchReviewCards } from '../../db/reviewPrefetch';

/** How many more new cards "Add new cards" allows today. */
const EXTRA_NEW = 10;

export function ReviewPage() {
  const { t } = useTranslation('review');
  const stored = useSettings();
  const [ahead, setAhead] = useState(false);
  const [extraNew, setExtraNew] = useState(0);
  /** The card on screen whose answer is showing ('' for none), so a new card always starts hidden. */
  const [revealedFor, setRevealedFor] = useState('');
  const tick = useNow(30_000);
  const cardRef = useRef<HTMLElement>(null);

  const settings = useMemo(() => (stored ? reviewSettingsOf(stored) : undefined), [stored]);
  const session = useMemo(() => (settings ? { ...settings, newPerDay: settings.newPerDay + extraNew } : undefined), [settings, extraNew]);

  // Terms restored from an older backup get their cards; deleted terms whose undo window has passed lose theirs (the live queries follow).
  useEffect(() => {
    void clearDeletedCards(db, Date.now()).then(() => ensureCards(db));
  }, []);

  const cards = useShownCards(session, ahead, tick);
  const figures = useLiveQuery(async () => {
    if (!session) return undefined;
    const now = Date.now();
    const [due, nextAt, total] = await Promise.all([countDue(db, now, session), nextDueAt(db, now, session), db.cards.count()]);
    return { due, nextAt, total };
  }, [session, tick]);

  const { current, grade, undo: undoGrade, canUndo, notice } = useGrading(cards, settings?.retention);
  const shown = shownKey(current);
  const revealed = shown !== '' && revealedFor === shown;
  // Focus moves to each new card on screen.
  useEffect(() => {
    if (shown) cardRef.current?.focus();
  }, [shown]);

  const undo = useCallback(async () => {
    // The card comes back exactly as it was before the grade (same key), so its answer must be hidden again here.
    if (await undoGrade()) {
      setRevealedFor('');
      cardRef.current?.focus();
    }
  }, [undoGrade]);

  const reveal = useCallback(() => {
    setRevealedFor(shown);
    // The Show answer button goes away; focus stays on the card instead of falling to the page.
    cardRef.current?.focus();
  }, [shown]);
  useReviewKeys({ onReveal: current && !revealed ? reveal : undefined, onGrade: current && revealed ? grade : undefined, onUndo: () => void undo() });

  if (!cards || !settings) return <p role="status">{t('loading')}</p>;

  return (
    <div className="rv-page">
      <h1>{t('title')}</h1>
      <p role="status" className="rv-remaining">
        {current && figures ? t('remaining', { count: Math.max(figures.due.total, 1) }) : ''}
        {notice ? ` ${t(notice)}` : ''}
      </p>
      {current ? (
        <>
          <section ref={cardRef} tabIndex={-1} className="rv-card" aria-labelledby="rv-card-label">
            <h2 id="rv-card-label" className="visually-hidden">
              {t('cardLabel')}
            </h2>
            <CardFace key={shown} term={current.term} direction={current.card.direction} revealed={revealed} />
          </section>
          <div className="rv-actions">
            {revealed ? (
              <GradeButtons schedule={current.card} now={cards.now} retention={settings.retention} onGrade={grade} />
            ) : (
              <button type="button" className="rv-reveal" onClick={reveal}>
                {t('reveal')} <kbd aria-hidden="true">{t('revealHint')}</kbd>
              </button>
            )}
          </div>
        </>
      ) : current === null && figures ? (
        <EmptyState
          hasCards={figures.total > 0}
          nextAt={figures.nextAt}
          newWaiting={figures.due.newWaiting}
          extra={EXTRA_NEW}
          onStudyAhead={() => setAhead(true)}
          onAddNew={() => setExtraNew((n) => n + EXTRA_NEW)}
        />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
      <p className="rv-tools">
        <button type="button" onClick={() => void undo()} disabled={!canUndo}>
          {t('undo')} <kbd aria-hidden="true">U</kbd>
        </button>
        <Link href="/progress">{t('progressLink')}</Link>
      </p>
      <p className="rv-muted">{t('keys')}</p>
      <ReviewSettingsForm settings={settings} hideKnown={stored?.hideKnownMarks ?? false} />
    </div>
  );
}
