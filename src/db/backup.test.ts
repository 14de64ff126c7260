import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '../core/backup/backupFile';
import { exportBackup, planRestore, restoreBackup } from './backup';
import { TolkDB } from './db';
import { savePosition } from './positions';
import { getAllSettings, setSetting } from './settings';

const dbs: TolkDB[] = [];
const fresh = () => {
  const db = new TolkDB(`backup-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
  vi.restoreAllMocks();
});

describe('backup and restore', () => {
  it('a backup restored into an empty profile gives back the same settings and positions', async () => {
    const source = fresh();
    await setSetting(source, 'uiLanguage', 'nb');
    await setSetting(source, 'swapped', true);
    await setSetting(source, 'fontSize', 130);
    await setSetting(source, 'shippedVersion', 'internal');
    await savePosition(source, 'a', 5, 100);
    await savePosition(source, 'b', -1, 200);
    await source.personalTerms.add({ id: 't', terms: { nb: 'tankesmie', en: 'think tank' }, note: 'mitt notat', createdAt: 1, updatedAt: 1 });

    const text = JSON.stringify(await exportBackup(source, new Date(0)));
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    const plan = planRestore(read.backup);
    expect(plan.skipped).toEqual([]);

    const target = fresh();
    await restoreBackup(target, plan);
    expect(await getAllSettings(target)).toEqual({ uiLanguage: 'nb', swapped: true, fontSize: 130 });
    expect(await target.positions.orderBy('articleId').toArray()).toEqual(await source.positions.orderBy('articleId').toArray());
    expect(await target.personalTerms.toArray()).toEqual(await source.personalTerms.toArray());
  });

  it('leaves out settings it does not know or whose values are invalid', () => {
    const read = readBackup('{"format":"tolk-backup","version":1,"settings":{"theme":"neon","fontSize":120,"futureThing":true},"positions":[]}');
    if (!read.ok) throw new Error(read.problem);
    const plan = planRestore(read.backup);
    expect(plan.settings).toEqual([{ key: 'fontSize', value: 120 }]);
    expect(plan.skipped).toEqual(['theme', 'futureThing']);
  });

  it('writes all or nothing: a failure half-way leaves the store as it was', async () => {
    const db = fresh();
    await setSetting(db, 'fontSize', 110);
    await savePosition(db, 'a', 1, 1);
    vi.spyOn(db.positions, 'bulkPut').mockRejectedValueOnce(new Dexie.QuotaExceededError('full'));
    await expect(restoreBackup(db, { settings: [{ key: 'fontSize', value: 150 }], positions: [{ articleId: 'a', block: 9, updatedAt: 2 }], personalTerms: [], skipped: [] })).rejects.toThrow();
    expect(await getAllSettings(db)).toEqual({ fontSize: 110 });
    expect(await db.positions.get('a')).toEqual({ articleId: 'a', block: 1, updatedAt: 1 });
  });
});
