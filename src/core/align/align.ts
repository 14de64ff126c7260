// Length-based alignment of two versions' units (paragraphs or sentences), after Gale & Church (1993), with anchor bonuses.
//
// Gale & Church model a translation's length in characters as proportional to the original's, with a
// variance that grows with length: delta = (l2 - c·l1) / sqrt(s2 · (l1 + l2/c) / 2) is roughly standard
// normal for true pairs. A link of type a–b costs −log(prior(a–b)) − log P(|delta|), and dynamic
// programming finds the cheapest chain of links. Lengths alone go astray when neighbours have similar
// lengths, so units that share numbers, capitalised names or quotations get a bonus (a lower cost), and
// anchors on one side only a small penalty. Departures from the paper, each explained where it is made:
// a flat cost for 1–0 links, 2–2 links off by default, and a second pass with c and s2 fitted to the pair.

export interface AlignmentLink {
  source: number[];
  target: number[];
}

export interface Alignment {
  links: AlignmentLink[];
  cost: number;
  /** Share of all characters in links with both sides, a plausible length ratio and anchors that do not disagree; 0–1. */
  confidence: number;
  /** The length model the final pass used (fitted to this pair unless `adapt` was false). */
  lengthModel: { c: number; s2: number };
}

export interface AlignOptions {
  /** Expected target characters per source character; about 1 between bokmål and English. */
  readonly c?: number;
  /** Variance of the length difference per character (Gale & Church's 6.8). */
  readonly s2?: number;
  /** Scale of the anchor bonuses and penalties (1 = the weights in ANCHOR_WEIGHTS, in nats). */
  readonly anchorWeight?: number;
  /** Cost, on top of the prior, of a unit left without a counterpart. */
  readonly deletionCost?: number;
  /** Whether to realign once with c and s2 fitted to this pair's own 1–1 links (default true). */
  readonly adapt?: boolean;
  /**
   * Whether 2–2 links are allowed (default false). Gale & Church allow them, but on the 003 seed pair they
   * swallowed two loose 1–1 sentence pairs at a time (paragraph F1 0.96 instead of 1).
   */
  readonly allow22?: boolean;
}

// Gale & Church's priors, with each symmetric pair of link types splitting its share evenly.
const LINK_TYPES: readonly { s: number; t: number; prior: number }[] = [
  { s: 1, t: 1, prior: 0.89 },
  { s: 1, t: 0, prior: 0.0099 / 2 },
  { s: 0, t: 1, prior: 0.0099 / 2 },
  { s: 2, t: 1, prior: 0.089 / 2 },
  { s: 1, t: 2, prior: 0.089 / 2 },
  { s: 2, t: 2, prior: 0.011 },
];

// Gale & Church charge a 1–0 link as if the missing side had length 0, which grows with the unit's length and
// makes a dropped paragraph so dear that the aligner would rather glue it onto a neighbour. A dropped unit says
// nothing about lengths, so it costs a flat amount instead: what a 1–1 link pays at two standard deviations.
const DELETION_COST = 3;

// Below this two-sided tail probability a link's lengths are not taken as evidence of translation.
const PLAUSIBLE_LENGTH_P = 0.05;

export function alignUnits(source: readonly string[], target: readonly string[], options: AlignOptions = {}): Alignment {
  const units: Units = {
    sourceLengths: source.map(unitLength),
    targetLengths: target.map(unitLength),
    sourceAnchors: source.map(anchorsOf),
    targetAnchors: target.map(anchorsOf),
  };
  const settings: Settings = {
    c: options.c ?? 1,
    s2: options.s2 ?? 6.8,
    anchorWeight: options.anchorWeight ?? 1,
    deletionCost: options.deletionCost ?? DELETION_COST,
    types: options.allow22 !== true ? LINK_TYPES.filter((type) => type.s + type.t < 4) : LINK_TYPES,
  };
  let result = bestPath(units, settings);
  if (options.adapt !== false) {
    // Gale & Church's figures come from other languages and translators; a second pass with c and s2 measured
    // on this pair's own 1–1 links separates true merges from a dropped unit glued onto a neighbour far better.
    const fitted = { ...settings, ...fitLengthModel(result.links, units, settings) };
    result = bestPath(units, fitted);
    return { ...result, confidence: confidenceOf(result.links, units, settings), lengthModel: { c: fitted.c, s2: fitted.s2 } };
  }
  return { ...result, confidence: confidenceOf(result.links, units, settings), lengthModel: { c: settings.c, s2: settings.s2 } };
}

interface Units {
  sourceLengths: readonly number[];
  targetLengths: readonly number[];
  sourceAnchors: readonly Anchors[];
  targetAnchors: readonly Anchors[];
}

