// Names for sentence pairs: the same key marks a sentence in both panes, which is how a highlight finds its counterpart.
import type { Block } from '../../core/article/types';

/** The title is block -1. */
export const TITLE_BLOCK = -1;

export function segmentKey(block: number, seg: number): string {
  return `${block}.${seg}`;
}

export function parseSegmentKey(key: string): { block: number; seg: number } {
  const [block = '0', seg = '0'] = key.split('.');
  return { block: Number(block), seg: Number(seg) };
}

/** Every sentence pair in reading order, title first. */
export function segmentKeys(blocks: readonly Block[]): string[] {
  return [segmentKey(TITLE_BLOCK, 0), ...blocks.flatMap((block, b) => block.segments.map((_, s) => segmentKey(b, s)))];
}
