// The reader snapshot keeps the rows the learner last saw, a screen or so, renumbered to start the grid.
import { describe, expect, it } from 'vitest';
import { cellsNearWindow, MAX_SNAPSHOT_ROWS, rowWindow, shiftRows, type PaneCell } from './readerSnapshot';

/** A pane of `count` one-row cells 100 px high, the first (the titles, row 1) at the top of the page, scrolled by `scrolled`. */
const pane = (count: number, scrolled = 0): PaneCell[] =>
  Array.from({ length: count }, (_, i) => ({ row: i + 1, span: 1, top: i * 100 - scrolled, bottom: (i + 1) * 100 - scrolled }));

describe('rowWindow', () => {
  it('keeps the titles and the rows of the first screen at the top of the article', () => {
    expect(rowWindow(pane(200), 0, 900)).toEqual({ first: 1, last: 10 });
  });

  it('starts at the first row below the toolbar when the reader was scrolled down', () => {
    // Scrolled 4,950 px: row 51 (5,000 to 5,100 on the page) is still partly below a 60 px toolbar.
    expect(rowWindow(pane(200, 4950), 60, 900)).toEqual({ first: 51, last: 60 });
  });

  it('counts a box by all the rows it spans, and stops before the row limit', () => {
    const cells: PaneCell[] = [
      { row: 1, span: 1, top: 0, bottom: 10 },
      { row: 2, span: 30, top: 10, bottom: 20 },
      { row: 32, span: 30, top: 20, bottom: 30 },
    ];
    expect(rowWindow(cells, 0, 900)).toEqual({ first: 1, last: 31 });
    expect(rowWindow(pane(200).map((c) => ({ ...c, top: c.top / 100, bottom: c.bottom / 100 })), 0, 900)?.last).toBe(MAX_SNAPSHOT_ROWS);
  });

  it('has nothing to keep when every row is above the toolbar', () => {
    expect(rowWindow(pane(3, 1000), 60, 900)).toBeUndefined();
  });
});

describe('cellsNearWindow', () => {
  /** Measures `cells` as the page would, counting the layout reads. */
  const measured = (cells: PaneCell[]) => {
    const reads: number[] = [];
    return { reads, measure: (index: number) => (reads.push(index), cells[index] as PaneCell) };
  };

  it('gives rowWindow what it needs from a long article, measuring a few dozen cells, not every row', () => {
    for (const [scrolled, offset] of [[0, 0], [4950, 60], [250_000, 60], [299_950, 60]] as const) {
      const cells = pane(3000, scrolled);
      const { reads, measure } = measured(cells);
      expect(rowWindow(cellsNearWindow(cells.length, measure, offset), offset, 900)).toEqual(rowWindow(cells, offset, 900));
      expect(new Set(reads).size).toBeLessThan(MAX_SNAPSHOT_ROWS + 20);
    }
  });

  it('keeps the titles when the first cell below the toolbar is the second row, and has nothing past the end', () => {
    const cells = pane(100, 100); // the titles' row above the toolbar, the second row's bottom below it
    expect(rowWindow(cellsNearWindow(cells.length, measured(cells).measure, 60), 60, 900)).toEqual({ first: 1, last: 11 });
    expect(cellsNearWindow(3, measured(pane(3, 1000)).measure, 60)).toEqual([]);
  });
});

describe('shiftRows', () => {
  it('moves a kept row so the window starts the grid, twice as far when stacked', () => {
    const attributes = { class: 'cell', '--row': '51', '--stacked-row': '102' };
    expect(shiftRows(attributes, 51, 65)).toBe(true);
    expect(attributes).toEqual({ class: 'cell', '--row': '1', '--stacked-row': '2' });
  });

  it('leaves rows in place at the top, and drops rows outside the window', () => {
    const top = { '--row': '1', '--stacked-row': '1' };
    expect(shiftRows(top, 1, 15)).toBe(true);
    expect(top).toEqual({ '--row': '1', '--stacked-row': '1' });
    expect(shiftRows({ '--row': '16' }, 1, 15)).toBe(false);
    expect(shiftRows({ '--row': '1' }, 51, 65)).toBe(false);
    expect(shiftRows({}, 1, 15)).toBe(false);
  });
});
