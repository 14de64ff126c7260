// Which glossary matches get a visible mark, applied after matching (the matcher itself is unchanged): nothing inside
// a photo credit, names marked quieter and only once per block; a name's later occurrences in the block stay tappable.
import type { GlossaryMatch } from './types';

/** `term`: vocabulary, underlined. `name`: a name's first occurrence in its block, marked quietly. `repeat`: a later one, not marked but still opens its popup. */
export type MarkStyle = 'term' | 'name' | 'repeat';

export interface PlannedMark extends GlossaryMatch {
  style: MarkStyle;
}

/** Drops the matches that reach into text from `end` on (a caption's credit); everything when `end` is 0. */
export function matchesBefore(matches: readonly GlossaryMatch[], end: number | undefined): GlossaryMatch[] {
  return end === undefined ? [...matches] : matches.filter((match) => match.end <= end);
}

/**
 * Plans one block (a paragraph, a list, a caption): `matchesBySegment` holds each segment's matches in order.
 * The first occurrence of a name in the block is a `name` mark, later ones `repeat`; vocabulary is always `term`.
 */
export function planBlockMarks(matchesBySegment: readonly (readonly GlossaryMatch[])[], isName: (entryId: string) => boolean): PlannedMark[][] {
  const namesSeen = new Set<string>();
  return matchesBySegment.map((matches) =>
    matches.map((match): PlannedMark => {
      if (!isName(match.entryId)) return { ...match, style: 'term' };
      if (namesSeen.has(match.entryId)) return { ...match, style: 'repeat' };
      namesSeen.add(match.entryId);
      return { ...match, style: 'name' };
    }),
  );
}
