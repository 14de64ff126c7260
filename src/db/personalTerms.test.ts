import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonalTerm } from '../core/personal/personalTerm';
import { TolkDB } from './db';
import { addPersonalTerm, addPersonalTerms, deletePersonalTerm, restorePersonalTerm, updatePersonalTerm } from './personalTerms';

const dbs: TolkDB[] = [];
const fresh = () => {
  const db = new TolkDB(`personal-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => Promise.all(dbs.splice(0).map((db) => db.delete())));

const term = (id: string, nb: string, en: string, articleId?: string): PersonalTerm => ({
  id,
  terms: { nb, en },
  note: '',
  createdAt: 1,
  updatedAt: 1,
  ...(articleId ? { context: { articleId, block: 2, seg: 0, nb: `${nb} …`, en: `${en} …` } } : {}),
});

describe('personal terms', () => {
  it('are added, changed, deleted and restored with their id and dates', async () => {
    const db = fresh();
    await addPersonalTerm(db, term('a', 'tankesmie', 'think tank', 'belarus'));
    await updatePersonalTerm(db, 'a', { terms: { nb: 'tankesmie', en: 'think-tank' }, note: 'ISW' }, 50);
    expect(await db.personalTerms.get('a')).toMatchObject({ terms: { en: 'think-tank' }, note: 'ISW', createdAt: 1, updatedAt: 50 });
    expect(await db.personalTerms.where('context.articleId').equals('belarus').count()).toBe(1);

    const deleted = await deletePersonalTerm(db, 'a');
    expect(await db.personalTerms.count()).toBe(0);
    if (!deleted) throw new Error('nothing deleted');
    await restorePersonalTerm(db, deleted);
    expect(await db.personalTerms.get('a')).toEqual(deleted);
  });

  it('an import adds all terms or none', async () => {
    const db = fresh();
    await addPersonalTerm(db, term('a', 'tankesmie', 'think tank'));
    await expect(addPersonalTerms(db, [term('b', 'sanksjon', 'sanction'), term('a', 'kopi', 'copy')])).rejects.toBeInstanceOf(Dexie.BulkError);
    expect(await db.personalTerms.toCollection().primaryKeys()).toEqual(['a']);
  });
});
