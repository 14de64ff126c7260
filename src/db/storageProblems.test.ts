import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TolkDB } from './db';
import { setSetting, getSetting } from './settings';
import { classifyStorageError } from './storageProblems';

describe('classifyStorageError', () => {
  it.each([
    [new Dexie.QuotaExceededError('full'), 'quota'],
    [new Dexie.AbortError('aborted', new DOMException('no space', 'QuotaExceededError')), 'quota'],
    [new Dexie.DatabaseClosedError('closed'), 'closed'],
    [new Dexie.VersionChangeError('upgraded elsewhere'), 'closed'],
    [new Error('something else'), undefined],
    ['a string', undefined],
  ])('%s → %s', (error, expected) => {
    expect(classifyStorageError(error)).toBe(expected);
  });

  it('a write that fails in a transaction leaves what was stored', async () => {
    const db = new TolkDB(`problems-${crypto.randomUUID()}`);
    await setSetting(db, 'fontSize', 110);
    await expect(
      db.transaction('rw', db.settings, async () => {
        await setSetting(db, 'fontSize', 150);
        throw new Dexie.QuotaExceededError('full');
      }),
    ).rejects.toSatisfy((error) => classifyStorageError(error) === 'quota');
    expect(await getSetting(db, 'fontSize')).toBe(110);
    await db.delete();
  });
});
