// How sure the aligner is of one link, 0–1, from the same evidence it aligns by: lengths, anchors and shared words.
import { anchorScore, anchorsOf, wordOverlap, wordsOf } from './anchors';
import { delta, logTailProbability } from './band';

// Gale & Church's starting model: the confidence of a link must not depend on what the rest of the pair looks like.
const C = 1;
const S2 = 6.8;
const WORD_WEIGHT = 6;
const WORD_BASELINE = 0.1;
// Evidence (in nats) at which a link counts as even odds; chosen so that a 1–1 pair of plausible lengths with no
// anchors either way sits at about 0.8, and one whose lengths are off by three standard deviations falls below 0.2.
const OFFSET = 1.5;
/** A sentence without counterpart: often right (a translator's addition), but worth a look. */
export const UNPAIRED_CONFIDENCE = 0.3;

export function linkConfidence(source: readonly string[], target: readonly string[]): number {
  if (source.length === 0 || target.length === 0) return UNPAIRED_CONFIDENCE;
  const a = source.join(' ');
  const b = target.join(' ');
  const evidence =
    logTailProbability(delta(a.trim().length, b.trim().length, C, S2)) +
    anchorScore(anchorsOf(a), anchorsOf(b)) +
    WORD_WEIGHT * (wordOverlap(wordsOf(a), wordsOf(b)) - WORD_BASELINE);
  return 1 / (1 + Math.exp(-(evidence + OFFSET)));
}

/** Link indices ordered from the weakest link to the strongest (ties in text order). */
export function weakestFirst(confidences: readonly number[]): number[] {
  return confidences.map((confidence, index) => ({ confidence, index })).sort((x, y) => x.confidence - y.confidence || x.index - y.index).map(({ index }) => index);
}
