// Opening a tapped word: its lookup starts at the tap and the popup opens with the answer already in (or, when the
// dictionary is slow, after a short wait saying it is loading), so the popup is laid out once at its full size. The
// article's other sentence pairs are handed to the worker to link ahead, so later taps only look their word up.
import { sentencePairsIn } from './domText';
import { linkAhead, lookUp } from './lookupClient';
import type { LookupAnswer } from './protocol';
import type { WordTarget } from './wordTarget';

export interface OpenWord extends WordTarget {
  answer: Promise<LookupAnswer>;
  /** The answer, when it came before the popup opened. */
  early: LookupAnswer | undefined;
}

/** How long a tap waits for its answer before the popup opens saying it is loading (a tap while the dictionary loads). */
const WAIT_MS = 120;
/** Only the latest tap opens: an earlier one still waiting for its answer gives way. */
let latest = 0;

/** The word with its answer under way; null when a later tap came first. */
export async function openWord(target: WordTarget): Promise<OpenWord | null> {
  const tap = ++latest;
  const answer = lookUp({ word: target.word, lang: target.lang, pair: target.pair, span: target.span });
  let early: LookupAnswer | undefined;
  const waited = new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  await Promise.race([answer.then((found) => (early = found)), waited]).catch(() => undefined);
  linkArticleAhead(target.sentence);
  return tap === latest ? { ...target, answer, early } : null;
}

const linked = new WeakSet<Element>();

/**
 * Hands the pairs of the article around `within` to the worker once per rendered article (a new article is a new element),
 * once all of it is rendered (the reader renders a long article a slice at a time, busy meanwhile; a later tap links it).
 */
export function linkArticleAhead(within: Element | null): void {
  const root = within?.closest('.parallel') ?? within?.querySelector('.parallel');
  if (!root || linked.has(root) || root.querySelector('[aria-busy="true"]')) return;
  const pairs = sentencePairsIn(root);
  if (pairs.length === 0) return;
  linked.add(root);
  linkAhead(pairs);
}
