// whenAppCached lets background work wait for the service worker's install, and never for ever.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_MS, whenAppCached } from './whenAppCached';

/** A container whose worker becomes active when `activate()` is called. */
function container(controller: object | null = null) {
  let activate = () => {};
  const ready = new Promise<void>((resolve) => (activate = resolve));
  return { worker: { controller, ready } as unknown as ServiceWorkerContainer, activate: () => activate() };
}

const flag = (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  return () => done;
};

describe('whenAppCached', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits while the service worker installs and resolves once it is active', async () => {
    const sw = container();
    const cached = flag(whenAppCached(sw.worker));
    await vi.advanceTimersByTimeAsync(LATEST_MS - 1);
    expect(cached()).toBe(false);
    sw.activate();
    await vi.advanceTimersByTimeAsync(0);
    expect(cached()).toBe(true);
  });

  it('does not wait when a service worker already controls the page, or the browser has none', async () => {
    const returning = flag(whenAppCached(container({}).worker));
    const without = flag(whenAppCached(undefined));
    await vi.advanceTimersByTimeAsync(0);
    expect(returning()).toBe(true);
    expect(without()).toBe(true);
  });

  it('stops waiting after LATEST_MS when no worker ever becomes active', async () => {
    const cached = flag(whenAppCached(container().worker));
    await vi.advanceTimersByTimeAsync(LATEST_MS - 1);
    expect(cached()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(cached()).toBe(true);
  });
});