interface Settings {
  c: number;
  s2: number;
  anchorWeight: number;
  deletionCost: number;
  types: readonly { s: number; t: number; prior: number }[];
}

function bestPath(units: Units, settings: Settings): { links: AlignmentLink[]; cost: number } {
  const { sourceLengths, targetLengths, sourceAnchors, targetAnchors } = units;
  const { c, s2, anchorWeight, deletionCost, types } = settings;
  // The anchors of every two neighbours, built once rather than in each of the n·m cells that need them.
  const sourcePairs = pairUnions(sourceAnchors);
  const targetPairs = pairUnions(targetAnchors);
  const anchorsOfRange = (single: readonly Anchors[], pairs: readonly Anchors[], end: number, size: number): Anchors =>
    (size === 1 ? single[end - 1] : pairs[end - 1]) ?? EMPTY;
  const n = sourceLengths.length;
  const m = targetLengths.length;
  const width = m + 1;

  // cost[i·width + j] is the cheapest alignment of the first i source and first j target units;
  // step remembers which link type got there.
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const step = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  const band = searchBand(n, m);
  for (let i = 0; i <= n; i++) {
    const diagonal = n === 0 ? 0 : (i * m) / n;
    const jFrom = Math.max(0, Math.floor(diagonal) - band);
    const jTo = Math.min(m, Math.ceil(diagonal) + band);
    for (let j = jFrom; j <= jTo; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestType = -1;
      types.forEach((type, index) => {
        if (type.s > i || type.t > j) return;
        const before = cost[(i - type.s) * width + (j - type.t)] ?? Infinity;
        if (before === Infinity) return;
        let linkCost = -Math.log(type.prior);
        if (type.s > 0 && type.t > 0) {
          const l1 = sumRange(sourceLengths, i - type.s, i);
          const l2 = sumRange(targetLengths, j - type.t, j);
          linkCost -= logTailProbability(delta(l1, l2, c, s2));
          linkCost -= anchorWeight * anchorScore(anchorsOfRange(sourceAnchors, sourcePairs, i, type.s), anchorsOfRange(targetAnchors, targetPairs, j, type.t));
        } else {
          linkCost += deletionCost;
        }
        if (before + linkCost < best) {
          best = before + linkCost;
          bestType = index;
        }
      });
      cost[i * width + j] = best;
      step[i * width + j] = bestType;
    }
  }

  const links: AlignmentLink[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const type = types[step[i * width + j] ?? -1];
    if (type === undefined) throw new Error('alignUnits: no path back (this is a bug)');
    links.push({ source: range(i - type.s, i), target: range(j - type.t, j) });
    i -= type.s;
    j -= type.t;
  }
  links.reverse();
  return { links, cost: cost[n * width + m] ?? Infinity };
}

// Only cells within this many units of the diagonal are searched, as in Gale & Church's own program: a
// translation's path strays from the diagonal by about as many units as were dropped or merged, so the band
// grows with the difference in counts and with the text's length. It makes a long article's alignment
// several times faster (a 3,000-word pair: 135 → 30 ms) without changing any result in the tests.
function searchBand(n: number, m: number): number {
  return Math.max(20, 2 * Math.abs(n - m) + 10, Math.ceil(0.1 * Math.max(n, m)));
}

// c is the ratio of total lengths over the 1–1 links; s2 their mean squared delta at that c. Both are shrunk
// towards the starting values by PRIOR_LINKS pseudo-links, so that a short text cannot talk the model into
// a variance so tight that every slightly free translation looks like a merge.
const PRIOR_LINKS = 5;

function fitLengthModel(links: readonly AlignmentLink[], units: Units, settings: Settings): { c: number; s2: number } {
  const pairs: [number, number][] = [];
  for (const link of links) {
    const l1 = link.source.length === 1 ? (units.sourceLengths[link.source[0] ?? -1] ?? 0) : 0;
    const l2 = link.target.length === 1 ? (units.targetLengths[link.target[0] ?? -1] ?? 0) : 0;
    if (l1 > 0 && l2 > 0) pairs.push([l1, l2]);
  }
  const sum1 = pairs.reduce((sum, [l1]) => sum + l1, 0);
  const sum2 = pairs.reduce((sum, [, l2]) => sum + l2, 0);
  const priorWeight = PRIOR_LINKS * (pairs.length === 0 ? 1 : sum1 / pairs.length);
  const c = (sum2 + settings.c * priorWeight) / (sum1 + priorWeight);
  const squares = pairs.reduce((sum, [l1, l2]) => sum + (l2 - c * l1) ** 2 / ((l1 + l2 / c) / 2), 0);
  const s2 = (squares + settings.s2 * PRIOR_LINKS) / (pairs.length + PRIOR_LINKS);
  return { c, s2 };
}

