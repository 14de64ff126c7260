// Vite plugin: inlines src/boot/paintSnapshot.ts into index.html, so the library paints from its snapshot before the app's
// scripts run, and (in a build) puts a Content-Security-Policy in index.html that allows that one script by its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { minifySync, type Plugin, type Rollup } from 'vite';
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

/** What a build's index.html leaves to its inline script: the entry module, the modules it starts with, and their stylesheets. */
export interface PageAssets {
  entry: string;
  modules: string[];
  stylesheets: string[];
}

/**
 * The script index.html runs inline: paintSnapshot.ts as a plain function scope, called with the path's snapshot and
 * the format's allowlists. In a build (`page` given) the painter is also handed `startApp`, which it calls once the
 * copy, if there is one, is on screen (its first contentful paint): only then are the page's stylesheets linked and its scripts
 * (the entry, and on /read/ the reader's chunk) fetched, and the entry starts once the stylesheets have loaded. So
 * nothing competes with the copy's first frame (on a slow network, nothing shares the line with the page itself),
 * the copy brings its own styles, and the app never renders unstyled.
 */
export function snapshotScript(source: string, readerChunk: ChunkAssets = { modules: [], stylesheets: [] }, page?: PageAssets): string {
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
 * Defines `startApp`: asks for the entry, the modules it starts with and (on /read/) the reader's chunk, links the
 * page's stylesheets, and adds the entry's module script once they have all loaded or failed. `copy` is #root when the
 * painter put a copy there: the stylesheets then load with `media="not all"` and apply when the app takes over (when
 * #root loses `inert`, src/app/start.tsx), in the same style pass as the app's first screen. The copy already has
 * their rules (constructed sheets), and each file's arrival restyled it whole: a task of 6-10 ms on this machine,
 * twice on /read/, right after the first paint.
 */
function startApp({ entry, modules, stylesheets }: PageAssets, readerChunk: ChunkAssets): string {
  return `const startApp = (copy) => {
const held = [];
const hold = (link) => { if (copy) { link.media = 'not all'; held.push(link); } };
for (const href of ${JSON.stringify([entry, ...modules])}) { const preload = document.createElement('link'); preload.rel = 'modulepreload'; preload.crossOrigin = ''; preload.href = href; document.head.appendChild(preload); }
${readerPreloadScript(readerChunk)}let waiting = ${stylesheets.length};
const loaded = () => { if (--waiting > 0) return; const script = document.createElement('script'); script.type = 'module'; script.crossOrigin = ''; script.src = ${JSON.stringify(entry)}; document.head.appendChild(script); };
if (waiting === 0) { waiting = 1; loaded(); }
for (const href of ${JSON.stringify(stylesheets)}) { const link = document.createElement('link'); link.rel = 'stylesheet'; link.crossOrigin = ''; link.href = href; hold(link); link.onload = link.onerror = loaded; document.head.appendChild(link); }
if (held.length > 0) new MutationObserver((_, observer) => { if (copy.hasAttribute('inert')) return; observer.disconnect(); for (const link of held) link.removeAttribute('media'); }).observe(copy, { attributeFilter: ['inert'] });
};
`;
}

/** index.html's module script for the entry, and its stylesheets, which a build leaves to the inline script. */
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const STYLESHEET = /\s*<link rel="stylesheet" crossorigin href="([^"]+)">/g;

/** Modules and stylesheets to ask for ahead of their import, as the build named them (paths from the site's root). */
export interface ChunkAssets {
  modules: string[];
  stylesheets: string[];
}

type Chunks = Map<string, Rollup.OutputChunk>;
const chunksOf = (bundle: Rollup.OutputBundle): Chunks => new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));

/** `roots` with their static imports (Rollup lists the transitive ones too) and their CSS, less the files `skip` names. */
function assetsOf(chunks: Chunks, roots: Rollup.OutputChunk[], skip: (file: string) => boolean): ChunkAssets {
  const all = [...new Set([...roots.map((chunk) => chunk.fileName), ...roots.flatMap((chunk) => chunk.imports)])].filter((file) => !skip(file));
  const css = all.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]);
  return { modules: all.map((file) => `/${file}`), stylesheets: [...new Set(css)].filter((file) => !skip(file)).map((file) => `/${file}`) };
}

