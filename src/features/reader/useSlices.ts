// Renders the reader's slices a task at a time, nearest to the screen first, each with the sentence renderer it was last
// drawn with: the first commit holds a screen or two, and a new renderer (the glossary's marks) also arrives a slice per frame.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { RenderSegment } from '../../components/readerSlots';
import { orderFrom, type SlicePlan } from './slices';

/** Per slice: false while not rendered, else the renderer it was rendered with (undefined: plain text). */
export type Shown = (RenderSegment | undefined | false)[];

const start = (plan: SlicePlan, current: RenderSegment | undefined, all: boolean) => ({
  plan,
  shown: plan.starts.map((_, i): RenderSegment | undefined | false => (all || (i >= plan.first.from && i < plan.first.to) ? current : false)),
});

/** The slice at the middle of the screen, read from the first pane's cell there. */
function sliceInView(container: HTMLElement, plan: SlicePlan): number | undefined {
  const box = container.getBoundingClientRect();
  const cell = document.elementFromPoint(box.left + box.width / 4, window.innerHeight / 2)?.closest<HTMLElement>('[data-block]');
  return cell ? plan.sliceOfBlock[Number(cell.dataset.block)] : undefined;
}

export function useSlices(plan: SlicePlan, current: RenderSegment | undefined, container: RefObject<HTMLElement | null>) {
  const [state, setState] = useState(() => start(plan, current, false));
  let shown = state.shown;
  if (state.plan !== plan) {
    // The article changed while open (edited in another tab): all of it at once, as before it was being read.
    const next = start(plan, current, true);
    setState(next);
    shown = next.shown;
  }
  /** A cell below the slice being added, and where it was: rows added above the screen must not move what is read. */
  const held = useRef<{ element: Element; top: number }>(undefined);

  /** Renders a slice now (the keyboard or a link needs a sentence in it). */
  const show = useCallback(
    (slice: number) => setState((s) => (s.shown[slice] === false ? { plan: s.plan, shown: s.shown.map((v, i) => (i === slice ? current : v)) } : s)),
    [current],
  );

  useEffect(() => {
    const root = container.current;
    if (!root || shown.every((renderer) => renderer === current)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
      const slice = orderFrom(shown.length, sliceInView(root, plan) ?? plan.anchor).find((i) => shown[i] !== current);
      if (slice === undefined) return;
      const below = shown.findIndex((renderer, i) => i > slice && renderer !== false);
      const cell = below < 0 ? null : root.querySelector(`.pane-1 [data-block="${plan.firstBlock[below]}"]`);
      held.current = cell ? { element: cell, top: cell.getBoundingClientRect().top } : undefined;
      setState((s) => (s.plan === plan ? { plan, shown: s.shown.map((v, i) => (i === slice ? current : v)) } : s));
    };
    // After the next frame is drawn, so each slice's layout and paint is a task of its own; a hidden tab draws no frames.
    const frame = requestAnimationFrame(() => (timer = setTimeout(step)));
    const fallback = setTimeout(step, 500);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [shown, current, plan, container]);

  useLayoutEffect(() => {
    const cell = held.current;
    held.current = undefined;
    // The browser keeps the view still itself when scrolled (scroll anchoring), not at the very top: then this does.
    if (!cell?.element.isConnected || cell.top > window.innerHeight) return;
    const moved = cell.element.getBoundingClientRect().top - cell.top;
    if (Math.abs(moved) > 0.5) window.scrollBy(0, moved);
  }, [shown]);

  return { shown, show };
}
