// Anchors: the parts of a unit that survive translation (numbers, names, quotations, shared words), and how far two units' anchors agree.
//
// Numbers lose their thousands and decimal separators ("6000", "6,000" and "6 000" are the same); capitalised
// words (names) are keyed on their first four letters, so that "Lukasjenko" meets "Lukashenko" and "Ukraina"
// meets "Ukraine". Each kind has a weight: what a shared anchor takes off a link's cost, and what an anchor
// found on one side only adds. Numbers are nearly always carried over, names less reliably (English capitalises
// days and nationalities, bokmål does not), so a missing name costs little; a capitalised word that opens a
// sentence may be no name at all ("Det", "The"), so it counts when matched and costs nothing when not.
// Besides anchors, each unit has a set of word keys (`wordsOf`): words spelt alike in both languages (technical
// terms, commands, cognates such as "installasjon"/"installation", keyed on their first five letters) and,
// where a bilingual word list is available (`WordKeys`), the keys it gives a word and its translation. Their
// overlap (Dice) is evidence that two units translate each other; being a ratio, it falls when a unit is
// glued to a neighbour that does not belong, which is what tells a dropped paragraph from a merge.

/** A bilingual word list's view for the aligner: the keys of a unit's words that the other language shares. */
export interface WordKeys {
  /** Keys for the words of one unit; a source word and its translation on the target side must get the same key. */
  keysOf(unit: string, side: 'source' | 'target'): Iterable<string>;
}

export const ANCHOR_WEIGHTS = {
  '#': { shared: 1.5, unshared: 1 },
  N: { shared: 0.75, unshared: 0.25 },
  I: { shared: 0.75, unshared: 0 },
  '"': { shared: 0.5, unshared: 0.25 },
} as const;
type AnchorKind = keyof typeof ANCHOR_WEIGHTS;

const NUMBER = /\p{N}+/gu;
const DIGIT_SEPARATOR = /(?<=\p{N})[.,\u00a0\u202f ](?=\p{N})/gu;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{L}{2,}/gu;
const INSIDE_SENTENCE = /[\p{L}\p{N},;)]\s+$/u;
const QUOTATION = /[«“"„][^»”"“]{2,}[»”"]|(?:^|\s)[–—] /u;

// Anchor key → kind. A name's key is the same wherever it stands, so that it matches across positions;
// its kind says whether it was ever seen inside a sentence.
export type Anchors = ReadonlyMap<string, AnchorKind>;

export const NO_ANCHORS: Anchors = new Map();

export function anchorsOf(unit: string): Anchors {
  const anchors = new Map<string, AnchorKind>();
  for (const [number] of unit.replace(DIGIT_SEPARATOR, '').matchAll(NUMBER)) anchors.set(`#${number}`, '#');
  for (const match of unit.matchAll(CAPITALISED)) {
    const key = `N${match[0].slice(0, 4).toLowerCase()}`;
    const inside = INSIDE_SENTENCE.test(unit.slice(Math.max(0, match.index - 8), match.index));
    if (inside || !anchors.has(key)) anchors.set(key, inside ? 'N' : 'I');
  }
  if (QUOTATION.test(unit)) anchors.set('"', '"');
  return anchors;
}

// Positive when the sides share more weighted anchors than they leave unmatched; subtracted from a link's cost.
export function anchorScore(a: Anchors, b: Anchors): number {
  let score = 0;
  for (const [key, kind] of a) score += b.has(key) ? ANCHOR_WEIGHTS[kind].shared : -ANCHOR_WEIGHTS[kind].unshared;
  for (const [key, kind] of b) if (!a.has(key)) score -= ANCHOR_WEIGHTS[kind].unshared;
  return score;
}

// pairUnions(sets)[k] is the union of sets k-1 and k (just set 0 for k = 0).
export function pairUnions(sets: readonly Anchors[]): Anchors[] {
  return sets.map((set, k) => (k === 0 ? set : unionOf([sets[k - 1], set])));
}

// A name seen inside a sentence in any of the units counts as seen inside one.
export function unionOf(sets: readonly (Anchors | undefined)[]): Map<string, AnchorKind> {
  const union = new Map<string, AnchorKind>();
  for (const set of sets) for (const [key, kind] of set ?? NO_ANCHORS) if (union.get(key) !== 'N') union.set(key, kind);
  return union;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}_\-./]*[\p{L}\p{N}]/gu;
const COGNATE_PREFIX = 5;
const MIN_WORD = 4;

/** A unit's word keys: lower-cased words of four letters or more by their first five, plus any keys a word list adds. */
export function wordsOf(unit: string, listed?: Iterable<string>): ReadonlySet<string> {
  const words = new Set<string>();
  for (const [word] of unit.toLowerCase().matchAll(WORD)) {
    if (word.length < MIN_WORD || /^[\p{N}.,]+$/u.test(word)) continue;
    // Commands, paths and file names are carried over as they are; plain words may be cognates.
    words.add(/[_./]/.test(word) ? word : word.slice(0, COGNATE_PREFIX));
  }
  if (listed) for (const key of listed) words.add(`=${key}`);
  return words;
}

/** Dice overlap of two word-key sets, 0–1. */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small) if (large.has(key)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export function wordPairUnions(sets: readonly ReadonlySet<string>[]): ReadonlySet<string>[] {
  return sets.map((set, k) => (k === 0 ? set : new Set([...(sets[k - 1] ?? []), ...set])));
}
