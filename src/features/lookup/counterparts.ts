// The counterpart finder as the worker calls it.
import type { Span, SentencePair } from '../../core/counterpart/types';
import type { Lang } from '../../core/lang';
import type { Lexicon } from '../../core/lexicon/types';

export function findCounterpartsIn(pair: SentencePair, lang: Lang, span: Span, _lexicon: Lexicon): Span[] {
  const word = pair[lang].slice(span.start, span.end);
  const other = pair[lang === 'nb' ? 'en' : 'nb'];
  const at = other.indexOf(word);
  return at >= 0 ? [{ start: at, end: at + word.length }] : [];
}
