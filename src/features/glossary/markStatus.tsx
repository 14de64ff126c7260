// How a learner's term shows its review status on its marks: an underline style per status (CSS) and a description screen readers read.
import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../../core/review/card';

const STATUSES: readonly TermStatus[] = ['new', 'learning', 'known'];

/** The id of the hidden text that describes a mark of this status (marks point at it with aria-describedby). */
export const statusDescriptionId = (status: TermStatus) => `term-status-${status}`;

/**
 * The descriptions the marks point at, rendered once and hidden (a description may come from hidden text), and the
 * live region that says what Shift+K or the popup's button just did.
 */
export function MarkStatusTexts({ changed }: { changed: { term: string; known: boolean } | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <div hidden>
        {STATUSES.map((status) => (
          <span key={status} id={statusDescriptionId(status)}>
            {t(`personal.status.${status}`)}
          </span>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {changed && t(changed.known ? 'personal.markedKnown' : 'personal.backInReview', { term: changed.term })}
      </p>
    </>
  );
}
