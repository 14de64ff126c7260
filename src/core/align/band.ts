// The cheapest chain of links through a band around the expected path, keeping only the band's cells in memory.
//
// A translation's path strays from the line where both sides have used up the same share of their text by
// about as many units as were dropped or merged nearby. So each row i searches only the columns within
// `halfWidth` of that line (by characters, not by unit counts, so a run of short headings on one side does
// not pull it off course), and only those cells are stored: memory and time grow with n · halfWidth, not n · m.
// If the best path comes near the band's edge, the caller widens the band and searches again.
import { rowMarks, type SideFeatures } from './features';

export interface AlignmentLink {
  source: number[];
  target: number[];
}

/** How a unit takes part in the text's structure; headings pair with headings, list items with list items. */
export type UnitRole = 'text' | 'heading' | 'list';

export interface Units {
  sourceLengths: readonly number[];
  targetLengths: readonly number[];
  sourceRoles: readonly UnitRole[];
  targetRoles: readonly UnitRole[];
  /** Anchors and word keys as sorted ids (features.ts), what the band scores links by. */
  sourceFeatures: SideFeatures;
  targetFeatures: SideFeatures;
}

export interface LinkType {
  s: number;
  t: number;
  prior: number;
}

export interface Settings {
  c: number;
  s2: number;
  anchorWeight: number;
  deletionCost: number;
  /** Nats taken off a link per unit of word overlap above `wordBaseline`. */
  wordWeight: number;
  /** The word overlap that two unrelated units of this pair show anyway. */
  wordBaseline: number;
  /** Cost, on top of the prior, of a link that joins two units on one side. */
  mergeCost: number;
  types: readonly LinkType[];
}

export interface BandResult {
  links: AlignmentLink[];
  cost: number;
  /** Whether the path ran within two cells of the band's inner edge: a wider band might find a cheaper one. */
  nearEdge: boolean;
}

// Structure: a heading is linked to a heading, never glued to its neighbour; a list item rather to a list item.
const HEADING_MATCH = 1.5;
const HEADING_MISMATCH = 2.5;
const HEADING_IN_MERGE = 3;
const LIST_MATCH = 0.3;
const LIST_MISMATCH = 0.3;
// Two list items joined into one link on one side: a translator keeps a list's items apart far more often than a
// short item's counterpart goes missing. Without it, a 47-character list item whose English was dropped was glued
// onto the next item (eval/align, foundation-documents); at 2 nats that drop stands alone and no other link of
// the evaluation set changes (1.5 broke a true merge of two items; 0.5 and 1 changed nothing).
const LIST_ITEMS_JOINED = 2;
// A list item joined with a paragraph into one link crosses the structure as well. Without it, a short item whose
// counterpart was missing ("group name;") was glued onto the paragraph that introduces the list (eval/align,
// user-group-databases); at 1 nat every drop of the evaluation set stands alone. The one link it costs there is a
// list item split by the set's generator at "news:", a 5-character piece now left alone (syslog).
const MIXED_JOIN = 1;

/**
 * `guide`, when given, is an earlier search's path: the band then follows it instead of the proportional line,
 * so a path that drifted off that line is found again without widening the band over the whole table.
 */
