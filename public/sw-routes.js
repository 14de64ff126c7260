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
  const entries = [...Object.entries(PAGES.pages), ...PAGES.files.map((file) => [file, file])];
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
