// Loaded into the service worker by Workbox's sw.js (importScripts, vite.config.ts), after sw-pages.js. The browser
// answers two kinds of request from the cache itself (the Service Worker Static Routing API), without starting or
// waiting for the worker's JavaScript:
// - the app's built files under /assets/, which have content hashes in their names and are all precached;
// - opening one of the pages sw-pages.js lists (the library, the fixed pages, the shipped articles): a worker that
//   has stopped (browsers stop an idle one within a minute) took 20 ms to start on a laptop before the page's first
//   byte, and far longer on a phone. The library is this version's index.html, as Workbox's navigation route answers
//   every other path, and the other pages are page.html (the same without the library's first-visit copy); they go
//   into a cache of this version's own during the install, with the tab's icon, which the browser asks for as soon
//   as a page has loaded, before the copy is on screen (through a stopped worker, it started the worker).
// A browser without the API runs Workbox's own routes for both.
// The app gives the worker the library's and the reader's last screens (src/components/copyPage.ts), each stored as
// its page with the copy in it, so that a return visit shows it as the page is parsed.
/* global self, caches, fetch, Headers, Request, Response, URL, URLPattern -- a service worker's globals */
const ASSETS = '/assets/';
const PAGES = self.TOLK_PAGES;
const PAGES_CACHE_PREFIX = 'tolk-pages-';

self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  event.waitUntil(addRoutes(event));
});

async function addRoutes(event) {
  const routes = [{ condition: { urlPattern: new URLPattern({ pathname: `${ASSETS}*` }) }, source: 'cache' }];
  // A page's route is added only once its copy is stored: a page the cache lacks would go to the network, offline too.
  if (await storePages().catch(() => false)) {
    // The exact path with no query (the cache holds each page under its bare address); anything else goes to the worker.
    const pages = Object.keys(PAGES.pages).map((pathname) => ({ requestMode: 'navigate', urlPattern: new URLPattern({ pathname: escapePattern(pathname), search: '' }) }));
    const files = PAGES.files.map((pathname) => ({ urlPattern: new URLPattern({ pathname: escapePattern(pathname), search: '' }) }));
    routes.push({ condition: { or: [...pages, ...files] }, source: { cacheName: PAGES.cache } });
  }
  await event.addRoutes(routes).catch(() => undefined);
}

/** Each page's file (this version's) under the page's address, and the files every page asks for under their own; true once all are stored. */
async function storePages() {
  if (typeof PAGES?.cache !== 'string' || typeof PAGES.pages !== 'object' || !Array.isArray(PAGES.files) || Object.keys(PAGES.pages).length === 0) return false;
  const files = new Map();
  for (const file of new Set([...Object.values(PAGES.pages), ...PAGES.files])) {
    const response = await fetch(file, { cache: 'reload' });
    if (!response.ok) return false;
    files.set(file, { response, body: await response.blob() });
  }
  const cache = await caches.open(PAGES.cache);
  // Each file under its own name too: a page given a copy (below) is made from its file.
  const entries = [...Object.entries(PAGES.pages), ...[...files.keys()].map((file) => [file, file])];
  for (const [path, file] of entries) {
    const { response, body } = files.get(file);
    await cache.put(new Request(new URL(path, self.location.origin)), withoutVary(response, body));
  }
  return true;
}

/** A page's path as a URLPattern that matches only itself. */
const escapePattern = (path) => path.replace(/[\\:*?+(){}]/g, '\\$&');

/** A copy of the response without Vary (see dropVary below), and not marked as redirected, which a navigation refuses. */
function withoutVary(response, body) {
  const headers = new Headers(response.headers);
  headers.delete('vary');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

// Older versions' pages go once this version has taken over.
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([dropVary(), dropOldPages()]).catch(() => undefined)));

async function dropOldPages() {
  for (const name of await caches.keys()) if (name.startsWith(PAGES_CACHE_PREFIX) && name !== PAGES?.cache) await caches.delete(name);
}

// The browser's lookup honours Vary, unlike Workbox's, and a server may send "Vary: Origin" with every file (Vite's
// preview server does): a module script's request carries an Origin header, the precache's own did not, so no file
// would match and, offline, none would load. A hashed file's content never varies, so the header is dropped once the
// precache is complete, before this worker takes over.
async function dropVary() {
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!new URL(request.url).pathname.startsWith(ASSETS)) continue;
      const response = await cache.match(request, { ignoreVary: true });
      if (!response?.headers.has('vary')) continue;
      await cache.put(request, withoutVary(response, await response.blob()));
    }
  }
}

