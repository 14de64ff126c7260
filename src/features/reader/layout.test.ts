import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/article/types';
import { layoutArticle, stackedRow } from './layout';

const p = (box?: Block['box']): Block => (box ? { kind: 'paragraph', segments: ['x'], box } : { kind: 'paragraph', segments: ['x'] });

describe('layoutArticle', () => {
  it('gives the title row 1 and each block the next row, a box spanning its blocks', () => {
    const lead = { kind: 'lead' as const, index: 0 };
    const facts = { kind: 'factbox' as const, index: 1 };
    const layout = layoutArticle([p(lead), p(), p(facts), p(facts), p()]);
    expect(layout.rows).toBe(6);
    expect(layout.items).toEqual([
      { type: 'box', kind: 'lead', row: 2, span: 1, children: [{ type: 'block', block: 0, row: 1, span: 1 }] },
      { type: 'block', block: 1, row: 3, span: 1 },
      {
        type: 'box',
        kind: 'factbox',
        row: 4,
        span: 2,
        children: [
          { type: 'block', block: 2, row: 1, span: 1 },
          { type: 'block', block: 3, row: 2, span: 1 },
        ],
      },
      { type: 'block', block: 4, row: 6, span: 1 },
    ]);
  });

  it('gives each list item a row of its own, so items pair up across the panes', () => {
    const summary = { kind: 'summary' as const, index: 0 };
    const list: Block = { kind: 'list', segments: ['a', 'b', 'c'], box: summary };
    const layout = layoutArticle([{ kind: 'box-title', segments: ['t'], box: summary }, list, p()]);
    expect(layout.items).toEqual([
      {
        type: 'box',
        kind: 'summary',
        row: 2,
        span: 4,
        children: [
          { type: 'block', block: 0, row: 1, span: 1 },
          { type: 'block', block: 1, row: 2, span: 3 },
        ],
      },
      { type: 'block', block: 2, row: 6, span: 1 },
    ]);
    expect(layout.rows).toBe(6);
  });

  it('keeps two boxes in a row apart', () => {
    const layout = layoutArticle([p({ kind: 'summary', index: 0 }), p({ kind: 'factbox', index: 1 })]);
    expect(layout.items.map((i) => i.type === 'box' && [i.kind, i.row, i.span])).toEqual([['summary', 2, 1], ['factbox', 3, 1]]);
  });
});

describe('stackedRow', () => {
  it('interleaves the panes so that each pair stays together', () => {
    expect([1, 2, 3].map((r) => [stackedRow(r, 0), stackedRow(r, 1)])).toEqual([[1, 2], [3, 4], [5, 6]]);
  });
});
