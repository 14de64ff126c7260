// Picks non-overlapping matches from all candidates: longest (in characters) first, then earliest.
import type { GlossaryMatch } from './types';

/** A possible match; token indexes let overlap checks work on words rather than characters. */
export interface Candidate {
  start: number;
  end: number;
  /** Index of the first word token covered. */
  firstToken: number;
  /** Index one past the last word token covered. */
  endToken: number;
  entryId: string;
  /** Position of the entry in the glossary: two entries matching the same span, the earlier wins. */
  order: number;
}

/** `candidates` come in order of `firstToken`; the result is sorted by start and free of overlaps. */
export function resolveOverlaps(candidates: readonly Candidate[], tokenCount: number): GlossaryMatch[] {
  if (isAlreadyDisjoint(candidates)) return candidates.map(toMatch);

  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
  );
  const taken = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (isFree(taken, candidate)) {
      taken.fill(1, candidate.firstToken, candidate.endToken);
      chosen.push(candidate);
    }
  }
  return chosen.sort((a, b) => a.start - b.start).map(toMatch);
}

// The common case (one candidate per place, none nested) needs no sorting at all.
function isAlreadyDisjoint(candidates: readonly Candidate[]): boolean {
  let previousEnd = -1;
  for (const candidate of candidates) {
    if (candidate.firstToken < previousEnd) return false;
    previousEnd = candidate.endToken;
  }
  return true;
}

function isFree(taken: Uint8Array, candidate: Candidate): boolean {
  for (let t = candidate.firstToken; t < candidate.endToken; t++) if (taken[t] === 1) return false;
  return true;
}

function toMatch(candidate: Candidate): GlossaryMatch {
  return { start: candidate.start, end: candidate.end, entryId: candidate.entryId };
}
