// Links the words of an aligned sentence pair jointly (best-supported links first, each word once) and finds a word's counterparts.
import type { Lang } from '../lang.ts';
import type { Lexicon } from '../lexicon/types.ts';
import { wordSpans } from '../text/words.ts';
import { factsOf, pairSupport, type Evidence, type WordFacts } from './candidates.ts';
import type { SentencePair, Span, WordLink } from './types.ts';

export type { Evidence } from './candidates.ts';

/** Below this a candidate is not linked at all; tuned on the dev half of eval/counterpart. */
const LINK_THRESHOLD = 0.45;
/** A word joins a neighbour's link (change + management, Skriv + ut) when it supports the same partner this much. */
const JOIN_THRESHOLD = 0.6;
/** How much a link loses per unit of relative distance (0: same place in both sentences, 1: opposite ends). */
const POSITION_WEIGHT = 0.3;

interface Group {
  nb: number[];
  en: number[];
  confidence: number;
}

const relative = (index: number, count: number) => (count <= 1 ? 0.5 : index / (count - 1));

// A glossary entry is a sure link where all its words stand side by side in the sentence.
function glossaryGroups(nbWords: readonly WordFacts[], enWords: readonly WordFacts[], glossary: Evidence['glossary']): Group[] {
  const find = (words: readonly WordFacts[], term: string) => {
    const wanted = term.toLowerCase().split(/\s+/u).filter((word) => word !== '');
    if (wanted.length === 0) return undefined;
    for (let start = 0; start + wanted.length <= words.length; start++) {
      if (wanted.every((word, k) => words[start + k]?.forms.has(word))) return wanted.map((_, k) => start + k);
    }
    return undefined;
  };
  const groups: Group[] = [];
  for (const entry of glossary ?? []) {
    const nb = find(nbWords, entry.nb);
    const en = find(enWords, entry.en);
    if (nb !== undefined && en !== undefined) groups.push({ nb, en, confidence: 1 });
  }
  return groups;
}

/** Bokmål adverbs that make particle verbs with the verb before them. */
const PARTICLES = new Set(['ut', 'av', 'over', 'ned', 'opp', 'inn']);

/** The longest free runs a gap between two links may hold and still be linked as one phrase. */
const GAP_NB = 1;
const GAP_EN = 3;

/**
 * Free words between two neighbouring links that keep their order in both sentences translate each other: the
 * translator put them there (Tjenerfeil ← Server error, oppdatert ← up to date). Sentence edges count as links.
 */
function fillGaps(groups: readonly Group[], nbWords: readonly WordFacts[], enWords: readonly WordFacts[]): Group[] {
  const nbCount = nbWords.length;
  const enCount = enWords.length;
  const nbClosed = (i: number) => nbWords[i]?.closed ?? false;
  const enClosed = (j: number) => enWords[j]?.closed ?? false;
  const nbTaken = new Set(groups.flatMap((group) => group.nb));
  const enTaken = new Set(groups.flatMap((group) => group.en));
  const anchors = [
    { nb: -1, en: -1 },
    ...groups.filter((group) => group.nb.length === 1 && group.en.length === 1).map((group) => ({ nb: group.nb[0] ?? 0, en: group.en[0] ?? 0 })),
    { nb: nbCount, en: enCount },
  ].sort((a, b) => a.nb - b.nb);
  const filled: Group[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const before = anchors[k];
    const after = anchors[k + 1];
    if (before === undefined || after === undefined || after.en <= before.en) continue;
    const nb = Array.from({ length: after.nb - before.nb - 1 }, (_, d) => before.nb + 1 + d);
    const en = Array.from({ length: after.en - before.en - 1 }, (_, d) => before.en + 1 + d);
    if (nb.some((i) => nbTaken.has(i)) || en.some((j) => enTaken.has(j))) continue;
    // Closed-class words left free had no rendering here (å, som, the): they stay out of the phrase.
    const nbContent = nb.filter((i) => !nbClosed(i));
    const enContent = en.filter((j) => !enClosed(j));
    if (nbContent.length === 0 || enContent.length === 0) continue;
    if (nbContent.length === 1 && enContent.length <= GAP_EN) filled.push({ nb: nbContent, en: enContent, confidence: 0.5 });
    else if (enContent.length === 1 && nbContent.length <= GAP_NB) filled.push({ nb: nbContent, en: enContent, confidence: 0.5 });
    else if (nbContent.length === 2 && enContent.length === 2) {
      // Two and two: in order, as the neighbouring links are.
      nbContent.forEach((i, k) => filled.push({ nb: [i], en: [enContent[k] ?? 0], confidence: 0.4 }));
    }
  }
  return filled;
}

