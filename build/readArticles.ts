// Reads articles/ from disk and runs the core checks on it; shared by the Vite plugin and the tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatArticleIssue, pairArticleFiles, type ArticleFile } from '../src/core/article/pairArticles';
import type { ArticlePair } from '../src/core/article/types';

export interface ShippedArticle {
  /** Changes whenever anything in the article changes: the store compares it to decide what to update. */
  hash: string;
  article: ArticlePair;
}

export interface ShippedArticles {
  /** One hash over all articles: when it is unchanged, the app skips the seeding step entirely. */
  version: string;
  articles: ShippedArticle[];
}

export function articleFilesIn(root: string): ArticleFile[] {
  const dir = join(root, 'articles');
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => {
          const path = join(dir, folder, name);
          return { path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
        }),
    );
}

export type LoadResult = { ok: true; shipped: ShippedArticles; files: string[] } | { ok: false; errors: string[]; files: string[] };

export function loadShippedArticles(root: string): LoadResult {
  const files = articleFilesIn(root);
  const { articles, issues } = pairArticleFiles(files);
  const paths = files.map((f) => join(root, f.path));
  if (issues.length > 0) return { ok: false, errors: issues.map(formatArticleIssue), files: paths };
  const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  const shipped = articles.map((article) => ({ hash: hashOf(article), article }));
  return { ok: true, shipped: { version: hashOf(shipped.map((s) => s.hash)), articles: shipped }, files: paths };
}
