// The shared live queries behind the primed hooks: one query per key for every reader of it, and no answer passed on that changes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import type { AnySubscription } from 'dexie-react-hooks';
import { primeSettings, sharedLiveQuery } from './hooks';
import { getAllSettings, setSetting } from './settings';
import type { Settings } from './types';

const sameFontSize = (a: Partial<Settings>, b: Partial<Settings>) => a.fontSize === b.fontSize;
const unsubscribe = (subscription: AnySubscription) => (typeof subscription === 'function' ? subscription() : subscription.unsubscribe());

afterEach(async () => db.settings.clear());

describe('sharedLiveQuery', () => {
  it('answers every subscriber from one query, and each change with one query', async () => {
    const query = vi.fn(() => getAllSettings(db));
    const seen: [string, number | undefined][] = [];
    const stops = ['a', 'b'].map((who) => sharedLiveQuery<Partial<Settings>>('test:one-query', query, sameFontSize).subscribe((value) => seen.push([who, value.fontSize])));
    await vi.waitFor(() => expect(seen).toEqual([['a', undefined], ['b', undefined]]));
    const before = query.mock.calls.length;
    await setSetting(db, 'fontSize', 120);
    await vi.waitFor(() => expect(seen.slice(2)).toEqual([['a', 120], ['b', 120]]));
    expect(query.mock.calls.length - before).toBe(1);
    stops.forEach(unsubscribe);
  });

  it('passes on nothing while the answer is the same as what was primed, then the change', async () => {
    await setSetting(db, 'fontSize', 110);
    primeSettings({ fontSize: 110 });
    const observable = sharedLiveQuery<Partial<Settings>>('settings', () => getAllSettings(db), sameFontSize);
    expect(observable.getValue?.()).toEqual({ fontSize: 110 });
    const next = vi.fn();
    const stop = observable.subscribe(next);
    await setSetting(db, 'swapped', true); // not a change by this `same`
    await setSetting(db, 'fontSize', 130);
    await vi.waitFor(() => expect(next).toHaveBeenCalled());
    expect(next.mock.calls.map(([value]) => (value as Partial<Settings>).fontSize)).toEqual([130]);
    unsubscribe(stop);
  });

  it('starts the query again for a subscriber after the last one left', async () => {
    const query = vi.fn(() => getAllSettings(db));
    const first = sharedLiveQuery<Partial<Settings>>('test:again', query, sameFontSize).subscribe(() => undefined);
    await vi.waitFor(() => expect(query).toHaveBeenCalledTimes(1));
    unsubscribe(first);
    await setSetting(db, 'fontSize', 140);
    const next = vi.fn();
    const second = sharedLiveQuery<Partial<Settings>>('test:again', query, sameFontSize).subscribe(next);
    await vi.waitFor(() => expect(next).toHaveBeenLastCalledWith(expect.objectContaining({ fontSize: 140 })));
    unsubscribe(second);
  });
});
