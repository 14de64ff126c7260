// The open bench's baselines (issue #15): the article as a static HTML page, and the same page served as any page that
// opens offline must be, under a service worker doing the least such a worker can.
//
// The second measures what being an offline page costs in itself. Its worker answers the page from its cache by a
// static route (the Service Worker Static Routing API, as public/sw-routes.js does for the app's pages) and has no
// fetch handler: with the worker stopped, Chromium starts it beside a return visit all the same (twenty-second pass),
// so that start is in this baseline as it is in the app's visit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where writeStaticPages puts the two pages in the served folder. */
export const STATIC_PATH = '/__bench/static.html';
export const OFFLINE_STATIC_PATH = '/__bench/offline/static.html';

/** The worker of the offline page: its page into a cache, a route from the page's address to that cache, control at once. */
const OFFLINE_WORKER = `// The open bench's offline baseline (scripts/bench/staticBaseline.mjs): a static route to the cache, no fetch handler.
const PAGE = new URL('static.html', self.location.href).pathname;
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    await (await caches.open('page')).add(PAGE);
    await event.addRoutes([{ condition: { urlPattern: new URLPattern({ pathname: PAGE }) }, source: { cacheName: 'page' } }]);
    await self.skipWaiting();
  })());
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
`;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same article as plain HTML: both languages in a two-column grid, the same paint mark as the app, and `script` after it. */
export function staticPage(article, script = '') {
  const pane = (lang, name) => {
    const version = article.versions[lang];
    const blocks = version.blocks.map((b) => `<p>${b.segments.map((s) => `<span>${escape(s)}</span>`).join(' ')}</p>`).join('\n');
    return `<section lang="${lang}" aria-label="${name}"><h1>${escape(version.meta.title)}</h1>\n${blocks}</section>`;
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Static baseline</title><style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:72rem;margin:auto}main{display:grid;grid-template-columns:1fr 1fr;gap:2.5rem}</style></head>
<body><main>${pane('nb', 'Norsk')}${pane('en', 'English')}</main>
<script>requestAnimationFrame(() => performance.mark('tolk:panes-painted'));</script>${script}</body></html>`;
}

/** Writes the static page, and the offline one with its worker, into the served folder `dist`. */
export function writeStaticPages(dist, article) {
  const offlineDir = dirname(join(dist, OFFLINE_STATIC_PATH));
  mkdirSync(offlineDir, { recursive: true });
  writeFileSync(join(dist, STATIC_PATH), staticPage(article));
  // Registered after the mark, as the app registers its worker once its copy is on screen.
  writeFileSync(join(dist, OFFLINE_STATIC_PATH), staticPage(article, `<script>navigator.serviceWorker?.register('sw.js');</script>`));
  writeFileSync(join(offlineDir, 'sw.js'), OFFLINE_WORKER);
}
