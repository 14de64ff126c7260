import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '../core/backup/backupFile';
import type { ImportedAlignment } from '../core/import/types';
import { checkRestore, exportBackup, planRestore, restoreBackup, type RestorePlan } from './backup';
import { TolkDB } from './db';
import { saveAlignmentFix, saveImportedArticle } from './importedArticles';
import { savePosition } from './positions';
import { getAllSettings, setSetting } from './settings';
import type { ArticleSummary } from './types';

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

const alignment: ImportedAlignment = {
  sentences: { nb: ['Hei på deg.', 'Dette er en test.'], en: ['Hello there.', 'This is a test.'] },
  links: [{ nb: 1, en: 1, block: 'heading' }, { nb: 1, en: 0, block: 'paragraph' }, { nb: 0, en: 1 }],
};
const details = { titles: { nb: 'Min artikkel', en: 'My article' }, source: 'NRK', date: '2024-03-22', original: 'nb' } as const;
const shipped: ArticleSummary = { id: 'belarus', origin: 'shipped', hash: 's1', titles: { nb: 'Belarus', en: 'Belarus' }, source: 'NRK', date: '2024-03-01', original: 'nb', words: { nb: 1, en: 1 } };

/** Everything the store holds that a restore may write, to compare before and after. */
const snapshot = async (db: TolkDB) => ({
  settings: await getAllSettings(db),
  positions: await db.positions.orderBy('articleId').toArray(),
  personalTerms: await db.personalTerms.toArray(),
  articles: await db.articles.orderBy('id').toArray(),
  articleTexts: await db.articleTexts.orderBy('id').toArray(),
  alignments: await db.alignments.orderBy('articleId').toArray(),
});

/** A store with one imported article (read at block 1) and one shipped article, and the plan its backup gives. */
async function sourceWithArticle() {
  const source = fresh();
  const id = await saveImportedArticle(source, { alignment, confidence: 0.8 }, details, 1234);
  await savePosition(source, id, 1, 300);
  await source.articles.put(shipped);
  const read = readBackup(JSON.stringify(await exportBackup(source, new Date(0))));
  if (!read.ok) throw new Error(read.problem);
  return { source, id, backup: read.backup, plan: planRestore(read.backup) };
}

