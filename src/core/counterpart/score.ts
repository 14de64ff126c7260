// Scores predicted word links against gold ones: precision, recall and F1 over linked word pairs.
import { wordSpans } from '../text/words.ts';
import type { GoldLink } from './evalSet.ts';
import type { SentencePair, WordLink } from './types.ts';

export interface LinkScore {
  /** Predicted word pairs. */
  predicted: number;
  /** Predicted word pairs that are sure or possible gold pairs. */
  correct: number;
  /** Sure gold word pairs, and how many of them were predicted. */
  sure: number;
  found: number;
}

export interface LinkFigures {
  precision: number;
  recall: number;
  f1: number;
}

const key = (nb: number, en: number) => `${nb}:${en}`;

/** Every nb × en word pair a group link stands for: a link between phrases links each word of one to each word of the other. */
function wordPairs(links: readonly { nb: readonly number[]; en: readonly number[] }[]): Set<string> {
  const pairs = new Set<string>();
  for (const link of links) for (const nb of link.nb) for (const en of link.en) pairs.add(key(nb, en));
  return pairs;
}

/** Turns span links into word-index links, by the words (wordSpans) each span covers. */
export function linksAsIndices(pair: SentencePair, links: readonly WordLink[]): { nb: number[]; en: number[] }[] {
  const nbWords = wordSpans(pair.nb);
  const enWords = wordSpans(pair.en);
  const covered = (words: readonly { start: number; end: number }[], spans: readonly { start: number; end: number }[]) =>
    words.flatMap((word, index) => (spans.some((span) => span.start < word.end && word.start < span.end) ? [index] : []));
  return links.map((link) => ({ nb: covered(nbWords, link.nb), en: covered(enWords, link.en) }));
}

/** Counts for one sentence pair. Word pairs are unordered, so one count serves both directions (nb→en and en→nb). */
export function scoreLinks(predicted: readonly { nb: readonly number[]; en: readonly number[] }[], gold: readonly GoldLink[]): LinkScore {
  const predictedPairs = wordPairs(predicted);
  const surePairs = wordPairs(gold.filter((link) => link.sure));
  const anyPairs = wordPairs(gold);
  let correct = 0;
  let found = 0;
  for (const pair of predictedPairs) {
    if (anyPairs.has(pair)) correct++;
    if (surePairs.has(pair)) found++;
  }
  return { predicted: predictedPairs.size, correct, sure: surePairs.size, found };
}

export function addScores(scores: readonly LinkScore[]): LinkScore {
  return scores.reduce(
    (sum, score) => ({
      predicted: sum.predicted + score.predicted,
      correct: sum.correct + score.correct,
      sure: sum.sure + score.sure,
      found: sum.found + score.found,
    }),
    { predicted: 0, correct: 0, sure: 0, found: 0 },
  );
}

/** Precision against sure and possible gold pairs, recall against sure ones (as in Och & Ney's alignment error rate). */
export function figures(score: LinkScore): LinkFigures {
  const precision = score.predicted === 0 ? 0 : score.correct / score.predicted;
  const recall = score.sure === 0 ? 0 : score.found / score.sure;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
