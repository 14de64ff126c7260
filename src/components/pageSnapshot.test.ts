// Saving a snapshot when idle: the stylesheets are read a few rules per idle task, the snapshot is made in a task of its own and written in the next, and cancelling stops it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveWhenIdle } from './pageSnapshot';

/** A clock that each rule's text moves on by 1 ms, as reading a large stylesheet's rules would. */
let now = 0;

function sheet(path: string, rules: number) {
  const list = Array.from({ length: rules }, (_, i) => ({
    get cssText() {
      now += 1;
      return `.r${i} {}`;
    },
  }));
  return { href: `https://tolk.test${path}`, cssRules: Object.assign(list, { length: rules }) };
}

/** The idle tasks asked for, run one at a time by the test. */
let queue: (() => void)[] = [];
const idle = (run: () => void) => {
  queue.push(run);
  const cancel = () => void (queue = queue.filter((queued) => queued !== run));
  return cancel;
};
const runOne = () => queue.shift()?.();

beforeEach(() => {
  now = 0;
  queue = [];
  vi.stubGlobal('location', { origin: 'https://tolk.test' });
  vi.stubGlobal('performance', { now: () => now });
  vi.stubGlobal('document', { styleSheets: [sheet('/assets/index.css', 7), sheet('/assets/reader.css', 3), { href: 'https://elsewhere.test/a.css', cssRules: [] }] });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('saveWhenIdle', () => {
  it('reads the rules a few per idle task and saves in a task of its own after the last', () => {
    const save = vi.fn(() => undefined);
    saveWhenIdle(save, idle);
    let tasks = 0;
    while (queue.length > 0 && save.mock.calls.length === 0) {
      const before = now;
      runOne();
      tasks += 1;
      // No task reads for much longer than its slice (3 ms here: one rule past it at most).
      expect(now - before).toBeLessThanOrEqual(4);
    }
    expect(save).toHaveBeenCalledTimes(1);
    expect(now).toBe(10); // every rule of this site's two sheets, once
    expect(tasks).toBeGreaterThanOrEqual(5); // 10 ms of reading in slices of 3, then the save
  });

  it('reads nothing again for a sheet it has read', () => {
    saveWhenIdle(() => undefined, idle);
    while (queue.length > 0) runOne();
    const read = now;
    const save = vi.fn(() => undefined);
    saveWhenIdle(save, idle);
    while (queue.length > 0) runOne();
    expect(read).toBe(10);
    expect(now).toBe(read);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves nothing once cancelled', () => {
    const save = vi.fn(() => undefined);
    const cancel = saveWhenIdle(save, idle);
    runOne();
    cancel();
    while (queue.length > 0) runOne();
    expect(save).not.toHaveBeenCalled();
  });

  it('writes what the save made in the next idle task, unless cancelled before it', () => {
    const made: string[] = [];
    const written: string[] = [];
    const saveThen = (name: string) => () => {
      made.push(name);
      return () => void written.push(name);
    };
    saveWhenIdle(saveThen('kept'), idle);
    while (made.length === 0) runOne();
    expect(written).toEqual([]); // made, not yet written
    runOne();
    expect(written).toEqual(['kept']);

    const cancel = saveWhenIdle(saveThen('cancelled'), idle);
    while (made.length === 1) runOne();
    cancel();
    while (queue.length > 0) runOne();
    expect(written).toEqual(['kept']);
  });
});