export function bandedPath(units: Units, settings: Settings, halfWidth: number, guide?: readonly AlignmentLink[]): BandResult {
  const { sourceLengths, targetLengths, sourceRoles, targetRoles, sourceFeatures, targetFeatures } = units;
  const { c, s2, anchorWeight, deletionCost, wordWeight, wordBaseline, mergeCost, types } = settings;
  const n = sourceLengths.length;
  const m = targetLengths.length;
  const hasRoles = sourceRoles.length > 0 || targetRoles.length > 0;
  const { from, to } = guide ? guidedLimits(guide, n, m, halfWidth) : bandLimits(sourceLengths, targetLengths, halfWidth);
  const offsets = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offsets[i + 1] = (offsets[i] ?? 0) + (to[i] ?? 0) - (from[i] ?? 0) + 1;
  const cells = offsets[n + 1] ?? 0;
  const cost = new Float64Array(cells).fill(Infinity);
  const step = new Int8Array(cells).fill(-1);
  const at = (i: number, j: number): number => {
    const f = from[i] ?? 0;
    return j < f || j > (to[i] ?? -1) ? -1 : (offsets[i] ?? 0) + j - f;
  };
  const typeCosts = Float64Array.from(types, (type) => -Math.log(type.prior));
  const typeS = Int8Array.from(types, (type) => type.s);
  const typeT = Int8Array.from(types, (type) => type.t);
  const typeCount = types.length;
  const marks = rowMarks;
  cost[0] = 0;
  try {
    for (let i = 0; i <= n; i++) {
      const source = sourceFeatures.single[i - 1];
      if (source) marks.mark(source, sourceFeatures.pairs[i - 1] ?? source);
      const jFrom = from[i] ?? 0;
      const jTo = to[i] ?? -1;
      const rowStart = (offsets[i] ?? 0) - jFrom;
      for (let j = jFrom; j <= jTo; j++) {
        if (i === 0 && j === 0) continue;
        let best = Infinity;
        let bestType = -1;
        for (let k = 0; k < typeCount; k++) {
          const ts = typeS[k] ?? 0;
          const tt = typeT[k] ?? 0;
          if (ts > i || tt > j) continue;
          const pi = i - ts;
          const pj = j - tt;
          const pFrom = from[pi] ?? 0;
          if (pj < pFrom || pj > (to[pi] ?? -1)) continue;
          const previous = cost[(offsets[pi] ?? 0) + pj - pFrom] ?? Infinity;
          if (previous === Infinity) continue;
          let linkCost = typeCosts[k] ?? 0;
          if (ts > 0 && tt > 0) {
            const l1 = (sourceLengths[i - 1] ?? 0) + (ts === 2 ? (sourceLengths[i - 2] ?? 0) : 0);
            const l2 = (targetLengths[j - 1] ?? 0) + (tt === 2 ? (targetLengths[j - 2] ?? 0) : 0);
            linkCost -= logTailProbability(delta(l1, l2, c, s2));
            if (ts + tt > 2) linkCost += mergeCost;
            const b = tt === 1 ? targetFeatures.single[j - 1] : targetFeatures.pairs[j - 1];
            if (b) {
              linkCost -= anchorWeight * marks.anchors(ts === 2, b);
              if (wordWeight > 0) linkCost -= wordWeight * (marks.wordShare(ts === 2, b) - wordBaseline);
            }
            if (hasRoles) linkCost += structureCost(sourceRoles, targetRoles, i, j, ts, tt);
          } else {
            linkCost += deletionCost;
          }
          if (previous + linkCost < best) {
            best = previous + linkCost;
            bestType = k;
          }
        }
        cost[rowStart + j] = best;
        step[rowStart + j] = bestType;
      }
    }
  } finally {
    marks.clear();
  }

  const links: AlignmentLink[] = [];
  let nearEdge = false;
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const cell = at(i, j);
    const type = types[cell < 0 ? -1 : (step[cell] ?? -1)];
    if (type === undefined) throw new Error('bandedPath: no path back (this is a bug)');
    if ((j - (from[i] ?? 0) < 2 && (from[i] ?? 0) > 0) || ((to[i] ?? m) - j < 2 && (to[i] ?? m) < m)) nearEdge = true;
    links.push({ source: range(i - type.s, i), target: range(j - type.t, j) });
    i -= type.s;
    j -= type.t;
  }
  links.reverse();
  return { links, cost: cost[at(n, m)] ?? Infinity, nearEdge };
}

function structureCost(sourceRoles: readonly UnitRole[], targetRoles: readonly UnitRole[], i: number, j: number, s: number, t: number): number {
  if (s === 1 && t === 1) {
    const a = sourceRoles[i - 1];
    const b = targetRoles[j - 1];
    if (a === 'heading' || b === 'heading') return a === b ? -HEADING_MATCH : HEADING_MISMATCH;
    if (a === 'list' || b === 'list') return a === b ? -LIST_MATCH : LIST_MISMATCH;
    return 0;
  }
  let cost = 0;
  for (let k = 1; k <= s; k++) if (sourceRoles[i - k] === 'heading') cost += HEADING_IN_MERGE;
  for (let k = 1; k <= t; k++) if (targetRoles[j - k] === 'heading') cost += HEADING_IN_MERGE;
  if (s === 2 && sourceRoles[i - 1] === 'list' && sourceRoles[i - 2] === 'list') cost += LIST_ITEMS_JOINED;
  if (t === 2 && targetRoles[j - 1] === 'list' && targetRoles[j - 2] === 'list') cost += LIST_ITEMS_JOINED;
  if (s === 2 && (sourceRoles[i - 1] === 'list') !== (sourceRoles[i - 2] === 'list')) cost += MIXED_JOIN;
  if (t === 2 && (targetRoles[j - 1] === 'list') !== (targetRoles[j - 2] === 'list')) cost += MIXED_JOIN;
  return cost;
}

