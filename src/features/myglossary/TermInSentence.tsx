// A translated sentence that names a term, with the term marked in its own language so screen readers pronounce it right.
import type { Lang } from '../../core/lang';

/** Pass this as the term to t(), then the result as `sentence`: the slot is where the term goes. */
export const TERM_SLOT = '\u0000';

export function TermInSentence({ sentence, term }: { sentence: string; term: { text: string; lang: Lang } }) {
  return sentence.split(TERM_SLOT).flatMap((part, index) =>
    index === 0
      ? [part]
      : [
          <span key={index} lang={term.lang}>
            {term.text}
          </span>,
          part,
        ],
  );
}
