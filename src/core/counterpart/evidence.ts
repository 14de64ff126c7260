// Co-occurrence evidence from the learner's aligned sentence pairs: how often a bokmål and an English word share a pair (Dice).
import type { Lang } from '../lang.ts';
import type { SentencePair } from './types.ts';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

/** Serialisable counts: sentence pairs seen, pairs holding each word, pairs holding both words of a pair ("nb\ten"). */
export interface CooccurrenceModel {
  version: 1;
  pairs: number;
  nb: Record<string, number>;
  en: Record<string, number>;
  joint: Record<string, number>;
}

/** How words are counted: lower case by default; a caller with a lexicon may pass lemmas instead. */
export type WordKey = (word: string, lang: Lang) => string;
export const lowerCaseKey: WordKey = (word) => word.toLowerCase();

// Sentences longer than this add little but noise and n × m joint counts.
const LONGEST_COUNTED = 40;

export function emptyModel(): CooccurrenceModel {
  return { version: 1, pairs: 0, nb: {}, en: {}, joint: {} };
}

const keysOf = (text: string, lang: Lang, key: WordKey) => new Set(Array.from(text.matchAll(WORD), (match) => key(match[0], lang)));

/** Adds sentence pairs to a model in place (an import adds its own pairs) and returns it. */
export function addPairs(model: CooccurrenceModel, pairs: Iterable<SentencePair>, key: WordKey = lowerCaseKey): CooccurrenceModel {
  for (const pair of pairs) {
    const nbKeys = keysOf(pair.nb, 'nb', key);
    const enKeys = keysOf(pair.en, 'en', key);
    if (nbKeys.size === 0 || enKeys.size === 0 || nbKeys.size > LONGEST_COUNTED || enKeys.size > LONGEST_COUNTED) continue;
    model.pairs++;
    for (const nb of nbKeys) model.nb[nb] = (model.nb[nb] ?? 0) + 1;
    for (const en of enKeys) model.en[en] = (model.en[en] ?? 0) + 1;
    for (const nb of nbKeys) for (const en of enKeys) model.joint[`${nb}\t${en}`] = (model.joint[`${nb}\t${en}`] ?? 0) + 1;
  }
  return model;
}

/** Drops joint counts under a floor, so the stored model stays small; Dice of a pair seen once says little anyway. */
export function pruneModel(model: CooccurrenceModel, minimumJoint = 2): CooccurrenceModel {
  const joint: Record<string, number> = {};
  for (const [pair, count] of Object.entries(model.joint)) if (count >= minimumJoint) joint[pair] = count;
  return { ...model, joint };
}

/** Dice coefficient 2·c(nb,en) / (c(nb) + c(en)) of two word keys, 0 when either is unseen or the pair is rarer than minimumJoint. */
export function dice(model: CooccurrenceModel, nbKey: string, enKey: string, minimumJoint = 2): number {
  const together = model.joint[`${nbKey}\t${enKey}`] ?? 0;
  if (together < minimumJoint) return 0;
  return (2 * together) / ((model.nb[nbKey] ?? 0) + (model.en[enKey] ?? 0));
}
