// On a first visit, background work waits its turn behind the service worker's install (the whole app copied for
// offline use), so that at most one background thread competes with the page for a phone's two cores.
//
// The install compiles every script it caches (Chromium keeps their compiled code beside them): the worker's thread
// spent about 0.4 s of CPU, most of it on that, and the browser's threads fetched and stored. With the dictionary
// loading at the same time, both cores were taken: the page's own tasks (a scroll, a tap, or the same article opened
// again in another tab) waited.

/** Never later than this after the call: without a service worker (blocked, or the dev server) nothing else ends the wait. */
export const LATEST_MS = 10_000;

/**
 * Resolves when this page's service worker is active (installed: the app is cached), at once when one already
 * controls the page (a return visit) or the browser has none, and LATEST_MS after the call at the latest.
 */
export function whenAppCached(container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker): Promise<void> {
  if (!container || container.controller) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const latest = setTimeout(resolve, LATEST_MS);
    void container.ready.then(() => {
      clearTimeout(latest);
      resolve();
    });
  });
}
