// The reader's held cell: a slice put in above the screen keeps the text read in place, unless the view moved since.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleLayout } from './layout';
import type { holdCell as HoldCell } from './sliceSteps';
import type { SlicePlan } from './slices';

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

describe('settledOrMoved', () => {
  const never = new Promise<void>(() => undefined);
  /** Whether `promise` has resolved once the microtasks queued so far have run. */
  const resolvedNow = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve));
    return done;
  };

  it('holds the slices off screen until the start-up has settled', async () => {
    const { settledOrMoved } = await import('./sliceSteps');
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const started = settledOrMoved(settled, new EventTarget());
    expect(await resolvedNow(started)).toBe(false);
    settle();
    expect(await resolvedNow(started)).toBe(true);
  });

  it.each(['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'])('lets them in at once when the reader moves (%s)', async (type) => {
    const { settledOrMoved } = await import('./sliceSteps');
    const page = new EventTarget();
    const started = settledOrMoved(never, page);
    page.dispatchEvent(new Event('focus'));
    expect(await resolvedNow(started)).toBe(false);
    page.dispatchEvent(new Event(type));
    expect(await resolvedNow(started)).toBe(true);
  });

  it('stops listening once they may go in', async () => {
    const { settledOrMoved } = await import('./sliceSteps');
    const page = new EventTarget();
    const removed = vi.spyOn(page, 'removeEventListener');
    await settledOrMoved(Promise.resolve(), page);
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual(['keydown', 'pointerdown', 'scroll', 'touchstart', 'wheel']);
  });
});

describe('scheduleStep', () => {
  /** Two slices, the first rendered at opening; a page whose window the test scrolls, with frames every 16 ms. */
  async function openedPage(scrollY = 0) {
    vi.resetModules();
    vi.useFakeTimers();
    const page = Object.assign(new EventTarget(), { innerHeight: 400, scrollY });
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', { elementFromPoint: () => null });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    const { scheduleStep } = await import('./sliceSteps');
    const root = { getBoundingClientRect: () => ({ left: 0, width: 800 }), querySelector: () => null } as unknown as HTMLElement;
    const layout = { items: [] } as unknown as ArticleLayout;
    const plan: SlicePlan = { starts: [0, 1], sliceOfBlock: [0, 1], anchor: 0, first: { from: 0, to: 1 } };
    const render = vi.fn();
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const cancel = scheduleStep(root, layout, plan, [undefined, false], undefined, render, settled);
    return { page, render, settle, cancel };
  }
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('puts no slice in while the start-up is busy, and the next one once it has settled', async () => {
    const { render, settle } = await openedPage();
    await vi.advanceTimersByTimeAsync(5000);
    expect(render).not.toHaveBeenCalled();
    settle();
    await vi.advanceTimersByTimeAsync(600);
    expect(render).toHaveBeenCalledWith(1, undefined);
  });

  it('puts the next slice in as soon as the reader scrolls, settled or not', async () => {
    const { page, render } = await openedPage();
    await vi.advanceTimersByTimeAsync(1000);
    page.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(600);
    expect(render).toHaveBeenCalledWith(1, undefined);
  });

  it('puts the next slice in at once when the reader scrolled before its code had loaded', async () => {
    const { render } = await openedPage(300);
    await vi.advanceTimersByTimeAsync(600);
    expect(render).toHaveBeenCalledWith(1, undefined);
  });

  it('puts nothing in once cancelled (the reader left or the slices changed)', async () => {
    const { render, settle, cancel } = await openedPage();
    cancel();
    settle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(render).not.toHaveBeenCalled();
  });
});
