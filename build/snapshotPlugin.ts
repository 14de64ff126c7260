// Vite plugin: inlines src/boot/paintSnapshot.ts into index.html, so the library paints from its snapshot before the app's
// scripts run, and (in a build) puts a Content-Security-Policy in index.html that allows that one script by its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Plugin, Rollup } from 'vite';
import {
  FIRST_VISIT_ID,
  READER_PATH_PREFIX,
  READER_SNAPSHOT_KEY,
  SNAPSHOT_ATTRIBUTES,
  SNAPSHOT_HTML_VALUES,
  SNAPSHOT_KEY,
  SNAPSHOT_STYLE_PROPERTIES,
  SNAPSHOT_TAGS,
  SNAPSHOT_VERSION,
} from '../src/boot/snapshotFormat.ts';

/** The marks the painter sets (the benchmark reads them): one per snapshot. */
export const SNAPSHOT_MARKS = { library: 'tolk:library-painted', reader: 'tolk:reader-snapshot-painted' };

/** What a build's index.html leaves to its inline script: the page's stylesheets and its entry module. */
export interface PageAssets {
  stylesheets: string[];
  entry: string;
}

/**
 * The script index.html runs inline: paintSnapshot.ts as a plain function scope, called with the path's snapshot and
 * the format's allowlists. In a build (`page` given) the painter is also handed `startApp`, which it calls once the
 * copy, if there is one, has drawn its first frame: only then are the page's stylesheets linked and its scripts
 * (the entry, and on /read/ the reader's chunk) fetched, and the entry starts once the stylesheets have loaded. So
 * nothing competes with the copy's first frame (on a slow network, nothing shares the line with the page itself),
 * the copy brings its own styles, and the app never renders unstyled.
 */
export function snapshotScript(source: string, readerChunk: ReaderAssets = { modules: [], stylesheets: [] }, page?: PageAssets): string {
  // Type-only imports vanish in the transpile; the exports (kept for unit tests) become plain declarations.
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true } });
  const body = outputText.replace(/^export /gm, '').trim();
  const json = JSON.stringify;
  const library = { key: SNAPSHOT_KEY, mark: SNAPSHOT_MARKS.library };
  const reader = { key: READER_SNAPSHOT_KEY, mark: SNAPSHOT_MARKS.reader };
  const rules = { version: SNAPSHOT_VERSION, tags: SNAPSHOT_TAGS, attributes: SNAPSHOT_ATTRIBUTES, styleProperties: SNAPSHOT_STYLE_PROPERTIES, htmlValues: SNAPSHOT_HTML_VALUES, firstVisit: FIRST_VISIT_ID };
  const slot = `location.pathname.startsWith(${json(READER_PATH_PREFIX)}) ? ${json(reader)} : ${json(library)}`;
  // A function scope keeps it out of the page's globals.
  const paint = `paintSnapshot(${slot}, ${json(rules)}${page ? ', startApp' : ''});`;
  return `(() => {\n${body}\n${page ? startApp(page, readerChunk) : ''}${paint}\n})();`;
}

/**
 * Defines `startApp`: asks for the entry and (on /read/) the reader's chunk, links the page's stylesheets, and adds
 * the entry's module script once they have all loaded or failed.
 */
function startApp({ entry, stylesheets }: PageAssets, readerChunk: ReaderAssets): string {
  return `const startApp = () => {
const preload = document.createElement('link'); preload.rel = 'modulepreload'; preload.crossOrigin = ''; preload.href = ${JSON.stringify(entry)}; document.head.appendChild(preload);
${readerPreloadScript(readerChunk)}let waiting = ${stylesheets.length};
const loaded = () => { if (--waiting > 0) return; const script = document.createElement('script'); script.type = 'module'; script.crossOrigin = ''; script.src = ${JSON.stringify(entry)}; document.head.appendChild(script); };
if (waiting === 0) { waiting = 1; loaded(); }
for (const href of ${JSON.stringify(stylesheets)}) { const link = document.createElement('link'); link.rel = 'stylesheet'; link.crossOrigin = ''; link.href = href; link.onload = link.onerror = loaded; document.head.appendChild(link); }
};
`;
}