describe('backup and restore', () => {
  it('an imported article without a date (none given, none found) is backed up and restored', async () => {
    const source = fresh();
    const id = await saveImportedArticle(source, { alignment, confidence: 0.8 }, { ...details, date: '' }, 1234);
    const read = readBackup(JSON.stringify(await exportBackup(source, new Date(0))));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const target = fresh();
    await restoreBackup(target, await checkRestore(target, planRestore(read.backup)));
    expect((await target.articles.get(id))?.date).toBe('');
  });
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
    await expect(restoreBackup(db, { settings: [{ key: 'fontSize', value: 150 }], positions: [{ articleId: 'a', block: 9, updatedAt: 2 }], personalTerms: [], importedArticles: [], cards: [], reviewLog: [], skipped: [] })).rejects.toThrow();
    expect(await getAllSettings(db)).toEqual({ fontSize: 110 });
    expect(await db.positions.get('a')).toEqual({ articleId: 'a', block: 1, updatedAt: 1 });
  });

  it('the pins of an imported article are stored with its alignment and come back from a backup', async () => {
    const source = fresh();
    const id = await saveImportedArticle(source, { alignment, confidence: 0.8 }, details, 1234);
    const pins = [{ nb: { start: 1, count: 1 }, en: { start: 1, count: 0 } }];
    await saveAlignmentFix(source, id, alignment, alignment, pins);
    expect((await source.alignments.get(id))?.pins).toEqual(pins);
    const read = readBackup(JSON.stringify(await exportBackup(source, new Date(0))));
    if (!read.ok) throw new Error(read.problem);
    const target = fresh();
    await restoreBackup(target, planRestore(read.backup));
    expect(await target.alignments.get(id)).toEqual(await source.alignments.get(id));
    // Unpinning everything leaves no field behind, as before pins existed.
    await saveAlignmentFix(source, id, alignment, alignment, []);
    expect(Object.keys((await source.alignments.get(id)) ?? {})).not.toContain('pins');
    // A pin that names no pair is refused and nothing changes.
    await expect(saveAlignmentFix(source, id, alignment, alignment, [{ nb: { start: 0, count: 2 }, en: { start: 0, count: 0 } }])).rejects.toThrow(/pin 0/);
  });

  it('a backup carries the imported articles, not the shipped ones, and a restore brings back summary, alignment, text and position', async () => {
    const { source, id, backup, plan } = await sourceWithArticle();
    expect(backup.importedArticles.map((a) => a.summary.id)).toEqual([id]);
    expect(plan.importedArticles).toHaveLength(1);

    const target = fresh();
    await restoreBackup(target, plan);
    expect(await target.articles.get(id)).toEqual(await source.articles.get(id));
    expect(await target.alignments.get(id)).toEqual(await source.alignments.get(id));
    expect(await target.articleTexts.get(id)).toEqual(await source.articleTexts.get(id));
    expect(await target.positions.get(id)).toEqual({ articleId: id, block: 1, updatedAt: 300 });
    expect(await target.articles.get('belarus')).toBeUndefined();
  });

  it('a restore never touches a shipped article, even one an edited file claims as imported', async () => {
    const { plan } = await sourceWithArticle();
    const target = fresh();
    await target.articles.put(shipped);
    const [record] = plan.importedArticles;
    if (!record) throw new Error('no article in the plan');
    const forged = { ...record, summary: { ...record.summary, id: 'belarus' }, alignment: { ...record.alignment, articleId: 'belarus' } };
    await restoreBackup(target, { ...plan, importedArticles: [...plan.importedArticles, forged] });
    expect(await target.articles.get('belarus')).toEqual(shipped);
    expect(await target.alignments.get('belarus')).toBeUndefined();
    expect(await target.articles.get(record.summary.id)).toMatchObject({ origin: 'imported' });
  });

  it('writes all or nothing: a broken imported article in the plan leaves the store as it was', async () => {
    const { plan } = await sourceWithArticle();
    const target = fresh();
    await setSetting(target, 'fontSize', 110);
    await savePosition(target, 'a', 1, 1);
    const existing = await saveImportedArticle(target, { alignment, confidence: 0.5 }, { ...details, titles: { nb: 'Eldre', en: 'Older' } }, 1);
    const before = await snapshot(target);
    const [record] = plan.importedArticles;
    if (!record) throw new Error('no article in the plan');
    const broken = { ...record, summary: { ...record.summary, id: 'broken' }, alignment: { ...record.alignment, articleId: 'broken', alignment: { ...alignment, links: [{ nb: 1, en: 1, block: 'paragraph' as const }] } } };
    const bad: RestorePlan = { ...plan, settings: [{ key: 'fontSize', value: 150 }], importedArticles: [...plan.importedArticles, broken] };
    await expect(restoreBackup(target, bad)).rejects.toThrow(/broken/);
    expect(await snapshot(target)).toEqual(before);
    expect(before.articles.map((a) => a.id)).toEqual([existing]);
  });

  it('writes all or nothing: a failure after the articles are written takes them back too', async () => {
    const { id, plan } = await sourceWithArticle();
    const target = fresh();
    vi.spyOn(target.personalTerms, 'bulkPut').mockRejectedValueOnce(new Dexie.QuotaExceededError('full'));
    await expect(restoreBackup(target, plan)).rejects.toThrow();
    expect(await target.articles.get(id)).toBeUndefined();
    expect(await target.articleTexts.get(id)).toBeUndefined();
    expect(await target.alignments.get(id)).toBeUndefined();
    expect(await target.positions.get(id)).toBeUndefined();
  });

  it('a restore leaves out, and lists, an article clashing with a shipped id and terms the learner already has', async () => {
    const { plan } = await sourceWithArticle();
    const target = fresh();
    await target.articles.put(shipped);
    await target.personalTerms.add({ id: 'mine', terms: { nb: 'tankesmie', en: 'think tank' }, note: '', createdAt: 1, updatedAt: 1 });
    const [record] = plan.importedArticles;
    if (!record) throw new Error('no article in the plan');
    const forged = { ...record, summary: { ...record.summary, id: 'belarus' }, alignment: { ...record.alignment, articleId: 'belarus' } };
    const term = (id: string, nb: string, en: string) => ({ id, terms: { nb, en }, note: '', createdAt: 1, updatedAt: 1 });
    // 50 copies of one term under new ids fold to the first; a term the store has under another id is left out too.
    const copies = Array.from({ length: 50 }, (_, i) => term(`copy-${i}`, 'øl', 'beer'));
    const planned = planRestore({ ...(await sourceWithArticle()).backup, importedArticles: [record, forged], personalTerms: [...copies, term('theirs', 'Tankesmien', 'think-tank')] });
    expect(planned.personalTerms.map((t) => t.id)).toEqual(['copy-0', 'theirs']);
    expect(planned.duplicateTerms).toHaveLength(49);
    const checked = await checkRestore(target, planned);
    expect(checked.shippedClashes).toEqual(['belarus']);
    expect(checked.importedArticles.map((r) => r.summary.id)).toEqual([record.summary.id]);
    expect(checked.personalTerms.map((t) => t.id)).toEqual(['copy-0']);
    expect(checked.duplicateTerms).toHaveLength(50);
    await restoreBackup(target, checked);
    expect((await target.personalTerms.toArray()).map((t) => t.id).sort()).toEqual(['copy-0', 'mine']);
    expect(await target.articles.get('belarus')).toEqual(shipped);
  });
});
