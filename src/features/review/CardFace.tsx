// One review card: the prompt (the term lit in its Norwegian sentence, or blanked with the English sentence as cue) and, once revealed, the answer.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../core/counterpart/types';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import type { ReviewDirection } from '../../core/review/card';
import { lightTermInPair, termSpans } from '../../core/review/termSpans';

/** The sentence with its spans wrapped by `wrap`; the text stays text. */
function withSpans(text: string, spans: readonly Span[], wrap: (part: string, key: number) => ReactNode): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    parts.push(text.slice(at, span.start), wrap(text.slice(span.start, span.end), i));
    at = span.end;
  });
  parts.push(text.slice(at));
  return parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

const lit = (part: string, key: number) => <mark key={key}>{part}</mark>;

interface Props {
  term: PersonalTerm;
  direction: ReviewDirection;
  revealed: boolean;
}

export function CardFace({ term, direction, revealed }: Props) {
  const { t } = useTranslation('review');
  const { context } = term;
  const blank = (_: string, key: number) => (
    <span key={key} className="rv-blank">
      <span aria-hidden="true">_____</span>
      <span className="visually-hidden">{t('blank')}</span>
    </span>
  );

  let prompt: ReactNode;
  if (direction === 'recognition') {
    prompt = context ? (
      <p lang="nb" className="rv-sentence">
        {withSpans(context.nb, termSpans(context.nb, term.terms.nb), lit)}
      </p>
    ) : (
      <p lang="nb" className="rv-term">
        {term.terms.nb}
      </p>
    );
  } else {
    const nbSpans = context ? termSpans(context.nb, term.terms.nb) : [];
    prompt =
      context && nbSpans.length > 0 ? (
        <>
          <p lang="en" className="rv-cue">
            {withSpans(context.en, termSpans(context.en, term.terms.en), lit)}
          </p>
          <p lang="nb" className="rv-sentence">
            {withSpans(context.nb, nbSpans, blank)}
          </p>
        </>
      ) : (
        <p lang="en" className="rv-term">
          {term.terms.en || term.terms.nb}
        </p>
      );
  }
  const question = direction === 'recognition' ? t('recognition') : context ? t('recall') : t('recallAlone');

  return (
    <>
      <p className="rv-question">{question}</p>
      {revealed ? <Answer term={term} /> : prompt}
    </>
  );
}

function Answer({ term }: { term: PersonalTerm }) {
  const { t } = useTranslation('review');
  const { context } = term;
  const spans = context ? lightTermInPair({ nb: context.nb, en: context.en }, term.terms) : undefined;
  return (
    <div className="rv-answer">
      <h3 className="rv-pair">
        <span lang="nb">{term.terms.nb}</span>
        {term.terms.nb && term.terms.en ? ' — ' : ''}
        <span lang="en">{term.terms.en}</span>
      </h3>
      {term.note ? (
        <p className="rv-note">
          <strong>{t('note')}:</strong> {term.note}
        </p>
      ) : null}
      {context && spans ? (
        <div className="rv-context">
          <p lang="nb">{withSpans(context.nb, spans.nb, lit)}</p>
          <p lang="en">{withSpans(context.en, spans.en, lit)}</p>
        </div>
      ) : (
        <p className="rv-muted">{t('noContext')}</p>
      )}
    </div>
  );
}
