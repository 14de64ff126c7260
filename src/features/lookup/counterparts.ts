// The counterpart finder as the worker calls it: the dictionary, plus evidence from the learner's store (co-occurrence
// across stored aligned sentences, glossary terms as sure links), read once per worker.
import { findCounterparts, type Evidence } from '../../core/counterpart/link';
import { addPairs, emptyModel, pruneModel } from '../../core/counterpart/evidence';
import type { Span, SentencePair } from '../../core/counterpart/types';
import type { Lang } from '../../core/lang';
import type { Lexicon } from '../../core/lexicon/types';
import { db } from '../../db/db';
import { readLinkEvidence } from '../../db/linkEvidence';

let evidence: Promise<Evidence> | undefined;

/** Evidence read from the store; without it (a store that cannot open) the dictionary alone still answers. */
function loadEvidence(): Promise<Evidence> {
  return (evidence ??= readLinkEvidence(db)
    .then(({ pairs, termPairs }) => ({ cooccurrence: pruneModel(addPairs(emptyModel(), pairs)), glossary: termPairs }))
    .catch(() => ({})));
}

export async function findCounterpartsIn(pair: SentencePair, lang: Lang, span: Span, lexicon: Lexicon): Promise<Span[]> {
  return findCounterparts(pair, lang, span, lexicon, await loadEvidence());
}

/** Starts reading the evidence while the dictionary loads. */
export function prepareEvidence(): void {
  void loadEvidence();
}
