import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticlePair } from '../core/article/types';
import type { GlossaryEntry } from '../core/glossary/entry';
import { TolkDB } from './db';
import { getPosition, savePosition } from './positions';
import { ensureShippedArticles, firstToSeed, planSeed, putShippedArticles, seedFirst, syncShippedArticles, type ShippedArticle, type ShippedArticles } from './seed';
import { getSetting, setSetting } from './settings';

function article(id: string, title: string): ArticlePair {
  const version = (lang: 'nb' | 'en') => ({
    meta: { id, lang, title: `${title} (${lang})`, source: 'Avis', date: '2024-03-25', original: 'nb' as const },
    blocks: [{ kind: 'paragraph' as const, segments: [`${title} ${lang}.`] }],
    blockLines: [10],
    words: 3,
  });
  return { id, source: 'Avis', date: '2024-03-25', original: 'nb', versions: { nb: version('nb'), en: version('en') } };
}
const shipped = (version: string, ...items: [string, string, string][]): ShippedArticles => ({
  version,
  articles: items.map(([id, title, hash]): ShippedArticle => ({ hash, article: article(id, title) })),
  glossary: [],
});
const entry = (id: string, nb: string, en: string): GlossaryEntry => ({
  id,
  kind: 'concept',
  terms: { nb: [nb], en: [en] },
  definitions: { nb: `${nb} er …`, en: `${en} is …` },
});