/** The reader chunk and its static imports, and its CSS, less what `inPage` says the page already asks for. */
export function readerAssets(bundle: Rollup.OutputBundle, inPage: (file: string) => boolean): ChunkAssets {
  const chunks = chunksOf(bundle);
  const reader = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/ReaderRoute.tsx'));
  return reader ? assetsOf(chunks, [reader], inPage) : { modules: [], stylesheets: [] };
}

/**
 * What the entry (src/main.tsx) imports to start, one group per task, and their CSS: everything it imports
 * dynamically, with their static imports. Asked for together with the entry, so that no step waits for a round trip.
 */
export function startupAssets(bundle: Rollup.OutputBundle): ChunkAssets {
  const chunks = chunksOf(bundle);
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) return { modules: [], stylesheets: [] };
  const steps = entry.dynamicImports.flatMap((file) => chunks.get(file) ?? []);
  return assetsOf(chunks, steps, (file) => file === entry.fileName);
}

/**
 * On a /read/ path, starts fetching the reader's chunk and stylesheet with the entry, instead of after it has run
 * (the app's own preload finds the links there and asks for nothing twice). Runs inside `startApp`, whose `hold`
 * keeps the stylesheet from applying while a copy is on screen.
 */
export function readerPreloadScript({ modules, stylesheets }: ChunkAssets): string {
  if (modules.length === 0 && stylesheets.length === 0) return '';
  const links = [...modules.map((href) => ['modulepreload', href]), ...stylesheets.map((href) => ['stylesheet', href])];
  return `if (location.pathname.startsWith(${JSON.stringify(READER_PATH_PREFIX)})) for (const [rel, href] of ${JSON.stringify(links)}) { const link = document.createElement('link'); link.rel = rel; link.href = href; if (rel === 'modulepreload') link.crossOrigin = ''; else hold(link); document.head.appendChild(link); }\n`;
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

/**
 * The painter as the page carries it in a build: minified (about 8 kB to 4.4), as every page is read and the painter
 * compiled on every visit before anything shows. The forced style and layout it asks for stay (a test checks).
 */
export function minifiedScript(source: string): string {
  const { code, errors } = minifySync('paintSnapshot.js', source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`the painter did not minify: ${errors.map((error) => error.message).join('; ')}`);
  return code.trim();
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
        const startup = context.bundle ? startupAssets(context.bundle) : { modules: [], stylesheets: [] };
        const asked = new Set([...startup.modules, ...startup.stylesheets]);
        const reader = context.bundle ? readerAssets(context.bundle, (file) => html.includes(`"/${file}"`) || asked.has(`/${file}`)) : undefined;
        // In a build the inline script links the stylesheets and starts the entry, once the copy is on screen.
        const entry = context.bundle ? ENTRY_SCRIPT.exec(html)?.[1] : undefined;
        const stylesheets = [...new Set([...[...html.matchAll(STYLESHEET)].flatMap((match) => match[1] ?? []), ...startup.stylesheets])];
        const page = entry ? { entry, modules: startup.modules, stylesheets } : undefined;
        const rest = page ? html.replace(STYLESHEET, '').replace(ENTRY_SCRIPT, '') : html;
        const source = snapshotScript(readFileSync(join(root, 'src/boot/paintSnapshot.ts'), 'utf8'), reader, page);
        const script = building ? minifiedScript(source) : source;
        // Last in <body>: #root is there when it runs, and the parser has nothing left to do before the copy is styled.
        // (In <head>, the parser went on in a task of its own after the painter and put the copy in about 6 ms later.)
        const tag = `<script>${script}</script>`;
        const painted = rest.includes('</body>') ? rest.replace('</body>', `  ${tag}\n  </body>`) : `${rest}${tag}`;
        // The dev server injects inline scripts of its own (React refresh), so only a build carries the policy.
        return building ? withContentSecurityPolicy(painted) : painted;
      },
    },
  };
}
