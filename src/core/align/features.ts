// Each unit's anchors and word keys as sorted integer ids, with the unions of neighbouring units, built once per alignment.
//
// The band's inner loop scores every candidate link; with anchors and words as Maps and Sets it spent most of its
// time iterating them and collecting the garbage their iterators left (a 440 KB pair: about 1.3 s of 2 s). Sorted
// id arrays are scored by one merge each, allocate nothing, and the unions of neighbours (for 2–1 and 1–2 links)
// are made once per alignment instead of once per search of the band.
import { ANCHOR_WEIGHTS, anchorsOf, wordsOf, type Anchors } from './anchors';

const KINDS = Object.keys(ANCHOR_WEIGHTS) as (keyof typeof ANCHOR_WEIGHTS)[];
const SHARED = Float64Array.from(KINDS, (kind) => ANCHOR_WEIGHTS[kind].shared);
const UNSHARED = Float64Array.from(KINDS, (kind) => ANCHOR_WEIGHTS[kind].unshared);
const NAME_INSIDE = KINDS.indexOf('N');

/** One unit's (or two neighbours') anchors and word keys: ids in ascending order, anchor kinds beside their ids. */
export interface UnitFeatures {
  readonly anchorIds: Int32Array;
  readonly anchorKinds: Uint8Array;
  /** What all of the anchors would cost if the other side had none of them. */
  readonly anchorUnshared: number;
  readonly words: Int32Array;
}

/** Features of each unit of a side, and of each unit joined with the one before it (index k: units k-1 and k). */
export interface SideFeatures {
  readonly single: readonly UnitFeatures[];
  readonly pairs: readonly UnitFeatures[];
}

const EMPTY: UnitFeatures = { anchorIds: new Int32Array(0), anchorKinds: new Uint8Array(0), anchorUnshared: 0, words: new Int32Array(0) };

/** Gives each distinct key one id; both sides of an alignment must share one interner, so equal keys get equal ids. */
export class KeyInterner {
  private readonly ids = new Map<string, number>();

  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** A unit's features from its text; `listed` are the keys a bilingual word list gives its words. */
export function featuresOf(unit: string, interner: KeyInterner, listed?: Iterable<string>): UnitFeatures {
  return unitFeatures(anchorsOf(unit), wordsOf(unit, listed), interner);
}

/** The features of units read as one (a paragraph from its sentences): the union of each one's. */
export function joinedFeatures(units: readonly UnitFeatures[]): UnitFeatures {
  return units.reduce<UnitFeatures>((joined, unit, k) => (k === 0 ? unit : unionFeatures(joined, unit)), EMPTY);
}

export function sideFeatures(single: readonly UnitFeatures[]): SideFeatures {
  return { single, pairs: single.map((features, k) => (k === 0 ? features : unionFeatures(single[k - 1] ?? EMPTY, features))) };
}

function unitFeatures(anchors: Anchors, words: ReadonlySet<string>, interner: KeyInterner): UnitFeatures {
  const entries = [...anchors].map(([key, kind]) => [interner.idOf(key), KINDS.indexOf(kind)] as const).sort((a, b) => a[0] - b[0]);
  const anchorKinds = Uint8Array.from(entries, ([, kind]) => kind);
  return {
    anchorIds: Int32Array.from(entries, ([id]) => id),
    anchorKinds,
    anchorUnshared: unsharedSum(anchorKinds),
    words: Int32Array.from(words, (word) => interner.idOf(word)).sort(),
  };
}

// As unionOf in anchors.ts: a name seen inside a sentence in either unit counts as seen inside one.
// Written into arrays of the largest size the union can have and cut to length once: a book's alignment makes three
// unions per sentence, and growing plain arrays for each was a tenth of its time.
function unionFeatures(a: UnitFeatures, b: UnitFeatures): UnitFeatures {
  const ai = a.anchorIds;
  const bi = b.anchorIds;
  const ids = new Int32Array(ai.length + bi.length);
  const kinds = new Uint8Array(ai.length + bi.length);
  let size = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] ?? 0;
    const y = bi[j] ?? 0;
    if (x === y) {
      const kx = a.anchorKinds[i++] ?? 0;
      const ky = b.anchorKinds[j++] ?? 0;
      ids[size] = x;
      kinds[size++] = kx === NAME_INSIDE ? kx : ky;
    } else if (x < y) {
      ids[size] = x;
      kinds[size++] = a.anchorKinds[i++] ?? 0;
    } else {
      ids[size] = y;
      kinds[size++] = b.anchorKinds[j++] ?? 0;
    }
  }
  for (; i < ai.length; i++) {
    ids[size] = ai[i] ?? 0;
    kinds[size++] = a.anchorKinds[i] ?? 0;
  }
  for (; j < bi.length; j++) {
    ids[size] = bi[j] ?? 0;
    kinds[size++] = b.anchorKinds[j] ?? 0;
  }
  const anchorKinds = kinds.slice(0, size);
  return { anchorIds: ids.slice(0, size), anchorKinds, anchorUnshared: unsharedSum(anchorKinds), words: mergeUnique(a.words, b.words) };
}

function unsharedSum(kinds: Uint8Array): number {
  let sum = 0;
  for (const kind of kinds) sum += UNSHARED[kind] ?? 0;
  return sum;
}