let open: TolkDB[] = [];
function freshDb() {
  const db = new TolkDB(`test-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.map((db) => db.delete()));
  open = [];
});

describe('planSeed', () => {
  it('puts new and changed articles, removes those no longer shipped, and leaves the rest', () => {
    const stored = [
      { id: 'same', hash: 'h1', origin: 'shipped' as const },
      { id: 'changed', hash: 'old', origin: 'shipped' as const },
      { id: 'gone', hash: 'h3', origin: 'shipped' as const },
    ];
    const plan = planSeed(stored, shipped('v', ['same', 'S', 'h1'], ['changed', 'C', 'new'], ['added', 'A', 'h4']).articles);
    expect(plan.put.map((p) => p.article.id)).toEqual(['changed', 'added']);
    expect(plan.remove).toEqual(['gone']);
  });
});

describe('syncShippedArticles', () => {
  it('seeds an empty store with every shipped article, summary and text', async () => {
    const db = freshDb();
    await syncShippedArticles(db, shipped('v1', ['a', 'Alpha', 'h1'], ['b', 'Beta', 'h2']));
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['a', 'b']);
    expect((await db.articles.get('a'))?.titles).toEqual({ nb: 'Alpha (nb)', en: 'Alpha (en)' });
    expect((await db.articleTexts.get('b'))?.versions.en.blocks[0]?.segments).toEqual(['Beta en.']);
    expect(await getSetting(db, 'shippedVersion')).toBe('v1');
  });

  it('updates changed articles in place and keeps what the user made or set', async () => {
    const db = freshDb();
    await syncShippedArticles(db, shipped('v1', ['a', 'Alpha', 'h1'], ['b', 'Beta', 'h2'], ['c', 'Gamma', 'h3']));
    await savePosition(db, 'a', 4, 1000);
    await savePosition(db, 'b', 2, 2000);
    await setSetting(db, 'uiLanguage', 'nb');
    await setSetting(db, 'fontSize', 120);

    const plan = await syncShippedArticles(db, shipped('v2', ['a', 'Alpha revised', 'h1b'], ['b', 'Beta', 'h2'], ['d', 'Delta', 'h4']));

    expect(plan.put.map((p) => p.article.id)).toEqual(['a', 'd']);
    expect((await db.articles.get('a'))?.titles.nb).toBe('Alpha revised (nb)');
    expect(await db.articles.get('c')).toBeUndefined();
    expect(await db.articleTexts.get('c')).toBeUndefined();
    expect(await getPosition(db, 'a')).toEqual({ articleId: 'a', block: 4, updatedAt: 1000 });
    expect(await getPosition(db, 'b')).toEqual({ articleId: 'b', block: 2, updatedAt: 2000 });
    expect(await getSetting(db, 'uiLanguage')).toBe('nb');
    expect(await getSetting(db, 'fontSize')).toBe(120);
    expect(await getSetting(db, 'shippedVersion')).toBe('v2');
  });
});

describe('the editorial glossary', () => {
  it('is replaced whole by the new build', async () => {
    const db = freshDb();
    await syncShippedArticles(db, { ...shipped('v1'), glossary: [entry('a', 'tankesmie', 'think tank'), entry('b', 'sanksjon', 'sanction')] });
    await syncShippedArticles(db, { ...shipped('v2'), glossary: [entry('a', 'tankesmie', 'think-tank'), entry('c', 'Kreml', 'Kremlin')] });
    const stored = await db.glossary.orderBy('id').toArray();
    expect(stored.map((e) => [e.id, e.terms.en[0], e.owner])).toEqual([
      ['a', 'think-tank', 'editorial'],
      ['c', 'Kremlin', 'editorial'],
    ]);
  });

  it('is not written again when the new build ships it unchanged, in any order', async () => {
    const db = freshDb();
    const tank = entry('a', 'tankesmie', 'think tank');
    const glossary = [tank, entry('b', 'sanksjon', 'sanction')];
    await syncShippedArticles(db, { ...shipped('v1'), glossary });
    const writes = vi.fn();
    db.glossary.hook('creating', writes);
    db.glossary.hook('deleting', writes);
    await syncShippedArticles(db, { ...shipped('v2'), glossary: [...glossary].reverse() });
    expect(writes).not.toHaveBeenCalled();
    await syncShippedArticles(db, { ...shipped('v3'), glossary: [tank, entry('b', 'sanksjon', 'sanctions')] });
    expect(writes).toHaveBeenCalled();
    expect((await db.glossary.get('b'))?.terms.en).toEqual(['sanctions']);
  });
});

describe('ensureShippedArticles', () => {
  it('loads the articles only when the build version differs from the stored one', async () => {
    const db = freshDb();
    const load = vi.fn(async () => shipped('v1', ['a', 'Alpha', 'h1']));
    await ensureShippedArticles(db, 'v1', await getSetting(db, 'shippedVersion'), load);
    await ensureShippedArticles(db, 'v1', await getSetting(db, 'shippedVersion'), load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await db.articles.count()).toBe(1);
  });

  it('leaves the store as it was when loading the new articles fails', async () => {
    const db = freshDb();
    await syncShippedArticles(db, shipped('v1', ['a', 'Alpha', 'h1']));
    await expect(ensureShippedArticles(db, 'v2', 'v1', () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['a']);
    expect(await getSetting(db, 'shippedVersion')).toBe('v1');
  });
});

describe('seedFirst', () => {
  it('writes the articles of the first screen and the editorial glossary at once, and the rest and the version only in `rest`', async () => {
    const db = freshDb();
    const set = { ...shipped('v1', ['a', 'Alpha', 'h1'], ['b', 'Beta', 'h2'], ['c', 'Gamma', 'h3']), glossary: [entry('g', 'tankesmie', 'think tank')] };
    const { rest } = await seedFirst(db, set, set.articles.filter((s) => s.article.id === 'b'));
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['b']);
    expect((await db.articleTexts.get('b'))?.versions.nb.blocks[0]?.segments).toEqual(['Beta nb.']);
    expect((await db.glossary.toArray()).map((e) => [e.id, e.owner])).toEqual([['g', 'editorial']]);
    expect(await getSetting(db, 'shippedVersion')).toBeUndefined();

    await rest();
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['a', 'b', 'c']);
    expect(await db.articleTexts.count()).toBe(3);
    expect(await db.glossary.count()).toBe(1);
    expect(await getSetting(db, 'shippedVersion')).toBe('v1');
  });

  it('updates a changed article first and removes the unshipped ones only at the end, keeping positions', async () => {
    const db = freshDb();
    await syncShippedArticles(db, shipped('v1', ['a', 'Alpha', 'h1'], ['gone', 'Gone', 'h9']));
    await savePosition(db, 'a', 3, 1000);
    const next = shipped('v2', ['a', 'Alpha revised', 'h1b']);
    const { rest } = await seedFirst(db, next, next.articles);
    expect((await db.articles.get('a'))?.titles.nb).toBe('Alpha revised (nb)');
    expect(await db.articles.get('gone')).toBeDefined();
    await rest();
    expect(await db.articles.get('gone')).toBeUndefined();
    expect(await db.articleTexts.get('gone')).toBeUndefined();
    expect(await getPosition(db, 'a')).toEqual({ articleId: 'a', block: 3, updatedAt: 1000 });
    expect(await getSetting(db, 'shippedVersion')).toBe('v2');
  });
});

describe('putShippedArticles', () => {
  it('leaves an article stored at the same hash untouched', async () => {
    const db = freshDb();
    await putShippedArticles(db, shipped('v1', ['a', 'Alpha', 'h1']).articles);
    await putShippedArticles(db, shipped('v1', ['a', 'Changed text, same hash', 'h1']).articles);
    expect((await db.articles.get('a'))?.titles.nb).toBe('Alpha (nb)');
  });
});

describe('firstToSeed', () => {
  const dates: Record<string, string> = { old: '2024-01-01', new: '2024-03-01', mid: '2024-02-01' };
  const set = shipped('v', ['old', 'O', 'h1'], ['new', 'N', 'h2'], ['mid', 'M', 'h3']).articles.map((s) => ({ ...s, article: { ...s.article, date: dates[s.article.id] ?? '' } }));

  it('is the article a /read/ URL names, or none when it is not shipped', () => {
    expect(firstToSeed(set, 'mid', 30).map((s) => s.article.id)).toEqual(['mid']);
    expect(firstToSeed(set, 'imported-1', 30)).toEqual([]);
  });

  it('is the first page of the library, newest first, elsewhere', () => {
    expect(firstToSeed(set, undefined, 2).map((s) => s.article.id)).toEqual(['new', 'mid']);
  });
});
