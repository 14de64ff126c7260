// Brings the shipped articles in the store up to date with the build, touching nothing the user made or set.
import type { ArticlePair } from '../core/article/types';
import type { GlossaryEntry } from '../core/glossary/entry';
import type { TolkDB } from './db';
import type { ArticleSummary, ArticleText } from './types';

export interface ShippedArticle {
  hash: string;
  article: ArticlePair;
}
export interface ShippedArticles {
  /** One hash over the articles and the glossary: when it matches the stored one, start-up skips seeding. */
  version: string;
  articles: ShippedArticle[];
  /** The editorial glossary; small, so it is replaced whole. */
  glossary: GlossaryEntry[];
}

export interface SeedPlan {
  put: ShippedArticle[];
  remove: string[];
}

/** Pure: which shipped articles to write (new or changed) and which to remove (no longer shipped). */
export function planSeed(stored: readonly Pick<ArticleSummary, 'id' | 'hash' | 'origin'>[], shipped: readonly ShippedArticle[]): SeedPlan {
  const storedHash = new Map(stored.filter((s) => s.origin === 'shipped').map((s) => [s.id, s.hash]));
  const shippedIds = new Set(shipped.map((s) => s.article.id));
  return {
    put: shipped.filter((s) => storedHash.get(s.article.id) !== s.hash),
    remove: [...storedHash.keys()].filter((id) => !shippedIds.has(id)),
  };
}

export function summarize({ hash, article }: ShippedArticle): ArticleSummary {
  const { nb, en } = article.versions;
  return {
    id: article.id,
    origin: 'shipped',
    hash,
    titles: { nb: nb.meta.title, en: en.meta.title },
    source: article.source,
    date: article.date,
    original: article.original,
    words: { nb: nb.words, en: en.words },
  };
}

const byId = (a: GlossaryEntry, b: GlossaryEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The editorial glossary replaced whole by `glossary`, inside the caller's transaction; left alone when it is entry for
 * entry the same (written again, it set off the reader's live query: the article's terms matched and drawn once more).
 */
async function replaceEditorialGlossary(db: TolkDB, glossary: readonly GlossaryEntry[]): Promise<void> {
  const entries = glossary.map((entry) => ({ ...entry, owner: 'editorial' as const })).sort(byId);
  // In id order: the index orders the entries of one owner by their key.
  const stored = await db.glossary.where('owner').equals('editorial').toArray();
  if (JSON.stringify(stored) === JSON.stringify(entries)) return;
  await db.glossary.bulkDelete(stored.map((entry) => entry.id));
  await db.glossary.bulkPut(entries);
}

/** Applies the plan in one transaction: the store holds either the old set or the new one, never a mix. */
export async function syncShippedArticles(db: TolkDB, shipped: ShippedArticles): Promise<SeedPlan> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.glossary, db.settings], async () => {
    const plan = planSeed(await db.articles.where('origin').equals('shipped').toArray(), shipped.articles);
    const texts: ArticleText[] = plan.put.map(({ article }) => ({ id: article.id, versions: article.versions }));
    await db.articles.bulkPut(plan.put.map(summarize));
    await db.articleTexts.bulkPut(texts);
    await db.articles.bulkDelete(plan.remove);
    await db.articleTexts.bulkDelete(plan.remove);
    await replaceEditorialGlossary(db, shipped.glossary);
    await db.settings.put({ key: 'shippedVersion', value: shipped.version });
    return plan;
  });
}

/**
 * Writes these shipped articles, each with its summary and text in one transaction (all or nothing per article),
 * skipping any the store already holds at the same hash. The glossary and the version are written by its callers.
 */
export async function putShippedArticles(db: TolkDB, items: readonly ShippedArticle[]): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleTexts], async () => {
    const stored = await db.articles.bulkGet(items.map((item) => item.article.id));
    const put = items.filter((item, i) => stored[i]?.origin !== 'shipped' || stored[i]?.hash !== item.hash);
    await db.articles.bulkPut(put.map(summarize));
    await db.articleTexts.bulkPut(put.map(({ article }) => ({ id: article.id, versions: article.versions })));
  });
}

/** The articles a start-up shows first: the one a /read/ URL names, else the newest `newest` (the library's first page). */
export function firstToSeed(articles: readonly ShippedArticle[], articleId: string | undefined, newest: number): ShippedArticle[] {
  if (articleId !== undefined) return articles.filter((item) => item.article.id === articleId);
  return [...articles].sort((a, b) => (a.article.date < b.article.date ? 1 : a.article.date > b.article.date ? -1 : 0)).slice(0, newest);
}

/** Lets the browser paint and answer input between two slices of background work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A start-up whose store is out of date: writes the articles the first screen shows (`first`) with the editorial
 * glossary, and resolves; `rest` then writes the others one article a task and, last, in one transaction, removes what
 * is no longer shipped, replaces the glossary again and records the version (syncShippedArticles, which writes anything
 * still missing). Until that last step the stored version stays the old one, so an interrupted start seeds again.
 */
export async function seedFirst(db: TolkDB, shipped: ShippedArticles, first: readonly ShippedArticle[]): Promise<{ rest: () => Promise<void> }> {
  // The glossary is small and the marks need it as the article opens: written later, the reader drew the article's
  // marks twice on a first visit, once with no editorial terms and again when they came.
  await db.transaction('rw', [db.articles, db.articleTexts, db.glossary], async () => {
    await putShippedArticles(db, first);
    await replaceEditorialGlossary(db, shipped.glossary);
  });
  const done = new Set(first);
  return {
    rest: async () => {
      for (const item of shipped.articles) {
        if (done.has(item)) continue;
        await yieldToBrowser();
        await putShippedArticles(db, [item]);
      }
      await yieldToBrowser();
      await syncShippedArticles(db, shipped);
    },
  };
}

/**
 * Start-up's seeding when the store is out of date: the first screen's articles (firstToSeed) now; the returned
 * function, called once the app has rendered, writes the rest when the browser is idle. Should that fail, the stored
 * version is still the old one, and the next start seeds again.
 */
export async function seedFirstScreen(db: TolkDB, shipped: ShippedArticles, articleId: string | undefined, newest: number): Promise<() => void> {
  const { rest } = await seedFirst(db, shipped, firstToSeed(shipped.articles, articleId, newest));
  const run = () => void rest().catch((error: unknown) => console.error('Seeding the shipped articles failed:', error));
  return () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500));
}

/** Called at start with the stored version (from the settings already read): loads the articles only when the build's differs. */
export async function ensureShippedArticles(db: TolkDB, version: string, stored: string | undefined, load: () => Promise<ShippedArticles>): Promise<void> {
  if (stored === version) return;
  await syncShippedArticles(db, await load());
}
