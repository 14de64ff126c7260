import { afterEach, describe, expect, it, vi } from 'vitest';
import { testVersion } from '../core/article/testVersions';
import type { Lang } from '../core/lang';
import { ARTICLE_INDEX_FORMAT } from '../core/search/articleIndex';
import { TolkDB } from './db';
import { openSearchIndex, searchArticlesWithSentences, searchWithSentences, SEARCH_INDEX_KEY, type SearchIndexHandle } from './searchIndex';

const dbs: TolkDB[] = [];
const fresh = (name = `search-${crypto.randomUUID()}`) => {
  const db = new TolkDB(name);
  dbs.push(db);
  return db;
};
afterEach(async () => Promise.all(dbs.splice(0).map((db) => db.delete())));

/** Stores an article's summary and text as the app does; the hash stands for the content. */
async function putArticle(db: TolkDB, id: string, hash: string, titles: Record<Lang, string>, nb: string[], en: string[]) {
  await db.transaction('rw', db.articles, db.articleTexts, async () => {
    await db.articles.put({ id, origin: 'imported', hash, titles, source: 'Avis', date: '2024-03-25', original: 'nb', words: { nb: 0, en: 0 } });
    await db.articleTexts.put({ id, versions: { nb: testVersion('nb', titles.nb, nb), en: testVersion('en', titles.en, en) } });
  });
}
const seed = async (db: TolkDB) => {
  await putArticle(db, 'smie', 'h1', { nb: 'Tankesmien', en: 'The think tank' }, ['En tankesmie i Belarus.', 'Sanksjonene virker.'], ['A think tank in Belarus.', 'The sanctions work.']);
  await putArticle(db, 'kafe', 'h2', { nb: 'Kafé i Minsk', en: 'Café in Minsk' }, ['Lukašenko drakk øl.'], ['Lukašenko drank beer.']);
};
const ids = (handle: SearchIndexHandle, query: string) => handle.search(query).map((result) => result.id).sort();

describe('openSearchIndex', () => {
  it('builds the index from every stored article and saves it with their hashes', async () => {
    const db = fresh();
    await seed(db);
    const handle = await openSearchIndex(db);
    expect(ids(handle, 'tankesmier ')).toEqual(['smie']);
    expect(ids(handle, 'kafe ')).toEqual(['kafe']);
    expect(ids(handle, 'minsk ')).toEqual(['kafe']); // from the title
    const row = await db.searchIndex.get(SEARCH_INDEX_KEY);
    expect(row).toMatchObject({ hashes: { smie: 'h1', kafe: 'h2' }, format: ARTICLE_INDEX_FORMAT });
  });

  it('opens an empty store with an empty index', async () => {
    const db = fresh();
    const handle = await openSearchIndex(db);
    expect(handle.search('noe')).toEqual([]);
    expect(await db.searchIndex.get(SEARCH_INDEX_KEY)).toMatchObject({ hashes: {} });
  });

  it('loads the stored index on the next start, without reading any article text or saving again', async () => {
    const name = `search-${crypto.randomUUID()}`;
    const first = fresh(name);
    await seed(first);
    await openSearchIndex(first);
    first.close();

    const again = fresh(name);
    const readTexts = vi.spyOn(again.articleTexts, 'bulkGet');
    const save = vi.spyOn(again.searchIndex, 'put');
    const handle = await openSearchIndex(again);
    expect(ids(handle, 'sanksjoner ')).toEqual(['smie']);
    expect(readTexts).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expect(await handle.sync()).toEqual({ indexed: 0, removed: 0, saved: true });
  });

  it('rebuilds an index stored in another format, or one that does not load', async () => {
    for (const row of [{ json: '{}', format: ARTICLE_INDEX_FORMAT - 1 }, { json: 'not json', format: ARTICLE_INDEX_FORMAT }]) {
      const db = fresh();
      await seed(db);
      await db.searchIndex.put({ key: SEARCH_INDEX_KEY, hashes: { smie: 'h1', kafe: 'h2' }, ...row });
      const handle = await openSearchIndex(db);
      expect(ids(handle, 'øl ')).toEqual(['kafe']);
      expect((await db.searchIndex.get(SEARCH_INDEX_KEY))?.format).toBe(ARTICLE_INDEX_FORMAT);
    }
  });
});

