import { afterEach, describe, expect, it } from 'vitest';
import { snowballStemmers } from '../core/glossary/snowballStemmers';
import type { PersonalTerm } from '../core/personal/personalTerm';
import { TolkDB } from './db';
import { addPersonalTerm, addPersonalTerms, deletePersonalTerm, restorePersonalTerm, updatePersonalTerm } from './personalTerms';

const dbs: TolkDB[] = [];
const fresh = (name = `personal-${crypto.randomUUID()}`) => {
  const db = new TolkDB(name);
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
const S = snowballStemmers;

describe('personal terms', () => {
  it('are added, changed, deleted and restored with their id and dates', async () => {
    const db = fresh();
    expect(await addPersonalTerm(db, term('a', 'tankesmie', 'think tank', 'belarus'), S)).toEqual({ ok: true });
    expect(await updatePersonalTerm(db, 'a', { change: { terms: { nb: 'tankesmie', en: 'think-tank' }, note: 'ISW' }, openedAt: 1, now: 50 }, S)).toEqual({ ok: true });
    expect(await db.personalTerms.get('a')).toMatchObject({ terms: { en: 'think-tank' }, note: 'ISW', createdAt: 1, updatedAt: 50 });
    expect(await db.personalTerms.where('context.articleId').equals('belarus').count()).toBe(1);

    const deleted = await deletePersonalTerm(db, 'a');
    expect(await db.personalTerms.count()).toBe(0);
    if (!deleted) throw new Error('nothing deleted');
    expect(await restorePersonalTerm(db, deleted, S)).toEqual({ ok: true });
    expect(await db.personalTerms.get('a')).toEqual(deleted);
  });

  it('an import that fails adds none', async () => {
    const db = fresh();
    await addPersonalTerm(db, term('a', 'tankesmie', 'think tank'), S);
    const broken = { ...term('b', 'kopi', 'copy'), createdAt: undefined } as unknown as PersonalTerm; // no key for the createdAt index is fine; a bad key is not
    await expect(addPersonalTerms(db, [term('c', 'sanksjon', 'sanction'), { ...broken, id: {} as unknown as string }], S)).rejects.toThrow();
    expect(await db.personalTerms.toCollection().primaryKeys()).toEqual(['a']);
  });
});

describe('two tabs writing at once', () => {
  it('an edit made from an old version is refused with the stored one, and kept when saved over it', async () => {
    const db = fresh();
    await addPersonalTerm(db, term('a', 'tankesmie', 'think tank'), S);
    const first = updatePersonalTerm(db, 'a', { change: { terms: { nb: 'tankesmie', en: 'think-tank' }, note: 'A' }, openedAt: 1, now: 1 }, S);
    const second = updatePersonalTerm(db, 'a', { change: { terms: { nb: 'tankesmie', en: 'thinktank' }, note: 'B' }, openedAt: 1, now: 1 }, S);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual({ ok: true });
    // Saved within the same millisecond, the first write still moved updatedAt on, so the second is told.
    expect(b).toMatchObject({ ok: false, problem: 'changed', current: { note: 'A', updatedAt: 2 } });
    expect(await updatePersonalTerm(db, 'a', { change: { terms: { nb: 'tankesmie', en: 'thinktank' }, note: 'B' }, openedAt: 2, now: 3 }, S)).toEqual({ ok: true });
    expect(await db.personalTerms.get('a')).toMatchObject({ note: 'B', updatedAt: 3 });
  });

  it('an edit of a term deleted meanwhile is refused as gone', async () => {
    const db = fresh();
    await addPersonalTerm(db, term('a', 'tankesmie', 'think tank'), S);
    await deletePersonalTerm(db, 'a');
    expect(await updatePersonalTerm(db, 'a', { change: { terms: { nb: 'x', en: 'y' }, note: '' }, openedAt: 1 }, S)).toEqual({ ok: false, problem: 'gone' });
    expect(await db.personalTerms.count()).toBe(0);
  });

  it('an edit into a term stored meanwhile is refused as a duplicate', async () => {
    const db = fresh();
    await addPersonalTerms(db, [term('a', 'tankesmie', 'think tank'), term('b', 'sanksjon', 'sanction')], S);
    expect(await updatePersonalTerm(db, 'b', { change: { terms: { nb: 'Tankesmien', en: 'sanction' }, note: '' }, openedAt: 1 }, S)).toMatchObject({ ok: false, problem: 'duplicate', existing: { id: 'a' } });
  });

  it('the same new term saved by two tabs at once is stored once', async () => {
    const name = `personal-${crypto.randomUUID()}`;
    const [tabA, tabB] = [fresh(name), fresh(name)];
    const results = await Promise.all([addPersonalTerm(tabA, term('a', 'tankesmie', 'think tank'), S), addPersonalTerm(tabB, term('b', 'Tankesmie', 'think tank'), S)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ problem: 'duplicate' });
    expect(await tabA.personalTerms.count()).toBe(1);
  });

  it('undo of a delete after the same term was added again restores nothing and names the term', async () => {
    const db = fresh();
    await addPersonalTerm(db, term('a', 'fluktrute', 'escape route'), S);
    const deleted = await deletePersonalTerm(db, 'a');
    if (!deleted) throw new Error('nothing deleted');
    await addPersonalTerm(db, term('b', 'fluktrute', 'escape route'), S);
    expect(await restorePersonalTerm(db, deleted, S)).toMatchObject({ ok: false, problem: 'duplicate', existing: { id: 'b' } });
    expect(await db.personalTerms.toCollection().primaryKeys()).toEqual(['b']);
    // An undo that another tab has already done is fine: the term is back, once.
    expect(await restorePersonalTerm(db, (await db.personalTerms.get('b')) as PersonalTerm, S)).toEqual({ ok: true });
  });

  it('the same import confirmed in two tabs adds each term once, and the second hears they were already there', async () => {
    const name = `personal-${crypto.randomUUID()}`;
    const [tabA, tabB] = [fresh(name), fresh(name)];
    // A JSON import keeps the file's ids, so both tabs write the same ids too.
    const file = [term('t1', 'tankesmie', 'think tank'), term('t2', 'sanksjon', 'sanction'), term('t3', 'fluktrute', 'escape route')];
    const [a, b] = await Promise.all([addPersonalTerms(tabA, file, S), addPersonalTerms(tabB, file, S)]);
    expect([a.added.length, b.added.length].sort()).toEqual([0, 3]);
    expect([a.alreadyThere.length, b.alreadyThere.length].sort()).toEqual([0, 3]);
    expect(await tabA.personalTerms.count()).toBe(3);
  });

  it('an import term whose id was taken meanwhile by another term gets a new id', async () => {
    const db = fresh();
    await addPersonalTerm(db, term('t1', 'kopi', 'copy'), S);
    const { added } = await addPersonalTerms(db, [term('t1', 'tankesmie', 'think tank')], S, () => 'new-id');
    expect(added.map((t) => t.id)).toEqual(['new-id']);
    expect(await db.personalTerms.count()).toBe(2);
  });

  it('an import that would take the glossary past its limit adds nothing and says how many terms there would be', async () => {
    const db = fresh();
    await addPersonalTerms(db, [term('a', 'tankesmie', 'think tank'), term('b', 'sanksjon', 'sanction')], S);
    const result = await addPersonalTerms(db, [term('c', 'fluktrute', 'escape route'), term('d', 'kopi', 'copy')], S, undefined, 3);
    expect(result).toMatchObject({ added: [], overLimit: 4 });
    expect(await db.personalTerms.count()).toBe(2);
    // Up to the limit exactly is fine, and duplicates left out do not count.
    const fits = await addPersonalTerms(db, [term('c', 'fluktrute', 'escape route'), term('e', 'Tankesmie', 'think tanks')], S, undefined, 3);
    expect(fits.added.map((t) => t.id)).toEqual(['c']);
    expect(fits.overLimit).toBeUndefined();
    expect(await db.personalTerms.count()).toBe(3);
  });
});
