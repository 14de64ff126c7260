// Length-based alignment of two versions' units (paragraphs or sentences), after Gale & Church (1993), with anchor bonuses.
//
// Gale & Church model a translation's length in characters as proportional to the original's, with a
// variance that grows with length: delta = (l2 - c·l1) / sqrt(s2 · (l1 + l2/c) / 2) is roughly standard
// normal for true pairs. A link of type a–b costs −log(prior(a–b)) − log P(|delta|), and dynamic
// programming (band.ts) finds the cheapest chain of links. Lengths alone go astray when neighbours have similar
// lengths, so units that share numbers, capitalised names, quotations or words (anchors.ts) get a bonus, and
// anchors on one side only a small penalty; headings pair with headings. Departures from the paper, each
// explained where it is made: a flat cost for 1–0 links, 2–2 links off by default, and a second pass with c
// and s2 fitted to the pair.
import type { WordKeys } from './anchors';
import { anchorAgreement, featuresOf, joinedFeatures, KeyInterner, sideFeatures, type UnitFeatures } from './features';
import { bandedPath, delta, logTailProbability, type AlignmentLink, type BandResult, type LinkType, type Settings, type UnitRole, type Units } from './band';

export type { AlignmentLink, UnitRole };

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
  /** Scale of the anchor bonuses and penalties (1 = the weights in anchors.ts, in nats). */
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
  /** Each unit's part in the structure (default: all text); headings pair with headings. */
  readonly roles?: { readonly source: readonly UnitRole[]; readonly target: readonly UnitRole[] };
  /** Nats a link gains per unit of word overlap (Dice of the sides' word keys, anchors.ts) above `wordBaseline`. */
  readonly wordWeight?: number;
  readonly wordBaseline?: number;
  /** Cost, on top of the prior, of joining two units on one side. */
  readonly mergeCost?: number;
  /** A bilingual word list, where one is available: the keys it gives a word and its translation count as shared words. */
  readonly wordKeys?: WordKeys;
}

// Gale & Church's priors, with each symmetric pair of link types splitting its share evenly.
const LINK_TYPES: readonly LinkType[] = [
  { s: 1, t: 1, prior: 0.89 },
  { s: 1, t: 0, prior: 0.0099 / 2 },
  { s: 0, t: 1, prior: 0.0099 / 2 },
  { s: 2, t: 1, prior: 0.089 / 2 },
  { s: 1, t: 2, prior: 0.089 / 2 },
  { s: 2, t: 2, prior: 0.011 },
];

// Gale & Church charge a 1–0 link as if the missing side had length 0, which grows with the unit's length and
// makes a dropped paragraph so dear that the aligner would rather glue it onto a neighbour. A dropped unit says
// nothing about lengths, so it costs a flat amount instead. On the handbook evaluation set (eval/align) 1 nat
// recovered 41 of 43 drops against 38 at 3 nats, with no more wrong links on clean text.
const DELETION_COST = 1;

// Word overlap between 0.05 and 0.15 for the baseline and 4 to 12 nats for the weight gave the same links on the
// evaluation set; without it, macro F1 fell from 0.995 to 0.986.
// "No merge or split unless clearly better than 1–1": a short, loosely translated pair ("Show your appreciation" /
// "Vis din takknemlighet og anerkjennelse") was glued crosswise onto its neighbours (a 1–2 and a 2–1) until each
// merge paid 2 nats more than Gale & Church's prior; on the evaluation set that took the wrong links on 811
// clean paragraphs from 2 to 0 and changed nothing on the perturbed sections.
const MERGE_COST = 2;
const WORD_WEIGHT = 6;
const WORD_BASELINE = 0.1;

// Below this two-sided tail probability a link's lengths are not taken as evidence of translation.
const PLAUSIBLE_LENGTH_P = 0.05;

/**
 * The most cells the search band may hold (about 9 bytes each): the band is widened while the path runs along
 * its edge, but never past this, so 100,000 short units on a side still align in bounded time and memory.
 */
export const MAX_BAND_CELLS = 8_000_000;

/** One side's units as the aligner reads them: each one's length in characters and its anchors and word keys. */
export interface PreparedUnits {
  readonly lengths: readonly number[];
  readonly features: readonly UnitFeatures[];
}