/**
 * Row i's columns: those within halfWidth of the column where the target has used up the share of its
 * characters that the source has after i units. Each row reaches back to the previous row's last column, so a
 * path (through 1–0 and 0–1 links at worst) always exists.
 */
function bandLimits(sourceLengths: readonly number[], targetLengths: readonly number[], halfWidth: number): { from: Int32Array; to: Int32Array } {
  const n = sourceLengths.length;
  const m = targetLengths.length;
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  // One character added to every unit keeps empty units from stalling the share.
  const sourceTotal = sourceLengths.reduce((sum, l) => sum + l + 1, 0);
  const targetTotal = targetLengths.reduce((sum, l) => sum + l + 1, 0);
  let sourceUsed = 0;
  let targetUsed = 0;
  let column = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) sourceUsed += (sourceLengths[i - 1] ?? 0) + 1;
    const share = sourceTotal === 0 ? 1 : sourceUsed / sourceTotal;
    while (column < m && (targetUsed + (targetLengths[column] ?? 0) + 1) / targetTotal <= share + 1e-12) {
      targetUsed += (targetLengths[column] ?? 0) + 1;
      column++;
    }
    from[i] = Math.max(0, column - halfWidth);
    to[i] = Math.min(m, column + halfWidth);
  }
  return connected(from, to, m);
}

/** Row i's columns: within halfWidth of the columns an earlier path passed through on row i. */
function guidedLimits(guide: readonly AlignmentLink[], n: number, m: number, halfWidth: number): { from: Int32Array; to: Int32Array } {
  const low = new Int32Array(n + 1).fill(m);
  const high = new Int32Array(n + 1);
  let i = 0;
  let j = 0;
  const visit = () => {
    low[i] = Math.min(low[i] ?? m, j);
    high[i] = Math.max(high[i] ?? 0, j);
  };
  visit();
  for (const link of guide) {
    i += link.source.length;
    j += link.target.length;
    visit();
  }
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  for (let row = 0; row <= n; row++) {
    from[row] = Math.max(0, (low[row] ?? 0) - halfWidth);
    to[row] = Math.min(m, (high[row] ?? m) + halfWidth);
  }
  return connected(from, to, m);
}

// The band starts at (0, 0), ends at (n, m), and each row reaches back to the previous row's last column.
function connected(from: Int32Array, to: Int32Array, m: number): { from: Int32Array; to: Int32Array } {
  const n = from.length - 1;
  from[0] = 0;
  to[n] = m;
  for (let i = 1; i <= n; i++) {
    from[i] = Math.min(from[i] ?? 0, to[i - 1] ?? 0);
    to[i] = Math.max(to[i] ?? 0, to[i - 1] ?? 0);
  }
  return { from, to };
}

export function delta(l1: number, l2: number, c: number, s2: number): number {
  const mean = (l1 + l2 / c) / 2;
  // Two empty sides cannot differ; treating them as a perfect fit keeps the formula finite.
  if (mean === 0) return 0;
  return (l2 - l1 * c) / Math.sqrt(mean * s2);
}

// log P(|Z| ≥ |d|) = log erfc(|d|/√2), computed in log space so that long unmatched paragraphs
// (|d| in the tens) still get a finite, ordered cost. Chebyshev fit from Numerical Recipes (erfcc),
// relative error below 1.2e-7 everywhere.
export function logTailProbability(d: number): number {
  const z = Math.abs(d) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - z * z + poly;
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let k = from; k < to; k++) values.push(k);
  return values;
}
