// Pairs the learner pins ("these two belong together"): kept through later fixes, and fixed links when the rest is re-aligned.
//
// A pin names a link by the sentences it covers on each side, not by its position in the chain, so a fix
// elsewhere (which only redistributes counts, see pairs.ts) leaves it intact; a fix that changes the pinned
// link itself no longer matches any link, and the pin is dropped.
import { LANGS, type Lang } from '../lang';
import { linkStarts } from './pairs';
import type { ImportedAlignment } from './types';

/** The sentences of one pinned link: where they start on each side and how many there are. */
export type PairPin = Record<Lang, { start: number; count: number }>;

const samePin = (a: PairPin, b: PairPin) => LANGS.every((lang) => a[lang].start === b[lang].start && a[lang].count === b[lang].count);

/** The pin for link k as it stands. */
export function pinOfLink(alignment: ImportedAlignment, k: number): PairPin | null {
  const link = alignment.links[k];
  const start = linkStarts(alignment)[k];
  if (!link || !start) return null;
  return { nb: { start: start.nb, count: link.nb }, en: { start: start.en, count: link.en } };
}

/** The index of the link a pin names, or -1 when no link covers exactly its sentences. */
export function linkOfPin(alignment: ImportedAlignment, pin: PairPin): number {
  const starts = linkStarts(alignment);
  return alignment.links.findIndex((link, k) => LANGS.every((lang) => starts[k]?.[lang] === pin[lang].start && link[lang] === pin[lang].count));
}

/** Pins link k, or unpins it if it is pinned. */
export function togglePin(alignment: ImportedAlignment, pins: readonly PairPin[], k: number): PairPin[] {
  const pin = pinOfLink(alignment, k);
  if (!pin) return [...pins];
  return pins.some((p) => samePin(p, pin)) ? pins.filter((p) => !samePin(p, pin)) : sortPins([...pins, pin]);
}

/** After a fix: the pins that still name a link, and how many the fix broke. */
export function pinsAfterFix(alignment: ImportedAlignment, pins: readonly PairPin[]): { kept: PairPin[]; dropped: number } {
  const kept = pins.filter((pin) => linkOfPin(alignment, pin) >= 0);
  return { kept, dropped: pins.length - kept.length };
}

/** Checks stored or restored pins against their alignment: each must name one of its links. */
export function pinsProblem(alignment: ImportedAlignment, pins: readonly PairPin[]): string | null {
  for (const [i, pin] of pins.entries()) if (linkOfPin(alignment, pin) < 0) return `pin ${i} names no link`;
  return null;
}

function sortPins(pins: PairPin[]): PairPin[] {
  return pins.sort((a, b) => a.nb.start - b.nb.start || a.en.start - b.en.start);
}
