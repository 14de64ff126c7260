// The counterpart finder as the worker calls it: the dictionary, plus evidence from the learner's store (co-occurrence
// across stored aligned sentences, glossary terms as sure links), read once per worker. Each pair is linked once and
// kept, and the open article's pairs are linked ahead while the worker is idle, so a tap only looks its word up.
import { counterpartsIn, linkSentencePair, type Evidence } from '../../core/counterpart/link';
import { addPairs, emptyModel, pruneModel } from '../../core/counterpart/evidence';
import type { Span, SentencePair, WordLink } from '../../core/counterpart/types';
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

/** Linked pairs by their two texts; a long book's worth, then the oldest go first. */
const linked = new Map<string, WordLink[]>();
const LINKED_LIMIT = 5000;

async function linksOf(pair: SentencePair, lexicon: Lexicon): Promise<WordLink[]> {
  const key = `${pair.nb}\u0000${pair.en}`;
  const known = linked.get(key);
  if (known) return known;
  const links = linkSentencePair(pair, lexicon, await loadEvidence());
  if (linked.size >= LINKED_LIMIT) linked.delete(linked.keys().next().value ?? '');
  linked.set(key, links);
  return links;
}

export async function findCounterpartsIn(pair: SentencePair, lang: Lang, span: Span, lexicon: Lexicon): Promise<Span[]> {
  return counterpartsIn(await linksOf(pair, lexicon), lang, span);
}

/** Starts reading the evidence while the dictionary loads. */
export function prepareEvidence(): void {
  void loadEvidence();
}

let queue: SentencePair[] = [];
let draining = false;
/** Called when the current list is linked (or replaced by another). */
let finish: (() => void) | undefined;

function finished(): void {
  const done = finish;
  finish = undefined;
  draining = false;
  done?.();
}

/**
 * Links these pairs ahead, one per task, so a lookup that arrives meanwhile waits for one pair at most; `done` is called
 * when all are linked. A new list (another article opened) replaces what is left of the old one, which counts as done.
 */
export function linkAhead(pairs: readonly SentencePair[], lexicon: Promise<Lexicon>, done: () => void): void {
  finish?.();
  queue = [...pairs];
  finish = done;
  if (draining) return;
  draining = true;
  const next = async () => {
    const pair = queue.shift();
    if (!pair) return finished();
    await linksOf(pair, await lexicon);
    setTimeout(() => void next().catch(finished), 0);
  };
  void next().catch(finished);
}
