// The reader's held cell: a slice put in above the screen keeps the text read in place, unless the view moved since.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { holdCell as HoldCell } from './sliceSteps';

/** A stand-in page: one cell whose top the test moves, the window's scroll listeners and frame callbacks. */
function fakePage() {
  const frames: FrameRequestCallback[] = [];
  const onScroll: (() => void)[] = [];
  const scrollBy = vi.fn();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.splice(id - 1, 1, () => undefined));
  vi.stubGlobal('addEventListener', (type: string, listener: () => void) => type === 'scroll' && onScroll.push(listener));
  vi.stubGlobal('window', { innerHeight: 400, scrollBy });
  const cell = { top: 100, isConnected: true, getBoundingClientRect: () => ({ top: cell.top }) };
  return {
    cell,
    scrollBy,
    scroll: () => onScroll.forEach((listener) => listener()),
    drawFrame: () => frames.splice(0).forEach((callback) => callback(0)),
  };
}

describe('holdCell', () => {
  let page: ReturnType<typeof fakePage>;
  let holdCell: typeof HoldCell;

  beforeEach(async () => {
    vi.resetModules();
    page = fakePage();
    ({ holdCell } = await import('./sliceSteps'));
  });
  afterEach(() => vi.unstubAllGlobals());

  /** Holds the cell, lets the rows put in above move it to `top`, and draws the frame after the commit. */
  const moveHeldCellTo = (top: number) => {
    const held = holdCell(page.cell as unknown as Element);
    page.cell.top = top;
    held.keepInPlace();
    page.drawFrame();
  };

  it('scrolls by as much as the rows put in above moved the cell, so the text read stays where it was', () => {
    moveHeldCellTo(160);
    expect(page.scrollBy).toHaveBeenCalledWith(0, 60);
  });

  it('leaves a view scrolled after the measurement where it was taken (End, a link, the reader scrolling)', () => {
    const held = holdCell(page.cell as unknown as Element);
    page.scroll();
    page.cell.top = -2400;
    held.keepInPlace();
    page.drawFrame();
    expect(page.scrollBy).not.toHaveBeenCalled();
  });

  it('does nothing for a cell that was below the screen, or one the rows did not move', () => {
    page.cell.top = 500;
    const below = holdCell(page.cell as unknown as Element);
    page.cell.top = 700;
    below.keepInPlace();
    page.cell.top = 100;
    const still = holdCell(page.cell as unknown as Element);
    still.keepInPlace();
    page.drawFrame();
    expect(page.scrollBy).not.toHaveBeenCalled();
  });

  it('holds a cell measured after the scrolling as usual', () => {
    holdCell(page.cell as unknown as Element);
    page.scroll();
    moveHeldCellTo(130);
    expect(page.scrollBy).toHaveBeenCalledWith(0, 30);
  });

  it('is cancelled with the commit it was for', () => {
    const held = holdCell(page.cell as unknown as Element);
    page.cell.top = 160;
    const cancel = held.keepInPlace();
    cancel();
    page.drawFrame();
    expect(page.scrollBy).not.toHaveBeenCalled();
  });
});