function mergeUnique(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length);
  let size = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x <= y) i++;
    if (y <= x) j++;
    merged[size++] = x < y ? x : y;
  }
  while (i < a.length) merged[size++] = a[i++] ?? 0;
  while (j < b.length) merged[size++] = b[j++] ?? 0;
  return merged.slice(0, size);
}

/** The same score as anchorScore in anchors.ts: shared anchors (weighed by the source's kind) minus unshared ones. */
export function anchorAgreement(a: UnitFeatures, b: UnitFeatures): number {
  const { anchorIds: ai, anchorKinds: ak } = a;
  const { anchorIds: bi, anchorKinds: bk } = b;
  let score = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] ?? 0;
    const y = bi[j] ?? 0;
    if (x === y) {
      score += SHARED[ak[i] ?? 0] ?? 0;
      i++;
      j++;
    } else if (x < y) {
      score -= UNSHARED[ak[i++] ?? 0] ?? 0;
    } else {
      score -= UNSHARED[bk[j++] ?? 0] ?? 0;
    }
  }
  while (i < ai.length) score -= UNSHARED[ak[i++] ?? 0] ?? 0;
  while (j < bi.length) score -= UNSHARED[bk[j++] ?? 0] ?? 0;
  return score;
}

/** The same overlap as wordOverlap in anchors.ts (Dice of the word-key sets), 0–1. */
export function wordAgreement(a: UnitFeatures, b: UnitFeatures): number {
  const x = a.words;
  const y = b.words;
  if (x.length === 0 || y.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] ?? 0;
    const q = y[j] ?? 0;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * The band scores one source unit (or two joined) against many target units in a row. Marking the source's ids
 * once per row lets each score be one pass over the target's ids, with no merge. The weights are multiples of a
 * quarter, so the sums are exact and equal anchorAgreement and wordAgreement to the last bit.
 * The marks are scratch arrays shared by all alignments (one runs at a time, synchronously); `clear` leaves them
 * all zero again.
 */
export class RowMarks {
  // By key id: bit 1 when the word is in the single unit, bit 2 when in the joined pair.
  private words = new Uint8Array(1024);
  // By key id: the anchor's kind + 1 in the single unit (singleKinds) or the joined pair (pairKinds); 0 when absent.
  private singleKinds = new Uint8Array(1024);
  private pairKinds = new Uint8Array(1024);
  private single: UnitFeatures = EMPTY;
  private pair: UnitFeatures = EMPTY;

  mark(single: UnitFeatures, pair: UnitFeatures): void {
    this.clear();
    this.single = single;
    this.pair = pair;
    this.fit(Math.max(single.words.at(-1) ?? 0, pair.words.at(-1) ?? 0, single.anchorIds.at(-1) ?? 0, pair.anchorIds.at(-1) ?? 0));
    for (const id of single.words) this.words[id] = 1;
    for (const id of pair.words) this.words[id] = (this.words[id] ?? 0) | 2;
    single.anchorIds.forEach((id, k) => (this.singleKinds[id] = (single.anchorKinds[k] ?? 0) + 1));
    pair.anchorIds.forEach((id, k) => (this.pairKinds[id] = (pair.anchorKinds[k] ?? 0) + 1));
  }

  clear(): void {
    for (const id of this.single.words) this.words[id] = 0;
    for (const id of this.pair.words) this.words[id] = 0;
    for (const id of this.single.anchorIds) this.singleKinds[id] = 0;
    for (const id of this.pair.anchorIds) this.pairKinds[id] = 0;
    this.single = EMPTY;
    this.pair = EMPTY;
  }

  /** anchorAgreement(marked unit or pair, b). */
  anchors(joined: boolean, b: UnitFeatures): number {
    const kinds = joined ? this.pairKinds : this.singleKinds;
    const { anchorIds, anchorKinds } = b;
    let score = -(joined ? this.pair : this.single).anchorUnshared - b.anchorUnshared;
    for (let k = 0; k < anchorIds.length; k++) {
      const marked = kinds[anchorIds[k] ?? 0] ?? 0;
      if (marked > 0) score += (SHARED[marked - 1] ?? 0) + (UNSHARED[marked - 1] ?? 0) + (UNSHARED[anchorKinds[k] ?? 0] ?? 0);
    }
    return score;
  }

  /** wordAgreement(marked unit or pair, b). */
  wordShare(joined: boolean, b: UnitFeatures): number {
    const size = (joined ? this.pair : this.single).words.length;
    const ids = b.words;
    if (size === 0 || ids.length === 0) return 0;
    const bit = joined ? 2 : 1;
    let shared = 0;
    for (let k = 0; k < ids.length; k++) if (((this.words[ids[k] ?? 0] ?? 0) & bit) !== 0) shared++;
    return (2 * shared) / (size + ids.length);
  }

  private fit(maxId: number): void {
    if (maxId < this.words.length) return;
    let size = this.words.length;
    while (size <= maxId) size *= 2;
    this.words = new Uint8Array(size);
    this.singleKinds = new Uint8Array(size);
    this.pairKinds = new Uint8Array(size);
  }
}

/** One RowMarks for every alignment: its arrays grow to the largest key id seen and are reused, not reallocated. */
export const rowMarks = new RowMarks();
