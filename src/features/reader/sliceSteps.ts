// The reader's next slice to render, and when (loaded after the panes' first paint, so it is not in the reader's first JavaScript).
import type { RenderSegment } from '../../components/readerSlots';
import type { ArticleLayout } from './layout';
import type { SlicePlan } from './slices';

/** Per slice: false while not rendered, else the renderer it was rendered with (undefined: plain text). */
export type Shown = readonly (RenderSegment | undefined | false)[];

/** A cell below a slice about to go in, held where it is on screen. */
export interface HeldCell {
  /**
   * Called when the slice's commit is in the page: in the frame after, scrolls by as much as the new rows moved the
   * cell, unless the view was scrolled since the cell was measured. Returns a function that cancels.
   */
  keepInPlace: () => () => void;
}

/** Scroll events so far (counted from the first cell held): a cell measured before the latest one is stale. */
let scrolls = 0;
let counting = false;

/**
 * Measures `element` now. The browser keeps the view still itself when scrolled (scroll anchoring), but not at the very
 * top: the correction is for that. A view scrolled in the meantime (End to the last sentence, a link, the reader's own
 * scrolling) stays where it was taken, since the measurement no longer says where the reader is: corrected from it,
 * a jump to the end was pulled back to the middle of the article.
 */
export function holdCell(element: Element): HeldCell {
  if (!counting) {
    counting = true;
    addEventListener('scroll', () => scrolls++, { passive: true });
  }
  const top = element.getBoundingClientRect().top;
  const measuredAt = scrolls;
  return {
    keepInPlace: () => {
      // In the frame, before it is drawn: the browser lays the new rows out once, there, and not also in the commit
      // (reading even the window's height in the commit lays the page out). A frame's scroll events come before this.
      const frame = requestAnimationFrame(() => {
        if (scrolls !== measuredAt || !element.isConnected || top > window.innerHeight) return;
        const moved = element.getBoundingClientRect().top - top;
        if (Math.abs(moved) > 0.5) window.scrollBy(0, moved);
      });
      return () => cancelAnimationFrame(frame);
    },
  };
}

/** Slices by distance from `at`: `at`, those after it in order, then those before it, nearest first. */
export function orderFrom(count: number, at: number): number[] {
  const order: number[] = [];
  for (let i = at; i < count; i++) order.push(i);
  for (let i = Math.min(at, count) - 1; i >= 0; i--) order.push(i);
  return order;
}

/** The slice at the middle of the screen, read from the first pane's cell there. */
function sliceInView(root: HTMLElement, plan: SlicePlan): number | undefined {
  const box = root.getBoundingClientRect();
  const cell = document.elementFromPoint(box.left + box.width / 4, window.innerHeight / 2)?.closest<HTMLElement>('[data-block]');
  return cell ? plan.sliceOfBlock[Number(cell.dataset.block)] : undefined;
}

/**
 * Once the start-up has `settled` (whenSettled, passed in: imported here, it moved the bundler's chunk lines and the
 * reader's first JavaScript over budget) or the reader has moved, after the next frame is drawn (so each slice's
 * layout and paint is a task of its own; a hidden tab draws no frames, so a timer too), picks the slice nearest the
 * screen that is not rendered with `current` and passes it to `render`, with the first cell below it that is on the
 * page. Returns a function that cancels.
 */
export function scheduleStep(
  root: HTMLElement,
  layout: ArticleLayout,
  plan: SlicePlan,
  shown: Shown,
  current: RenderSegment | undefined,
  render: (slice: number, held: HeldCell | undefined) => void,
  settled: Promise<void>,
): () => void {
  let live = true;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
  const step = () => {
    clear();
    const slice = orderFrom(shown.length, sliceInView(root, plan) ?? plan.anchor).find((i) => shown[i] !== current);
    if (slice === undefined) return;
    const below = shown.findIndex((renderer, i) => i > slice && renderer !== false);
    const item = layout.items[plan.starts[below] ?? -1];
    const block = item?.type === 'box' ? item.children[0]?.block : item?.block;
    const cell = block === undefined ? null : root.querySelector(`.pane-1 [data-block="${block}"]`);
    render(slice, cell ? holdCell(cell) : undefined);
  };
  void started(settled).then(() => {
    if (!live) return;
    frame = requestAnimationFrame(() => (timer = setTimeout(step)));
    fallback = setTimeout(step, 500);
  });
  return () => {
    live = false;
    clear();
  };
}

/** The window's events that say the reader is moving through the article. */
const MOVES = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

let starting: Promise<void> | undefined;

/**
 * Whether the reader moved before anything listened (the slices' code loads once the glossary's marks are in): the
 * page is scrolled, or the browser has seen a first key, click or touch.
 */
const movedAlready = () => window.scrollY > 0 || performance.getEntriesByType('first-input').length > 0;

/** When the first slice after the opening's may go in: settledOrMoved, once per page load. */
const started = (settled: Promise<void>) => (starting ??= movedAlready() ? Promise.resolve() : settledOrMoved(settled, window));

/**
 * Resolves when `settled` does or, sooner, at the first event on `target` that says the reader is moving (a scroll,
 * a wheel, a touch, a click, a key). The slices off screen wait for it: the first commit already holds a screen and a
 * half around where the article opens, and rendered during the start-up they took the cores from it on a phone (in
 * Lighthouse's mobile run they were nearly half the main thread's work after the first paint: about 510 ms of thread
 * time with them, 280 without; scripts/bench/lighthouseTrace.mjs). A reader who moves has them at once.
 */
export function settledOrMoved(settled: Promise<void>, target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): Promise<void> {
  return new Promise<void>((resolve) => {
    const go = () => {
      for (const type of MOVES) target.removeEventListener(type, go, true);
      resolve();
    };
    for (const type of MOVES) target.addEventListener(type, go, { capture: true, passive: true });
    void settled.then(go);
  });
}
