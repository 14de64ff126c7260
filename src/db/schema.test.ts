// Each schema upgrade keeps the data of the version before it: open an old database with the current code and check.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TolkDB } from './db';
import { SCHEMA_VERSIONS } from './schema';

/** A database as an older build left it: only the versions up to `upTo` declared. */
function olderDb(name: string, upTo: number) {
  const old = new Dexie(name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= upTo)) old.version(version).stores(stores);
  return old;
}

describe('schema history', () => {
  it('only grows: versions are in increasing order (a number reserved for other work may be missing)', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > (versions[i - 1] ?? 0))).toBe(true);
  });

  it('v1 → v2: articles, texts, positions and settings survive, and the glossary table appears', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const v1 = olderDb(name, 1);
    await v1.table('articles').put({ id: 'a', origin: 'shipped', hash: 'h', titles: { nb: 'A', en: 'A' }, source: 'S', date: '2024-01-01', original: 'nb', words: { nb: 1, en: 1 } });
    await v1.table('articleTexts').put({ id: 'a', versions: {} });
    await v1.table('positions').put({ articleId: 'a', block: 7, updatedAt: 1 });
    await v1.table('settings').put({ key: 'uiLanguage', value: 'nb' });
    v1.close();

    const current = new TolkDB(name);
    expect(await current.articles.get('a')).toMatchObject({ id: 'a', hash: 'h' });
    expect(await current.articleTexts.count()).toBe(1);
    expect(await current.positions.get('a')).toEqual({ articleId: 'a', block: 7, updatedAt: 1 });
    expect(await current.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'nb' });
    expect(await current.glossary.count()).toBe(0);
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    await current.delete();
  });

  it('v2 → v3: the editorial glossary and everything before survive, and the personal terms table appears', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const v2 = olderDb(name, 2);
    await v2.table('glossary').put({ id: 'think-tank', owner: 'editorial', kind: 'concept', terms: { nb: ['tankesmie'], en: ['think tank'] }, definitions: { nb: 'd', en: 'd' } });
    await v2.table('positions').put({ articleId: 'a', block: 3, updatedAt: 1 });
    await v2.table('settings').put({ key: 'glossaryOn', value: false });
    v2.close();

    const current = new TolkDB(name);
    expect(await current.glossary.get('think-tank')).toMatchObject({ owner: 'editorial' });
    expect(await current.positions.get('a')).toEqual({ articleId: 'a', block: 3, updatedAt: 1 });
    expect(await current.settings.get('glossaryOn')).toEqual({ key: 'glossaryOn', value: false });
    expect(await current.personalTerms.count()).toBe(0);
    await current.delete();
  });

  it('v3 → v4: articles, personal terms and positions survive, and the alignment and search tables appear', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const v3 = olderDb(name, 3);
    await v3.table('articles').put({ id: 'a', origin: 'shipped', hash: 'h', titles: { nb: 'A', en: 'A' }, source: 'S', date: '2024-01-01', original: 'nb', words: { nb: 1, en: 1 } });
    await v3.table('personalTerms').put({ id: 't', createdAt: 1, terms: { nb: 'tankesmie', en: 'think tank' }, note: '' });
    await v3.table('positions').put({ articleId: 'a', block: 2, updatedAt: 1 });
    v3.close();

    const current = new TolkDB(name);
    expect(await current.articles.get('a')).toMatchObject({ origin: 'shipped', hash: 'h' });
    expect(await current.personalTerms.get('t')).toMatchObject({ terms: { nb: 'tankesmie' } });
    expect(await current.positions.get('a')).toEqual({ articleId: 'a', block: 2, updatedAt: 1 });
    expect(await current.alignments.count()).toBe(0);
    expect(await current.searchIndex.count()).toBe(0);
    await current.delete();
  });

  it('v4 → v6: personal terms and positions survive, and each term gets a new recognition and a new recall card', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const v4 = olderDb(name, 4);
    await v4.table('personalTerms').bulkPut([
      { id: 't1', createdAt: 10, updatedAt: 10, terms: { nb: 'tankesmie', en: 'think tank' }, note: '', context: { articleId: 'a', block: 1, seg: 0, nb: 'En tankesmie.', en: 'A think tank.' } },
      { id: 't2', createdAt: 20, updatedAt: 20, terms: { nb: 'valg', en: 'election' }, note: 'n' },
    ]);
    await v4.table('positions').put({ articleId: 'a', block: 2, updatedAt: 1 });
    await v4.table('alignments').put({ articleId: 'x', alignment: { sentences: { nb: [], en: [] }, links: [] }, confidence: 1 });
    v4.close();

    const current = new TolkDB(name);
    expect(await current.personalTerms.count()).toBe(2);
    expect(await current.positions.get('a')).toEqual({ articleId: 'a', block: 2, updatedAt: 1 });
    expect(await current.alignments.count()).toBe(1);
    const cards = await current.cards.orderBy('id').toArray();
    expect(cards.map((c) => [c.id, c.queue, c.state, c.due])).toEqual([
      ['t1:recall', 'new', 0, 10],
      ['t1:recognition', 'new', 0, 10],
      ['t2:recall', 'new', 0, 20],
      ['t2:recognition', 'new', 0, 20],
    ]);
    expect(await current.reviewLog.count()).toBe(0);
    await current.delete();
  });

  it('v6 → v7: the review log keeps its lines, and today\'s grades are counted from its new indexes', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const v6 = olderDb(name, 6);
    const schedule = (state: number) => ({ due: 5, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state });
    await v6.table('reviewLog').bulkAdd([
      { kind: 'grade', cardId: 'c1', termId: 't', at: 100, grade: 3, before: schedule(0), after: schedule(1) },
      { kind: 'grade', cardId: 'c2', termId: 't', at: 200, grade: 3, before: schedule(2), after: schedule(2) },
      { kind: 'undo', cardId: 'c2', termId: 't', at: 300, undoes: 2 },
    ]);
    v6.close();

    const current = new TolkDB(name);
    expect(await current.reviewLog.count()).toBe(3);
    expect(await current.reviewLog.where('[before.state+at]').between([0, 0], [0, 1000]).count()).toBe(1);
    expect(await current.reviewLog.where('[kind+at]').between(['grade', 150], ['grade', 1000]).count()).toBe(1);
    expect(await current.reviewLog.where('[kind+at]').between(['undo', 0], ['undo', 1000]).count()).toBe(1);
    await current.delete();
  });
});
