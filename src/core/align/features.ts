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
  readonly words: Int32Array;
}

/** Features of each unit of a side, and of each unit joined with the one before it (index k: units k-1 and k). */
export interface SideFeatures {
  readonly single: readonly UnitFeatures[];
  readonly pairs: readonly UnitFeatures[];
}

const EMPTY: UnitFeatures = { anchorIds: new Int32Array(0), anchorKinds: new Uint8Array(0), words: new Int32Array(0) };

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
  return {
    anchorIds: Int32Array.from(entries, ([id]) => id),
    anchorKinds: Uint8Array.from(entries, ([, kind]) => kind),
    words: Int32Array.from(words, (word) => interner.idOf(word)).sort(),
  };
}

// As unionOf in anchors.ts: a name seen inside a sentence in either unit counts as seen inside one.
function unionFeatures(a: UnitFeatures, b: UnitFeatures): UnitFeatures {
  const ids: number[] = [];
  const kinds: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.anchorIds.length || j < b.anchorIds.length) {
    const x = i < a.anchorIds.length ? (a.anchorIds[i] ?? 0) : Infinity;
    const y = j < b.anchorIds.length ? (b.anchorIds[j] ?? 0) : Infinity;
    if (x === y) {
      const kx = a.anchorKinds[i++] ?? 0;
      const ky = b.anchorKinds[j++] ?? 0;
      ids.push(x);
      kinds.push(kx === NAME_INSIDE ? kx : ky);
    } else if (x < y) {
      ids.push(x);
      kinds.push(a.anchorKinds[i++] ?? 0);
    } else {
      ids.push(y);
      kinds.push(b.anchorKinds[j++] ?? 0);
    }
  }
  return { anchorIds: Int32Array.from(ids), anchorKinds: Uint8Array.from(kinds), words: mergeUnique(a.words, b.words) };
}

function mergeUnique(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length);
  let size = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    if (x <= y) i++;
    if (y <= x) j++;
    merged[size++] = Math.min(x, y);
  }
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
