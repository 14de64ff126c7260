// Background work that can wait (the dictionary worker, the service worker's download of the whole app, the reader's
// snapshot) starts once the page's own start-up has settled: on a phone with two cores, that work otherwise takes the
// core the first screen's tasks need, and every task of the start-up takes longer.
import { useEffect, useState } from 'react';

/** An idle period this long means no frame is due: the browser has nothing of the page's left to do. */
const IDLE_PERIOD_MS = 40;
/** Settled: nothing but such idle periods for this long (a reader rendering its slices draws a frame every few). */
const QUIET_FOR_MS = 500;
/** Never later than this after the call, however busy the page stays. */
const LATEST_MS = 8000;

let settled: Promise<void> | undefined;

/**
 * Resolves once the browser has had nothing but whole idle periods for QUIET_FOR_MS (while the reader renders its
 * slices a frame at a time, an idle period lasts only until the next frame), or LATEST_MS after the first call.
 * Shared by every caller: the first one starts the wait.
 */
export function whenSettled(): Promise<void> {
  settled ??= new Promise<void>((resolve) => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const latest = performance.now() + LATEST_MS;
    let quietSince: number | undefined;
    const check = (deadline: IdleDeadline) => {
      const now = performance.now();
      quietSince = deadline.timeRemaining() >= IDLE_PERIOD_MS ? (quietSince ?? now) : undefined;
      // (A timeout of 0 would mean none: past `latest`, it resolves instead of asking again.)
      if (deadline.didTimeout || now >= latest || (quietSince !== undefined && now - quietSince >= QUIET_FOR_MS)) resolve();
      else requestIdleCallback(check, { timeout: latest - now });
    };
    requestIdleCallback(check, { timeout: LATEST_MS });
  });
  return settled;
}

/** False until the page's start-up has settled (whenSettled), then true. */
export function useSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let live = true;
    void whenSettled().then(() => live && setSettled(true));
    return () => {
      live = false;
    };
  }, []);
  return settled;
}
