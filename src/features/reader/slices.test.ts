import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/article/types';
import { layoutArticle } from './layout';
import { orderFrom } from './sliceSteps';
import { planSlices, screenChars } from './slices';

/** A paragraph of `chars` characters in one sentence. */
const p = (chars: number, box?: Block['box']): Block => ({ kind: 'paragraph', segments: ['x'.repeat(chars)], ...(box ? { box } : {}) });
const plan = (blocks: Block[], startBlock: number, screen: number, maxChars = 1000) =>
  planSlices(layoutArticle(blocks), { nb: { blocks }, en: { blocks } }, startBlock, screen, maxChars);

describe('planSlices', () => {
  it('cuts the items into slices of at most maxChars (both panes, 40 more per sentence), an item heavier than that alone', () => {
    // Each block weighs 2 × (210 + 40) = 500: two per slice; the 1,000-character one stands alone.
    const blocks = [p(210), p(210), p(210), p(1000), p(210), p(210)];
    expect(plan(blocks, 0, 10_000).starts).toEqual([0, 2, 3, 4]);
  });

  it('keeps a box whole: its blocks are one item', () => {
    const lead = { kind: 'lead' as const, index: 0 };
    const blocks = [p(210, lead), p(210, lead), p(210, lead), p(210)];
    const result = plan(blocks, 0, 10_000);
    expect(result.starts).toEqual([0, 1]);
    expect(result.sliceOfBlock).toEqual([0, 0, 0, 1]);
  });

  it('opens at the top with a screen of text: the slices until a screen is filled', () => {
    const blocks = Array.from({ length: 10 }, () => p(210));
    expect(plan(blocks, -1, 1500).first).toEqual({ from: 0, to: 2 });
  });

  it('opens around a saved position: a screen from its slice on and half a screen before it', () => {
    const blocks = Array.from({ length: 20 }, () => p(210));
    const result = plan(blocks, 13, 2000);
    expect(result.anchor).toBe(6);
    expect(result.first).toEqual({ from: 5, to: 8 });
  });

  it('stops at the ends of the article', () => {
    const blocks = Array.from({ length: 6 }, () => p(210));
    expect(plan(blocks, 5, 10_000).first).toEqual({ from: 0, to: 3 });
    expect(plan([], 0, 1000)).toMatchObject({ starts: [], first: { from: 0, to: 0 } });
  });

  it('opens at the top when the position is not in the article', () => {
    const blocks = Array.from({ length: 6 }, () => p(210));
    expect(plan(blocks, 99, 500).anchor).toBe(0);
  });
});

describe('screenChars', () => {
  it('grows with the screen: a laptop holds several times what a phone does', () => {
    expect(screenChars(1280, 900)).toBeGreaterThan(3 * screenChars(360, 740));
  });
});

describe('orderFrom', () => {
  it('goes from the slice on screen to the end, then back towards the start, nearest first', () => {
    expect(orderFrom(6, 3)).toEqual([3, 4, 5, 2, 1, 0]);
    expect(orderFrom(3, 0)).toEqual([0, 1, 2]);
    expect(orderFrom(0, 0)).toEqual([]);
  });
});
