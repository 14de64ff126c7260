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

/** Applies the plan in one transaction: the store holds either the old set or the new one, never a mix. */
export async function syncShippedArticles(db: TolkDB, shipped: ShippedArticles): Promise<SeedPlan> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.glossary, db.settings], async () => {
    const plan = planSeed(await db.articles.where('origin').equals('shipped').toArray(), shipped.articles);
    const texts: ArticleText[] = plan.put.map(({ article }) => ({ id: article.id, versions: article.versions }));
    await db.articles.bulkPut(plan.put.map(summarize));
    await db.articleTexts.bulkPut(texts);
    await db.articles.bulkDelete(plan.remove);
    await db.articleTexts.bulkDelete(plan.remove);
    await db.glossary.where('owner').equals('editorial').delete();
    await db.glossary.bulkPut(shipped.glossary.map((entry) => ({ ...entry, owner: 'editorial' as const })));
    await db.settings.put({ key: 'shippedVersion', value: shipped.version });
    return plan;
  });
}

/** Called at start with the stored version (from the settings already read): loads the articles only when the build's differs. */
export async function ensureShippedArticles(db: TolkDB, version: string, stored: string | undefined, load: () => Promise<ShippedArticles>): Promise<void> {
  if (stored === version) return;
  await syncShippedArticles(db, await load());
}
