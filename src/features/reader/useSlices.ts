// Renders the reader's slices a task at a time, nearest to the screen first, each with the sentence renderer it was last
// drawn with: the first commit holds a screen or two, the rest follow once the start-up has settled or the reader moves,
// and a new renderer (the glossary's marks) also arrives a slice per frame. While one is coming, the rest waits for it.
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { RenderSegment } from '../../components/readerSlots';
import { whenSettled } from '../../components/whenSettled';
import type { ArticleLayout } from './layout';
import type { HeldCell } from './sliceSteps';
import type { SlicePlan } from './slices';

const start = (plan: SlicePlan, current: RenderSegment | undefined, all: boolean) => ({
  plan,
  shown: plan.starts.map((_, i): RenderSegment | undefined | false => (all || (i >= plan.first.from && i < plan.first.to) ? current : false)),
});

const loadSteps = () => import('./sliceSteps');

/** How long the rows off screen wait for a renderer that is coming (`coming`) before they go in without it. */
const RENDERER_WAIT_MS = 3000;

export function useSlices(layout: ArticleLayout, plan: SlicePlan, current: RenderSegment | undefined, coming: boolean, container: RefObject<HTMLElement | null>) {
  const [state, setState] = useState(() => start(plan, current, false));
  // A renderer on its way (the glossary's marks): the slices wait for it, so each is drawn once, with it; if it is
  // late (its code could not be fetched), they go in without it.
  const [waitedOut, setWaitedOut] = useState(false);
  const waiting = coming && !waitedOut;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setWaitedOut(true), RENDERER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  let shown = state.shown;
  if (state.plan !== plan) {
    // The article changed while open (edited in another tab): all of it at once, as before it was being read.
    const next = start(plan, current, true);
    setState(next);
    shown = next.shown;
  }
  /** A cell below the slice going in, and where it was: rows added above the screen must not move what is read. */
  const held = useRef<HeldCell>(undefined);
  const render = useCallback(
    (slice: number) => setState((s) => (s.shown[slice] === current ? s : { plan: s.plan, shown: s.shown.map((v, i) => (i === slice ? current : v)) })),
    [current],
  );

  useEffect(() => {
    const root = container.current;
    if (!root || waiting || shown.every((renderer) => renderer === current)) return;
    let stop: (() => void) | undefined;
    let live = true;
    void loadSteps().then(
      ({ scheduleStep }) => {
        if (live) {
          stop = scheduleStep(root, layout, plan, shown, current, (slice, cell) => {
            held.current = cell;
            // In a transition React renders the slice a few milliseconds per task and yields between (a slice that the
            // keyboard needs at once goes through `show`, urgent).
            startTransition(() => render(slice));
          }, whenSettled());
        }
      },
      // Without the scheduler (its file could not be fetched), the rest at once, as before slices.
      () => live && setState((s) => start(s.plan, current, true)),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [shown, current, waiting, layout, plan, container, render]);

  useLayoutEffect(() => {
    const cell = held.current;
    held.current = undefined;
    return cell?.keepInPlace();
  }, [shown]);

  // Rendering a slice now: the keyboard or a link needs a sentence in it.
  return { shown, show: render };
}
