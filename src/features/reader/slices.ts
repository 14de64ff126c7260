// Which rows of the reader render in which task: slices of a few thousand characters, those where the reader opens first.
import type { Block } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import type { ArticleLayout } from './layout';

/** Characters (both panes) a slice holds at most, unless one item alone holds more: a few milliseconds of work each. */
export const SLICE_CHARS = 2500;
/** A sentence costs elements as well as characters: counted as this many characters more. */
const SEGMENT_CHARS = 40;
/** Square CSS pixels of screen per character (both panes, gaps and sentences' extra included) at the default text size. */
const PIXELS_PER_CHAR = 300;

/** How much text fills a screen of this size. */
export const screenChars = (width: number, height: number) => Math.round((width * height) / PIXELS_PER_CHAR);

export interface SlicePlan {
  /** The layout item each slice starts at: slice i holds items starts[i] up to starts[i + 1]. */
  starts: number[];
  /** The slice each block is in (the block's index in the article). */
  sliceOfBlock: number[];
  /** The slice the reader opens at, and the slices [from, to) of the first commit: a screen from there on, half a screen before. */
  anchor: number;
  first: { from: number; to: number };
}

const blocksOf = (item: ArticleLayout['items'][number]) => (item.type === 'block' ? [item.block] : item.children.map((child) => child.block));

function weightOf(block: number, versions: readonly (readonly Block[])[]): number {
  let weight = 0;
  for (const blocks of versions) for (const text of blocks[block]?.segments ?? []) weight += text.length + SEGMENT_CHARS;
  return weight;
}

/** Splits the layout's items into slices; the first commit holds `screen` characters from `startBlock`'s slice on. */
export function planSlices(layout: ArticleLayout, versions: Record<Lang, { blocks: readonly Block[] }>, startBlock: number, screen: number, maxChars = SLICE_CHARS): SlicePlan {
  const both = [versions.nb.blocks, versions.en.blocks];
  const starts: number[] = [];
  const weights: number[] = [];
  const sliceOfBlock: number[] = [];
  let weight = Infinity;
  layout.items.forEach((item, index) => {
    const blocks = blocksOf(item);
    const itemWeight = blocks.reduce((sum, block) => sum + weightOf(block, both), 0);
    if (weight + itemWeight > maxChars) {
      starts.push(index);
      weights.push(0);
      weight = 0;
    }
    weight += itemWeight;
    weights[starts.length - 1] = weight;
    for (const block of blocks) sliceOfBlock[block] = starts.length - 1;
  });
  const anchor = Math.max(0, Math.min(sliceOfBlock[startBlock] ?? 0, starts.length - 1));
  let to = anchor;
  for (let after = 0; to < starts.length && after < screen; to++) after += weights[to] ?? 0;
  let from = anchor;
  // Half a screen before it: a search result's sentence is scrolled to the middle of the screen.
  for (let before = 0; from > 0 && before < screen / 2; from--) before += weights[from - 1] ?? 0;
  return { starts, sliceOfBlock, anchor, first: { from, to } };
}