/** index.html's module script for the entry, and its stylesheets, which a build leaves to the inline script. */
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const STYLESHEET = /\s*<link rel="stylesheet" crossorigin href="([^"]+)">/g;

/** What a /read/ path needs beyond the entry: the reader chunk's modules and stylesheets, as the build named them. */
export interface ReaderAssets {
  modules: string[];
  stylesheets: string[];
}

/** The reader chunk and its static imports (less what index.html already preloads), and its CSS, from the bundle. */
export function readerAssets(bundle: Rollup.OutputBundle, inPage: (file: string) => boolean): ReaderAssets {
  const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const reader = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/ReaderRoute.tsx'));
  if (!reader) return { modules: [], stylesheets: [] };
  const files = [reader.fileName, ...reader.imports].filter((file) => !inPage(file));
  const css = [reader, ...reader.imports.flatMap((file) => chunks.get(file) ?? [])].flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);
  return { modules: files.map((file) => `/${file}`), stylesheets: [...new Set(css)].filter((file) => !inPage(file)).map((file) => `/${file}`) };
}

/**
 * On a /read/ path, starts fetching the reader's chunk and stylesheet with the entry, instead of after it has run
 * (the app's own preload finds the links there and asks for nothing twice).
 */
export function readerPreloadScript({ modules, stylesheets }: ReaderAssets): string {
  if (modules.length === 0 && stylesheets.length === 0) return '';
  const links = [...modules.map((href) => ['modulepreload', href]), ...stylesheets.map((href) => ['stylesheet', href])];
  return `if (location.pathname.startsWith(${JSON.stringify(READER_PATH_PREFIX)})) for (const [rel, href] of ${JSON.stringify(links)}) { const link = document.createElement('link'); link.rel = rel; link.href = href; if (rel === 'modulepreload') link.crossOrigin = ''; document.head.appendChild(link); }\n`;
}

/**
 * The policy for index.html. Scripts: the app's own files and the inline scripts whose hashes are given, nothing
 * else (no 'unsafe-inline', no eval). Styles: files only; React's style props are set through the CSSOM, which a
 * policy does not govern. Images: the app's icons, plus data: for the SVGs CSS may inline. Workers: the service
 * worker, a file of the app. frame-ancestors is ignored in a <meta>: servers send it as a header (README).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Adds the policy right after <meta charset> (or first in <head>), with a hash for every inline script the page holds. */
export function withContentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((match) => createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64'));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`;
  return /<meta charset[^>]*>/i.test(html) ? html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${meta}`) : html.replace(/<head>/, `<head>\n    ${meta}`);
}

export function snapshotPlugin(): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'tolk-snapshot',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const reader = context.bundle ? readerAssets(context.bundle, (file) => html.includes(`"/${file}"`)) : undefined;
        // In a build the inline script links the stylesheets and starts the entry, after the copy's first frame.
        const entry = context.bundle ? ENTRY_SCRIPT.exec(html)?.[1] : undefined;
        const page = entry ? { entry, stylesheets: [...html.matchAll(STYLESHEET)].flatMap((match) => match[1] ?? []) } : undefined;
        const rest = page ? html.replace(STYLESHEET, '').replace(ENTRY_SCRIPT, '') : html;
        const script = snapshotScript(readFileSync(join(root, 'src/boot/paintSnapshot.ts'), 'utf8'), reader, page);
        const tag = `<script>${script}</script>`;
        const painted = /<meta charset[^>]*>/i.test(rest) ? rest.replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${tag}`) : rest.replace('<head>', `<head>\n    ${tag}`);
        // The dev server injects inline scripts of its own (React refresh), so only a build carries the policy.
        return building ? withContentSecurityPolicy(painted) : painted;
      },
    },
  };
}
