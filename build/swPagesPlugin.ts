// Vite plugin: writes sw-pages.js, the pages (and the icon they ask for) the service worker has the browser answer
// from a cache of their own (public/sw-routes.js), so that opening them never waits for the worker to start, and
// page.html, the page they get.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { READER_PATH_PREFIX } from '../src/boot/snapshotFormat.ts';
import { loadShippedArticles } from './readArticles.ts';

export const SW_PAGES_FILE = 'sw-pages.js';
/**
 * index.html without the library's first-visit copy, which only the library's own address paints (a page paints only
 * a copy of its own path): every other page gets this, 9 kB lighter to read from the cache on each visit.
 */
export const PAGE_FILE = 'page.html';

/**
 * The app's pages that always exist (src/app/App.tsx's routes without a parameter) and every shipped article's.
 * A page missing here still works, offline too: the worker's own navigation route answers it, once it has started.
 */
export const FIXED_PAGES = ['/', '/settings', '/glossary', '/import', '/about', '/review', '/progress'] as const;

/**
 * What the worker reads: each page's address and the file that answers it; the files every page asks for by itself
 * as it loads (the tab's icon); and the cache they go to, named after this build's index.html.
 */
export interface SwPages {
  cache: string;
  pages: Record<string, string>;
  files: string[];
}

/**
 * The same-site icons the page links (`<link rel="icon">`): the browser asks for one as soon as the page has loaded,
 * before the copy is on screen, and through a stopped worker that started the worker, beside the copy's paint.
 */
export function iconsOf(html: string): string[] {
  const icons = [];
  for (const [link] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\shref="(\/[^/"][^"]*)"/.exec(link)?.[1];
    if (/\srel="icon"/.test(link) && href) icons.push(href);
  }
  return icons;
}

export function swPages(indexHtml: string, articleIds: readonly string[]): SwPages {
  const version = createHash('sha256').update(indexHtml, 'utf8').digest('hex').slice(0, 12);
  const paths = [...FIXED_PAGES, ...articleIds.map((id) => `${READER_PATH_PREFIX}${encodeURIComponent(id)}`)];
  // A version's own cache: while a new version waits (the reader chooses when to reload), the old one still answers
  // its pages with its own index.html, whose files are in its own precache.
  const pages = Object.fromEntries(paths.map((path) => [path, path === '/' ? '/index.html' : `/${PAGE_FILE}`]));
  return { cache: `tolk-pages-${version}`, pages, files: iconsOf(indexHtml) };
}

export function swPagesScript(pages: SwPages): string {
  return `// Written by the build (build/swPagesPlugin.ts) for public/sw-routes.js.\nself.TOLK_PAGES = ${JSON.stringify(pages)};\n`;
}

export function swPagesPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'tolk-sw-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    // index.html as Vite wrote it, before build/prerenderPlugin.ts adds the library's first-visit copy in closeBundle.
    writeBundle() {
      if (!ssr) copyFileSync(join(outDir, 'index.html'), join(outDir, PAGE_FILE));
    },
    // After the first-visit pages are written (build/prerenderPlugin.ts, earlier in the plugin list), so that the
    // cache's name follows the final index.html, and before the service worker is generated, which precaches it.
    closeBundle: {
      order: 'pre',
      sequential: true,
      handler(error?: Error) {
        if (ssr || error) return;
        const shipped = loadShippedArticles(root);
        if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
        const pages = swPages(readFileSync(join(outDir, 'index.html'), 'utf8'), shipped.shipped.articles.map(({ article }) => article.id));
        writeFileSync(join(outDir, SW_PAGES_FILE), swPagesScript(pages));
      },
    },
  };
}