// The confidence is judged against the starting length model, not the fitted one: fitted to two unrelated
// texts, s2 grows until any pair of lengths looks plausible.
// The confidence is the character-weighted share of links that look like translations: both sides present,
// lengths within the model's 95% band, and anchors that agree at least as much as they disagree. Two texts that
// translate each other score near 1; unrelated texts leave most characters in skipped or implausible links.
// How far anchors may disagree before a link stops counting as a translation: two names seen on one side only
// (English capitalises months, days and nationalities that bokmål writes small: "August" / "august"), but not
// a number on one side only. Without it, a one-paragraph pair with "every August" scored 0.
const ANCHOR_TOLERANCE = 0.5;

function confidenceOf(links: readonly AlignmentLink[], units: Units, { c, s2 }: Settings): number {
  const { sourceLengths, targetLengths, sourceAnchors, targetAnchors } = units;
  let good = 0;
  let all = 0;
  for (const link of links) {
    const l1 = link.source.reduce((sum, index) => sum + (sourceLengths[index] ?? 0), 0);
    const l2 = link.target.reduce((sum, index) => sum + (targetLengths[index] ?? 0), 0);
    all += l1 + l2;
    if (link.source.length === 0 || link.target.length === 0) continue;
    if (Math.exp(logTailProbability(delta(l1, l2, c, s2))) < PLAUSIBLE_LENGTH_P) continue;
    const a = unionOf(link.source.map((index) => sourceAnchors[index]));
    const b = unionOf(link.target.map((index) => targetAnchors[index]));
    if (anchorScore(a, b) < -ANCHOR_TOLERANCE) continue;
    good += l1 + l2;
  }
  return all === 0 ? 0 : good / all;
}

function unitLength(unit: string): number {
  return unit.trim().length;
}

function delta(l1: number, l2: number, c: number, s2: number): number {
  const mean = (l1 + l2 / c) / 2;
  // Two empty sides cannot differ; treating them as a perfect fit keeps the formula finite.
  if (mean === 0) return 0;
  return (l2 - l1 * c) / Math.sqrt(mean * s2);
}

// log P(|Z| ≥ |d|) = log erfc(|d|/√2), computed in log space so that long unmatched paragraphs
// (|d| in the tens) still get a finite, ordered cost. Chebyshev fit from Numerical Recipes (erfcc),
// relative error below 1.2e-7 everywhere.
function logTailProbability(d: number): number {
  const z = Math.abs(d) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - z * z + poly;
}

// Anchors are the parts of a unit that survive translation unchanged: numbers (with thousands and decimal
// separators removed, since "6000", "6,000" and "6 000" are the same), capitalised words (names), keyed on
// their first four letters so that "Lukasjenko" meets "Lukashenko" and "Ukraina" meets "Ukraine", and
// quotations. Each kind has a weight: what a shared anchor takes off a link's cost, and what an anchor found
// on one side only adds. Numbers are nearly always carried over, names less reliably (English capitalises
// days and nationalities, bokmål does not), so a missing name costs little; and a capitalised word that
// opens a sentence may be no name at all ("Det", "The"), so it counts when matched and costs nothing when not.
const ANCHOR_WEIGHTS = {
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
type Anchors = ReadonlyMap<string, AnchorKind>;

function anchorsOf(unit: string): Anchors {
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
function anchorScore(a: Anchors, b: Anchors): number {
  let score = 0;
  for (const [key, kind] of a) score += b.has(key) ? ANCHOR_WEIGHTS[kind].shared : -ANCHOR_WEIGHTS[kind].unshared;
  for (const [key, kind] of b) if (!a.has(key)) score -= ANCHOR_WEIGHTS[kind].unshared;
  return score;
}

function sumRange(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += values[k] ?? 0;
  return sum;
}

const EMPTY: Anchors = new Map();

// pairUnions(sets)[k] is the union of sets k-1 and k (just set 0 for k = 0).
function pairUnions(sets: readonly Anchors[]): Anchors[] {
  return sets.map((set, k) => (k === 0 ? set : unionOf([sets[k - 1], set])));
}

// A name seen inside a sentence in any of the units counts as seen inside one.
function unionOf(sets: readonly (Anchors | undefined)[]): Map<string, AnchorKind> {
  const union = new Map<string, AnchorKind>();
  for (const set of sets) for (const [key, kind] of set ?? EMPTY) if (union.get(key) !== 'N') union.set(key, kind);
  return union;
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let k = from; k < to; k++) values.push(k);
  return values;
}