// The copies of the last screens (src/components/copyPage.ts sends them). One page of each kind holds one: the
// reader's copy moves from the article it was on to the next. Messages are handled one at a time.
const COPY_PAGE_MESSAGE = 'tolk:copy-page';
const COPY_HEADER = 'x-tolk-copy';
// The <html> values a copy may carry: those SNAPSHOT_HTML_VALUES allows in src/boot/snapshotFormat.ts.
const HTML_VALUES = { lang: ['nb', 'en'], 'data-theme': ['system', 'light', 'dark'] };
// The build's page, as the copy's page is made from it: its <html> tag, its style policy and its empty #root.
const HTML_TAG = /<html lang="[a-z]+">/;
const POLICY = "style-src 'self'";
const ROOT = '<div id="root"></div>';
/** A policy (the page's <meta> or the server's header) that allows the copy's style too. */
const withStyleHash = (policy, styleHash) => policy.replace(POLICY, () => `${POLICY} '${styleHash}'`);
let copying = Promise.resolve();

self.addEventListener('message', (event) => {
  if (event.data?.type !== COPY_PAGE_MESSAGE || event.origin !== self.location.origin) return;
  copying = copying.then(() => storeCopy(event.data)).catch(() => undefined);
  event.waitUntil(copying);
});

const isReaderPath = (path) => path.startsWith('/read/');

async function storeCopy({ path, copy }) {
  if (typeof path !== 'string' || !(path === '/' || isReaderPath(path)) || !Object.hasOwn(PAGES?.pages ?? {}, path)) return;
  const cache = await caches.open(PAGES.cache);
  const file = await cache.match(PAGES.pages[path]);
  if (!file) return;
  const plain = await file.text();
  // Only the reader's copy moves: the library has one page.
  const others = isReaderPath(path) ? Object.keys(PAGES.pages).filter((other) => isReaderPath(other) && other !== path) : [];
  for (const other of others) {
    if ((await cache.match(other))?.headers.has(COPY_HEADER)) await cache.put(other, pageResponse(file, plain));
  }
  const page = copy ? pageWithCopy(plain, copy) : undefined;
  const headers = page && copyHeaders(file.headers, copy.styleHash);
  const stored = await cache.match(path);
  if (headers && stored?.headers.has(COPY_HEADER) && (await stored.text()) === page) return;
  await cache.put(path, headers ? new Response(page, { status: 200, headers }) : pageResponse(file, plain));
}

/** `body` with the headers of the file's response. */
const pageResponse = (file, body) => new Response(body, { status: 200, headers: new Headers(file.headers) });

/**
 * The file's headers for its page with a copy: marked as such, and a policy the server sent with the file (the
 * README's advice) allowing the copy's style too, as the page's own does; none if that policy could not say so.
 */
function copyHeaders(fileHeaders, styleHash) {
  const headers = new Headers(fileHeaders);
  const policy = headers.get('content-security-policy');
  if (policy !== null) {
    if (!policy.includes(POLICY)) return undefined;
    headers.set('content-security-policy', withStyleHash(policy, styleHash));
  }
  headers.set(COPY_HEADER, '1');
  return headers;
}

/**
 * The build's page with the copy: its <html> attributes, its style (the page's policy names its hash) and #root
 * inert with the copy in it, which the inline painter finds there and paints no other (PAGE_COPY_ATTRIBUTE and
 * PAGE_COPY_STYLE in src/boot/paintSnapshot.ts). Anything not as expected: none.
 * The parts come from the app, which made the body with its snapshot format's writer (text escaped).
 */
function pageWithCopy(page, { html, body, style, styleHash }) {
  const valid =
    typeof html === 'object' && html !== null && Object.entries(HTML_VALUES).every(([name, allowed]) => allowed.includes(html[name])) &&
    typeof body === 'string' && typeof style === 'string' && !/<\/style/i.test(style) && typeof styleHash === 'string' && /^sha256-[A-Za-z0-9+/]+=*$/.test(styleHash) &&
    HTML_TAG.test(page) && page.includes(POLICY) && page.includes('</head>') && page.includes(ROOT);
  if (!valid) return undefined;
  // Replaced by functions: a "$" in the text would otherwise be read as a pattern.
  return withStyleHash(page, styleHash)
    .replace(HTML_TAG, () => `<html lang="${html.lang}" data-theme="${html['data-theme']}">`)
    .replace('</head>', () => `<style id="tolk-copy">${style}</style></head>`)
    .replace(ROOT, () => `<div id="root" inert data-copy>${body}</div>`)
    // The library's first-visit copies (build/firstVisitPage.ts), which the painter no longer needs: 9 kB less to parse.
    .replace(/<template id="tolk-first-visit-[a-z]+">[\s\S]*?<\/template>\s*/g, '')
    .replace(/<script type="application\/json" id="tolk-first-visit">[\s\S]*?<\/script>\s*/, '');
}
