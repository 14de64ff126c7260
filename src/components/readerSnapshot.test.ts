// The reader snapshot keeps the rows the learner last saw, a screen or so, renumbered to start the grid.
import { describe, expect, it } from 'vitest';
import { MAX_SNAPSHOT_ROWS, rowWindow, shiftRows, type PaneCell } from './readerSnapshot';

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
