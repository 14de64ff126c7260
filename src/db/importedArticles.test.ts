import { afterEach, describe, expect, it } from 'vitest';
import { joinWithNext, moveBoundary } from '../core/import/pairs';
import type { ImportedAlignment } from '../core/import/types';
import { TolkDB } from './db';
import { deleteImportedArticle, importedRecords, newImportedId, restoreImportedArticles, saveAlignmentFix, saveImportedArticle, type ImportDetails } from './importedArticles';
import { savePosition } from './positions';

const dbs: TolkDB[] = [];
const fresh = () => {
  const db = new TolkDB(`imported-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => Promise.all(dbs.splice(0).map((db) => db.delete())));

const alignment: ImportedAlignment = {
  sentences: { nb: ['Hei på deg.', 'Dette er en test.'], en: ['Hello there.', 'This is a test.'] },
  links: [{ nb: 1, en: 1, block: 'heading' }, { nb: 1, en: 0, block: 'paragraph' }, { nb: 0, en: 1 }],
};
const details: ImportDetails = { titles: { nb: 'Min artikkel', en: 'My article' }, source: 'NRK', date: '2024-03-22', original: 'nb' };

describe('imported articles', () => {
  it('are stored with summary, text and alignment, marked as imported', async () => {
    const db = fresh();
    const id = await saveImportedArticle(db, { alignment, confidence: 0.9 }, details, 1000);
    expect(id).toMatch(/^my-article-[0-9a-f]{6}$/);
    expect(await db.articles.get(id)).toMatchObject({ origin: 'imported', titles: details.titles, addedAt: 1000, words: { nb: 9, en: 8 } });
    const text = await db.articleTexts.get(id);
    expect(text?.versions.nb.blocks.map((b) => b.segments)).toEqual([['Hei på deg.'], ['Dette er en test.', '']]);
    expect(text?.versions.en.blocks.map((b) => b.segments)).toEqual([['Hello there.'], ['', 'This is a test.']]);
    expect(await db.alignments.get(id)).toMatchObject({ confidence: 0.9 });
  });

  it('take a fix: the text and hash follow the new alignment', async () => {
    const db = fresh();
    const id = await saveImportedArticle(db, { alignment, confidence: 0.9 }, details);
    const before = await db.articles.get(id);
    const fixed = moveBoundary(alignment, 1, 'en', 'down');
    if (!fixed) throw new Error('fix refused');
    expect(await saveAlignmentFix(db, id, fixed, alignment)).toEqual({ ok: true });
    expect((await db.articleTexts.get(id))?.versions.en.blocks[1]?.segments).toEqual(['This is a test.']);
    expect((await db.articles.get(id))?.hash).not.toBe(before?.hash);
  });

  it('refuse a fix started from a pairing another tab has changed since, and name the stored one', async () => {
    const db = fresh();
    const id = await saveImportedArticle(db, { alignment, confidence: 0.9 }, details);
    const theirs = moveBoundary(alignment, 1, 'en', 'down');
    const mine = joinWithNext(alignment, 0);
    if (!theirs || !mine) throw new Error('fix refused');
    expect(await saveAlignmentFix(db, id, theirs, alignment)).toEqual({ ok: true });
    expect(await saveAlignmentFix(db, id, mine, alignment)).toEqual({ ok: false, problem: 'changed', current: theirs });
    expect((await db.alignments.get(id))?.alignment).toEqual(theirs);
    // Keeping mine means saving over the version now stored.
    expect(await saveAlignmentFix(db, id, mine, theirs)).toEqual({ ok: true });
    expect((await db.alignments.get(id))?.alignment).toEqual(mine);
    expect(await saveAlignmentFix(db, 'nothing-here', mine, theirs)).toEqual({ ok: false, problem: 'gone' });
  });

  it('refuse a broken fix and keep the stored one', async () => {
    const db = fresh();
    const id = await saveImportedArticle(db, { alignment, confidence: 0.9 }, details);
    await expect(saveAlignmentFix(db, id, { ...alignment, links: [{ nb: 1, en: 1, block: 'paragraph' }] }, alignment)).rejects.toThrow(/links cover/);
    expect((await db.alignments.get(id))?.alignment).toEqual(alignment);
  });

  it('are deleted with their reading position, and come back exactly with undo', async () => {
    const db = fresh();
    const id = await saveImportedArticle(db, { alignment, confidence: 0.9 }, details, 5);
    await savePosition(db, id, 1, 7);
    const summary = await db.articles.get(id);
    const deleted = await deleteImportedArticle(db, id);
    expect(await db.articles.get(id)).toBeUndefined();
    expect(await db.articleTexts.get(id)).toBeUndefined();
    expect(await db.positions.get(id)).toBeUndefined();
    if (!deleted) throw new Error('nothing deleted');
    await restoreImportedArticles(db, [deleted]);
    expect(await db.articles.get(id)).toEqual(summary);
    expect(await db.positions.get(id)).toEqual({ articleId: id, block: 1, updatedAt: 7 });
    expect(await importedRecords(db)).toHaveLength(1);
  });

  it('never delete a shipped article', async () => {
    const db = fresh();
    await db.articles.put({ id: 's', origin: 'shipped', hash: 'h', titles: { nb: 'S', en: 'S' }, source: '', date: '2024-01-01', original: 'nb', words: { nb: 1, en: 1 } });
    expect(await deleteImportedArticle(db, 's')).toBeUndefined();
    expect(await db.articles.count()).toBe(1);
  });

  it('restore all or nothing', async () => {
    const db = fresh();
    const id = await saveImportedArticle(db, { alignment, confidence: 0.9 }, details);
    const [good] = await importedRecords(db);
    if (!good) throw new Error('missing');
    const broken = { ...good, summary: { ...good.summary, id: 'other' }, alignment: { ...good.alignment, articleId: 'other', alignment: { ...alignment, links: [] } } };
    await db.articles.clear();
    await expect(restoreImportedArticles(db, [good, broken])).rejects.toThrow(/no links/);
    expect(await db.articles.get(id)).toBeUndefined();
  });

  it('get readable, unique ids', () => {
    expect(newImportedId('Hviterussland: Ærlig talt, Østen!', 'abcdef123')).toBe('hviterussland-aerlig-talt-osten-abcdef');
    expect(newImportedId('«»', '123456789')).toBe('artikkel-123456');
  });
});
