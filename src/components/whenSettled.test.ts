// whenSettled waits for half a second of whole idle periods: a frame in between starts the wait again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Idle = (deadline: IdleDeadline) => void;

/** A fake browser clock and idle queue: `idle(ms)` runs the waiting callback with that much idle time, `ms` later. */
function fakeIdle() {
  let now = 0;
  let waiting: Idle | undefined;
  vi.stubGlobal('performance', { now: () => now });
  vi.stubGlobal('requestIdleCallback', (callback: Idle) => ((waiting = callback), 1));
  return {
    idle(remaining: number, { timedOut = false, after = remaining } = {}) {
      now += after;
      const run = waiting;
      waiting = undefined;
      run?.({ didTimeout: timedOut, timeRemaining: () => remaining });
    },
  };
}

const settledFlag = async () => {
  const { whenSettled } = await import('./whenSettled');
  let settled = false;
  void whenSettled().then(() => (settled = true));
  return () => settled;
};

describe('whenSettled', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('resolves after half a second of whole idle periods, not at the first one', async () => {
    const browser = fakeIdle();
    const settled = await settledFlag();
    for (let i = 0; i < 10; i++) browser.idle(50);
    await Promise.resolve();
    expect(settled()).toBe(false);
    browser.idle(50);
    await Promise.resolve();
    expect(settled()).toBe(true);
  });

  it('starts the wait again when a frame cuts an idle period short', async () => {
    const browser = fakeIdle();
    const settled = await settledFlag();
    for (let i = 0; i < 8; i++) browser.idle(50);
    browser.idle(6, { after: 16 }); // a frame was due: the reader rendered a slice
    for (let i = 0; i < 8; i++) browser.idle(50);
    await Promise.resolve();
    expect(settled()).toBe(false);
    for (let i = 0; i < 3; i++) browser.idle(50);
    await Promise.resolve();
    expect(settled()).toBe(true);
  });

  it('resolves when its time is up however busy the page stays', async () => {
    const browser = fakeIdle();
    const settled = await settledFlag();
    browser.idle(2, { timedOut: true, after: 8000 });
    await Promise.resolve();
    expect(settled()).toBe(true);
  });

  it('resolves once its time is up even when the browser runs the callback in a short idle period, not timed out', async () => {
    const browser = fakeIdle();
    const settled = await settledFlag();
    for (let i = 0; i < 500; i++) browser.idle(4, { after: 16 });
    await Promise.resolve();
    expect(settled()).toBe(true);
  });
});
