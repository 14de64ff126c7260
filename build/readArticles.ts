// Reads articles/ from disk and runs the core checks on it; shared by the Vite plugin and the tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatArticleIssue, pairArticleFiles, type ArticleFile } from '../src/core/article/pairArticles.ts';
import { parseGlossaryFile } from '../src/core/glossary/parseGlossaryFile.ts';
import type { ShippedArticle, ShippedArticles } from '../src/db/seed';

export type { ShippedArticle, ShippedArticles };

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
  const glossaryPath = join(root, 'articles', 'glossary.md');
  const glossary = parseGlossaryFile(readFileSync(glossaryPath, 'utf8'), 'articles/glossary.md');
  if (!glossary.ok) issues.push(...glossary.issues);
  const paths = [...files.map((f) => join(root, f.path)), glossaryPath];
  if (issues.length > 0 || !glossary.ok) return { ok: false, errors: issues.map(formatArticleIssue), files: paths };
  const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  const shipped = articles.map((article) => ({ hash: hashOf(article), article }));
  const version = hashOf([shipped.map((s) => s.hash), hashOf(glossary.entries)]);
  return { ok: true, shipped: { version, articles: shipped, glossary: glossary.entries }, files: paths };
}
