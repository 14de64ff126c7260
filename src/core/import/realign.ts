// Re-aligning an imported pair around the pairs the learner pinned: the pins stay, each stretch between them is aligned afresh.
import { alignUnits } from '../align/align';
import { LANGS, type Lang } from '../lang';
import { alignmentProblem, linkStarts } from './pairs';
import { linkOfPin, type PairPin } from './pins';
import type { ImportedAlignment, PairLink } from './types';

/** Aligns one stretch of sentences between pins; returns counts that cover both sides in order. */
export type StretchAligner = (nb: readonly string[], en: readonly string[]) => { nb: number; en: number }[];

/** The sentence aligner the importer uses, on one stretch. */
export const alignStretch: StretchAligner = (nb, en) => {
  if (nb.length === 0 || en.length === 0) {
    // Nothing to pair with: each sentence stands alone.
    return [...nb.map(() => ({ nb: 1, en: 0 })), ...en.map(() => ({ nb: 0, en: 1 }))];
  }
  return alignUnits(nb, en).links.map((link) => ({ nb: link.source.length, en: link.target.length }));
};

/**
 * Re-aligns everything between the pins: both sides are cut at the pinned links, each stretch between two pins
 * is aligned on its own, and the pinned links are put back as they were. Paragraph starts are kept where a new
 * link starts at a sentence that began a paragraph before. Returns null if the result would not cover every
 * sentence exactly once (a stretch aligner that loses one), so the caller keeps what it had.
 */
export function realignAroundPins(alignment: ImportedAlignment, pins: readonly PairPin[], align: StretchAligner = alignStretch): ImportedAlignment | null {
  const pinned = pins.map((pin) => linkOfPin(alignment, pin)).filter((k) => k >= 0);
  const pinnedLinks = [...new Set(pinned)].sort((a, b) => a - b);
  const starts = linkStarts(alignment);
  const paragraphStarts = paragraphStartsOf(alignment, starts);
  const links: PairLink[] = [];
  const cursor = { nb: 0, en: 0 };
  const realignUpTo = (end: Record<Lang, number>) => {
    const stretch = align(alignment.sentences.nb.slice(cursor.nb, end.nb), alignment.sentences.en.slice(cursor.en, end.en));
    for (const counts of stretch) {
      if (counts.nb + counts.en === 0) continue;
      const block = (counts.nb > 0 ? paragraphStarts.nb.get(cursor.nb) : undefined) ?? (counts.en > 0 ? paragraphStarts.en.get(cursor.en) : undefined);
      links.push(block === undefined ? { nb: counts.nb, en: counts.en } : { nb: counts.nb, en: counts.en, block });
      cursor.nb += counts.nb;
      cursor.en += counts.en;
    }
  };
  for (const k of pinnedLinks) {
    const link = alignment.links[k];
    const start = starts[k];
    if (!link || !start) continue;
    realignUpTo(start);
    if (cursor.nb !== start.nb || cursor.en !== start.en) return null;
    links.push({ ...link });
    cursor.nb += link.nb;
    cursor.en += link.en;
  }
  realignUpTo({ nb: alignment.sentences.nb.length, en: alignment.sentences.en.length });
  const first = links[0];
  if (first && first.block === undefined) links[0] = { ...first, block: 'paragraph' };
  const result: ImportedAlignment = { sentences: alignment.sentences, links };
  return alignmentProblem(result) === null ? result : null;
}

// Where each side's paragraphs begin, by sentence index, with their kind.
function paragraphStartsOf(alignment: ImportedAlignment, starts: readonly Record<Lang, number>[]): Record<Lang, Map<number, NonNullable<PairLink['block']>>> {
  const found: Record<Lang, Map<number, NonNullable<PairLink['block']>>> = { nb: new Map(), en: new Map() };
  for (const [k, link] of alignment.links.entries()) {
    const start = starts[k];
    if (link.block === undefined || !start) continue;
    for (const lang of LANGS) if (link[lang] > 0) found[lang].set(start[lang], link.block);
  }
  return found;
}