describe('sync', () => {
  it('indexes an article again when its hash changes, and saves', async () => {
    const db = fresh();
    await seed(db);
    const handle = await openSearchIndex(db);
    await putArticle(db, 'kafe', 'h2b', { nb: 'Kafé i Minsk', en: 'Café in Minsk' }, ['Lukašenko drakk te.'], ['Lukašenko drank tea.']);
    expect(ids(handle, 'øl ')).toEqual(['kafe']); // not until synced

    expect(await handle.sync()).toEqual({ indexed: 1, removed: 0, saved: true });
    expect(ids(handle, 'øl ')).toEqual([]);
    expect(ids(handle, 'tea ')).toEqual(['kafe']);
    expect((await db.searchIndex.get(SEARCH_INDEX_KEY))?.hashes).toEqual({ smie: 'h1', kafe: 'h2b' });
  });

  it('drops a deleted article and adds a new one', async () => {
    const db = fresh();
    await seed(db);
    const handle = await openSearchIndex(db);
    await db.transaction('rw', db.articles, db.articleTexts, async () => {
      await db.articles.delete('smie');
      await db.articleTexts.delete('smie');
    });
    await putArticle(db, 'ny', 'h3', { nb: 'Nytt', en: 'New' }, ['Tankesmier i Oslo.'], ['Think tanks in Oslo.']);

    expect(await handle.sync()).toEqual({ indexed: 1, removed: 1, saved: true });
    expect(ids(handle, 'tankesmie ')).toEqual(['ny']);
    expect(Object.keys((await db.searchIndex.get(SEARCH_INDEX_KEY))?.hashes ?? {}).sort()).toEqual(['kafe', 'ny']);

    const reopened = await openSearchIndex(db);
    expect(ids(reopened, 'tankesmie ')).toEqual(['ny']);
  });

  it('leaves an article whose text is not stored yet for the next sync', async () => {
    const db = fresh();
    const handle = await openSearchIndex(db);
    await db.articles.put({ id: 'half', origin: 'imported', hash: 'h', titles: { nb: 'Halv', en: 'Half' }, source: 'A', date: '2024-01-01', original: 'nb', words: { nb: 0, en: 0 } });
    expect(await handle.sync()).toEqual({ indexed: 0, removed: 0, saved: true });
    await db.articleTexts.put({ id: 'half', versions: { nb: testVersion('nb', 'Halv', ['Endelig.']), en: testVersion('en', 'Half', ['At last.']) } });
    expect(await handle.sync()).toEqual({ indexed: 1, removed: 0, saved: true });
    expect(ids(handle, 'endelig ')).toEqual(['half']);
  });

  it('keeps searching from memory when the disk is too full to save, and saves on a later sync', async () => {
    const db = fresh();
    await seed(db);
    const save = vi.spyOn(db.searchIndex, 'put').mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    const handle = await openSearchIndex(db);
    expect(ids(handle, 'kafe ')).toEqual(['kafe']);
    expect(await db.searchIndex.get(SEARCH_INDEX_KEY)).toBeUndefined();

    expect(await handle.sync()).toEqual({ indexed: 0, removed: 0, saved: true });
    expect(save).toHaveBeenCalledTimes(2);
    expect((await db.searchIndex.get(SEARCH_INDEX_KEY))?.hashes).toEqual({ smie: 'h1', kafe: 'h2' });
  });

  it('runs one sync at a time', async () => {
    const db = fresh();
    const handle = await openSearchIndex(db);
    await seed(db);
    const reports = await Promise.all([handle.sync(), handle.sync()]);
    expect(reports).toEqual([
      { indexed: 2, removed: 0, saved: true },
      { indexed: 0, removed: 0, saved: true },
    ]);
  });
});

describe('searchWithSentences', () => {
  it('gives each article found with its titles and the matching sentence pair', async () => {
    const db = fresh();
    await seed(db);
    const handle = await openSearchIndex(db);
    expect(await searchWithSentences(db, handle, 'sanctions')).toEqual([
      {
        articleId: 'smie',
        titles: { nb: 'Tankesmien', en: 'The think tank' },
        match: { block: 1, seg: 0, lang: 'en', text: { nb: 'Sanksjonene virker.', en: 'The sanctions work.' }, highlights: [{ start: 4, end: 13 }], marks: { nb: [], en: [{ start: 4, end: 13 }] } },
      },
    ]);
    expect(await searchWithSentences(db, handle, 'tank', 10, 2)).toHaveLength(2); // the title and the first sentence
    expect(await searchWithSentences(db, handle, 'ingenting ')).toEqual([]);
  });

  it('reads each article found once while the learner types, and shows the new text after a sync', async () => {
    const db = fresh();
    await seed(db);
    const handle = await openSearchIndex(db);
    const reads = vi.spyOn(db.articleTexts, 'bulkGet');
    await searchWithSentences(db, handle, 'Luk');
    await searchWithSentences(db, handle, 'Lukaš');
    await searchWithSentences(db, handle, 'Lukašenko');
    expect(reads).toHaveBeenCalledTimes(1);

    await putArticle(db, 'kafe', 'h2b', { nb: 'Kafé i Minsk', en: 'Café in Minsk' }, ['Lukašenko drakk te.'], ['Lukašenko drank tea.']);
    await handle.sync();
    const [result] = await searchWithSentences(db, handle, 'Lukašenko');
    expect(result?.match.text.en).toBe('Lukašenko drank tea.');
  });
});

describe('searchArticlesWithSentences', () => {
  it('counts every matching sentence of an article, gives the first ones, and marks the word in both languages', async () => {
    const db = fresh();
    await putArticle(
      db,
      'putin',
      'h1',
      { nb: 'Putin i Minsk', en: 'Putin in Minsk' },
      ['Putin kom fredag.', 'Han reiste igjen.', 'Putin og Lukasjenko møttes.', 'Putins fly landet.'],
      ['Putin came on Friday.', 'He left again.', 'Putin and Lukashenko met.', 'Putin’s plane landed.'],
    );
    const handle = await openSearchIndex(db);
    const [result] = await searchArticlesWithSentences(db, handle, 'Putin', 10, 2);
    expect(result?.count).toBe(4); // the title and three sentences
    expect(result?.matches.map((match) => match.text.nb)).toEqual(['Putin i Minsk', 'Putin kom fredag.']);
    const second = result?.matches[1];
    expect(second?.marks).toEqual({ nb: [{ start: 0, end: 5 }], en: [{ start: 0, end: 5 }] });
  });
});
