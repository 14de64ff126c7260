// Places an article's blocks on grid rows shared by both panes, so that every pair starts at the same height.
import type { Block, BoxKind } from '../../core/article/types';

/**
 * A block on its rows; rows are 1-based and relative to the container (the pane, or the box it sits in).
 * A list takes one row per item, so that its items pair up across the panes like paragraphs.
 */
export interface PlacedBlock {
  type: 'block';
  block: number;
  row: number;
  span: number;
}

/** A box (lead, summary, fact box): one grid item spanning its blocks' rows, which it places itself. */
export interface PlacedBox {
  type: 'box';
  kind: BoxKind;
  row: number;
  span: number;
  children: PlacedBlock[];
}

export interface ArticleLayout {
  items: (PlacedBlock | PlacedBox)[];
  /** Rows in the pane, the title's row included. */
  rows: number;
}

/** Rows a block takes: one per list item, one for anything else. */
export function rowsOf(block: Block): number {
  return block.kind === 'list' ? Math.max(1, block.segments.length) : 1;
}

/** Row 1 is the title; blocks follow, a box taking the rows of the blocks inside it. */
export function layoutArticle(blocks: readonly Block[]): ArticleLayout {
  const items: (PlacedBlock | PlacedBox)[] = [];
  let row = 2;
  let open: { box: PlacedBox; index: number } | undefined;
  blocks.forEach((block, index) => {
    const span = rowsOf(block);
    if (!block.box) {
      open = undefined;
      items.push({ type: 'block', block: index, row, span });
    } else {
      if (open?.index !== block.box.index) {
        open = { box: { type: 'box', kind: block.box.kind, row, span: 0, children: [] }, index: block.box.index };
        items.push(open.box);
      }
      open.box.children.push({ type: 'block', block: index, row: open.box.span + 1, span });
      open.box.span += span;
    }
    row += span;
  });
  return { items, rows: row - 1 };
}

/** When stacked, the panes interleave: row r of the first pane goes to 2r-1, of the second to 2r. */
export function stackedRow(row: number, paneIndex: 0 | 1): number {
  return 2 * row - 1 + paneIndex;
}
