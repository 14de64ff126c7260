// Loaded into the service worker by Workbox's sw.js (importScripts, vite.config.ts). The app's built files under
// /assets/ have content hashes in their names and are all precached: the browser answers them from the cache itself
// (the Service Worker Static Routing API), without starting or waiting for the worker's JavaScript, which saves each
// request a trip through the worker on every start. A browser without the API runs Workbox's own route for them.
/* global self, caches, Headers, Response, URL, URLPattern -- a service worker's globals */
const ASSETS = '/assets/';

self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  event.waitUntil(event.addRoutes([{ condition: { urlPattern: new URLPattern({ pathname: `${ASSETS}*` }) }, source: 'cache' }]).catch(() => undefined));
});

// The browser's lookup honours Vary, unlike Workbox's, and a server may send "Vary: Origin" with every file (Vite's
// preview server does): a module script's request carries an Origin header, the precache's own did not, so no file
// would match and, offline, none would load. A hashed file's content never varies, so the header is dropped once the
// precache is complete, before this worker takes over.
self.addEventListener('activate', (event) => event.waitUntil(dropVary().catch(() => undefined)));

async function dropVary() {
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!new URL(request.url).pathname.startsWith(ASSETS)) continue;
      const response = await cache.match(request, { ignoreVary: true });
      if (!response?.headers.has('vary')) continue;
      const headers = new Headers(response.headers);
      headers.delete('vary');
      await cache.put(request, new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers }));
    }
  }
}