/** Every word link of the pair, as spans: each word belongs to at most one link, and many words stay unlinked. */
export function linkSentencePair(pair: SentencePair, lexicon: Lexicon, evidence: Evidence = {}): WordLink[] {
  const nbSpans = wordSpans(pair.nb);
  const enSpans = wordSpans(pair.en);
  const nbWords = nbSpans.map((span) => factsOf(pair.nb.slice(span.start, span.end), 'nb', lexicon));
  const enWords = enSpans.map((span) => factsOf(pair.en.slice(span.start, span.end), 'en', lexicon));
  const support = nbWords.map((nb) => enWords.map((en) => pairSupport(nb, en, evidence)));
  const supportOf = (i: number, j: number) => support[i]?.[j] ?? 0;

  const nbGroup = new Map<number, Group>();
  const enGroup = new Map<number, Group>();
  const groups: Group[] = [];
  const take = (group: Group) => {
    groups.push(group);
    for (const i of group.nb) nbGroup.set(i, group);
    for (const j of group.en) enGroup.set(j, group);
  };
  for (const group of glossaryGroups(nbWords, enWords, evidence.glossary)) {
    if (group.nb.every((i) => !nbGroup.has(i)) && group.en.every((j) => !enGroup.has(j))) take(group);
  }

  // Competitive linking: the best-supported free pair first, until no candidate clears the threshold.
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < nbWords.length; i++) {
    for (let j = 0; j < enWords.length; j++) {
      const base = supportOf(i, j);
      if (base === 0) continue;
      const score = base - POSITION_WEIGHT * Math.abs(relative(i, nbWords.length) - relative(j, enWords.length));
      if (score >= LINK_THRESHOLD) candidates.push({ i, j, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const { i, j, score } of candidates) {
    if (!nbGroup.has(i) && !enGroup.has(j)) take({ nb: [i], en: [j], confidence: Math.min(1, score) });
  }

  // Phrases: a free word beside a linked one joins its link when it supports the same partner (status code ← statuskode).
  let grew = true;
  while (grew) {
    grew = false;
    for (const group of groups) {
      for (const j of [Math.min(...group.en) - 1, Math.max(...group.en) + 1]) {
        if (j < 0 || j >= enWords.length || enGroup.has(j)) continue;
        if (group.nb.some((i) => supportOf(i, j) >= JOIN_THRESHOLD)) {
          group.en.push(j);
          enGroup.set(j, group);
          grew = true;
        }
      }
      for (const i of [Math.min(...group.nb) - 1, Math.max(...group.nb) + 1]) {
        if (i < 0 || i >= nbWords.length || nbGroup.has(i)) continue;
        if (group.en.some((j) => supportOf(i, j) >= JOIN_THRESHOLD)) {
          group.nb.push(i);
          nbGroup.set(i, group);
          grew = true;
        }
      }
    }
  }

  for (const group of fillGaps(groups, nbWords, enWords)) take(group);

  // Particle verbs: a free particle right after a linked verb belongs to it (Skriv ut ← Print, slått av ← disabled).
  nbWords.forEach((word, i) => {
    const verbGroup = nbGroup.get(i - 1);
    if (!PARTICLES.has(word.lower) || nbGroup.has(i) || verbGroup === undefined || nbWords[i - 1]?.verb !== true) return;
    verbGroup.nb.push(i);
    nbGroup.set(i, verbGroup);
  });

  return groups.map((group) => ({
    nb: [...group.nb].sort((a, b) => a - b).flatMap((i) => nbSpans[i] ?? []),
    en: [...group.en].sort((a, b) => a - b).flatMap((j) => enSpans[j] ?? []),
    confidence: group.confidence,
  }));
}

/** The words of the other sentence that translate the word at `word` (offsets in pair[from]); empty when none does. */
export function findCounterparts(pair: SentencePair, from: Lang, word: Span, lexicon: Lexicon, evidence: Evidence = {}): Span[] {
  return counterpartsIn(linkSentencePair(pair, lexicon, evidence), from, word);
}

/** The other side of the link that holds `word` (a span of the `from` sentence), from a pair's links; none when it is unlinked. */
export function counterpartsIn(links: readonly WordLink[], from: Lang, word: Span): Span[] {
  const to: Lang = from === 'nb' ? 'en' : 'nb';
  const link = links.find((candidate) => candidate[from].some((span) => span.start < word.end && word.start < span.end));
  return link === undefined ? [] : link[to];
}