export function alignUnits(source: readonly string[], target: readonly string[], options: AlignOptions = {}): Alignment {
  const interner = new KeyInterner();
  const prepare = (units: readonly string[], side: 'source' | 'target'): PreparedUnits => ({
    lengths: units.map(unitLength),
    features: units.map((unit) => featuresOf(unit, interner, options.wordKeys?.keysOf(unit, side))),
  });
  return alignPrepared(prepare(source, 'source'), prepare(target, 'target'), options);
}

/**
 * alignUnits on units whose lengths and features are known already (made with one KeyInterner for both sides):
 * the nested alignment reads each sentence once and builds its paragraphs' features from them.
 */
export function alignPrepared(source: PreparedUnits, target: PreparedUnits, options: AlignOptions = {}): Alignment {
  const units: Units = {
    sourceLengths: source.lengths,
    targetLengths: target.lengths,
    sourceFeatures: sideFeatures(source.features),
    targetFeatures: sideFeatures(target.features),
    sourceRoles: options.roles?.source ?? [],
    targetRoles: options.roles?.target ?? [],
  };
  const settings: Settings = {
    c: options.c ?? 1,
    s2: options.s2 ?? 6.8,
    anchorWeight: options.anchorWeight ?? 1,
    deletionCost: options.deletionCost ?? DELETION_COST,
    wordWeight: options.wordWeight ?? WORD_WEIGHT,
    wordBaseline: options.wordBaseline ?? WORD_BASELINE,
    mergeCost: options.mergeCost ?? MERGE_COST,
    types: options.allow22 !== true ? LINK_TYPES.filter((type) => type.s + type.t < 4) : LINK_TYPES,
  };
  let result = widenedPath(units, settings);
  if (options.adapt !== false) {
    // Gale & Church's figures come from other languages and translators; a second pass with c and s2 measured
    // on this pair's own 1–1 links separates true merges from a dropped unit glued onto a neighbour far better.
    const fitted = { ...settings, ...fitLengthModel(result.links, units, settings) };
    result = widenedPath(units, fitted);
    return { links: result.links, cost: result.cost, confidence: confidenceOf(result.links, units, settings), lengthModel: { c: fitted.c, s2: fitted.s2 } };
  }
  return { links: result.links, cost: result.cost, confidence: confidenceOf(result.links, units, settings), lengthModel: { c: settings.c, s2: settings.s2 } };
}

// The band starts a little wider than the difference in unit counts. While the best path runs along its edge
// (a cluster of drops on one side, or lengths that drift apart), the band is centred on that path and doubled,
// within MAX_BAND_CELLS and a few rounds.
const MAX_ROUNDS = 4;

function widenedPath(units: Units, settings: Settings): BandResult {
  const n = units.sourceLengths.length;
  const m = units.targetLengths.length;
  let halfWidth = Math.max(16, Math.abs(n - m) + 8);
  let result = bandedPath(units, settings, halfWidth);
  for (let round = 1; round < MAX_ROUNDS && result.nearEdge && halfWidth < Math.max(n, m); round++) {
    if ((n + 1) * (4 * halfWidth + 3) > MAX_BAND_CELLS) break;
    halfWidth *= 2;
    result = bandedPath(units, settings, halfWidth, result.links);
  }
  return result;
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
  const { sourceLengths, targetLengths, sourceFeatures, targetFeatures } = units;
  let good = 0;
  let all = 0;
  for (const link of links) {
    const l1 = link.source.reduce((sum, index) => sum + (sourceLengths[index] ?? 0), 0);
    const l2 = link.target.reduce((sum, index) => sum + (targetLengths[index] ?? 0), 0);
    all += l1 + l2;
    if (link.source.length === 0 || link.target.length === 0) continue;
    if (Math.exp(logTailProbability(delta(l1, l2, c, s2))) < PLAUSIBLE_LENGTH_P) continue;
    const a = joinedFeatures(link.source.flatMap((index) => sourceFeatures.single[index] ?? []));
    const b = joinedFeatures(link.target.flatMap((index) => targetFeatures.single[index] ?? []));
    if (anchorAgreement(a, b) < -ANCHOR_TOLERANCE) continue;
    good += l1 + l2;
  }
  return all === 0 ? 0 : good / all;
}

function unitLength(unit: string): number {
  return unit.trim().length;
}
