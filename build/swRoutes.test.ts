// The service worker's page copies (public/sw-routes.js, run here with a cache in memory): each stored as its page with the copy in it, one article at a time, never past the page's policy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('../public/sw-routes.js', import.meta.url), 'utf8');
const ORIGIN = 'https://tolk.example';
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-p'; style-src 'self'; object-src 'none'" /><title>Tolk</title></head>
  <body>
    <div id="root"></div>
    <script>painter()</script>
  </body>
</html>`;
const INDEX = PAGE.replace('<script>', '<template id="tolk-first-visit-en"><h1>Articles</h1></template>\n    <script type="application/json" id="tolk-first-visit">{"copies":{}}</script>\n    <script>');
const PAGES = { '/': '/index.html', '/settings': '/page.html', '/read/a': '/page.html', '/read/b': '/page.html' };

const copy = (changes: Record<string, unknown> = {}) => ({
  html: { lang: 'nb', 'data-theme': 'dark' },
  body: '<p lang="nb">Hei $&amp; $1 &lt;/div&gt;</p>',
  style: '.p { color: red; }',
  styleHash: 'sha256-abc+/=',
  ...changes,
});

/** A cache storage in memory, keyed by path. */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const path = (request: string | Request) => new URL(typeof request === 'string' ? request : request.url, ORIGIN).pathname;
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (request: string | Request) => store.get(path(request))?.clone(),
      put: async (request: string | Request, response: Response) => void store.set(path(request), response),
    };
  };
  return { open, keys: async () => [...stores.keys()] };
}

/** The worker's script run with the build's pages stored (with `serverPolicy` as the server's header); a sender of messages and a reader of pages. */
async function startWorker(serverPolicy?: string) {
  const caches = memoryCaches();
  const listeners = new Map<string, (event: unknown) => void>();
  const self = { TOLK_PAGES: { cache: 'tolk-pages-1', pages: PAGES, files: [] }, location: new URL('/sw.js', ORIGIN), addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) };
  new Function('self', 'caches', 'Headers', 'Request', 'Response', 'URL', SOURCE)(self, caches, Headers, Request, Response, URL);
  const cache = await caches.open('tolk-pages-1');
  const headers = { 'content-type': 'text/html', ...(serverPolicy ? { 'content-security-policy': serverPolicy } : {}) };
  for (const [path, file] of [...Object.entries(PAGES), ['/index.html', '/index.html'], ['/page.html', '/page.html']]) {
    await cache.put(path as string, new Response(file === '/index.html' ? INDEX : PAGE, { headers }));
  }
  return {
    async send(data: unknown, origin = ORIGIN) {
      let handled: Promise<unknown> = Promise.resolve();
      listeners.get('message')?.({ data, origin, waitUntil: (promise: Promise<unknown>) => (handled = promise) });
      await handled;
    },
    async page(path: string) {
      const response = await cache.match(path);
      return { html: (await response?.text()) ?? '', copy: Boolean(response?.headers.has('x-tolk-copy')), policy: response?.headers.get('content-security-policy') };
    },
  };
}

const message = (path: string, changes?: Record<string, unknown>) => ({ type: 'tolk:copy-page', path, copy: copy(changes) });

describe('the worker\'s page copies', () => {
  it('stores an article\'s page with its copy: <html> attributes, the style and its hash in the page\'s policy, #root inert with the copy', async () => {
    const worker = await startWorker();
    await worker.send(message('/read/a'));
    const { html, copy: isCopy } = await worker.page('/read/a');
    expect(isCopy).toBe(true);
    expect(html).toContain('<html lang="nb" data-theme="dark">');
    expect(html).toContain("style-src 'self' 'sha256-abc+/='; object-src 'none'");
    expect(html).toContain('<style id="tolk-copy">.p { color: red; }</style></head>');
    // "$&" and "$1" in the text stay as they are.
    expect(html).toContain('<div id="root" inert data-copy><p lang="nb">Hei $&amp; $1 &lt;/div&gt;</p></div>');
    expect(html).toContain('<script>painter()</script>');
  });

  it('keeps the reader\'s copy on the article read last: the one before goes back to the build\'s page, the library keeps its own', async () => {
    const worker = await startWorker();
    await worker.send(message('/'));
    await worker.send(message('/read/a'));
    await worker.send(message('/read/b', { body: '<p>B</p>' }));
    expect(await worker.page('/read/a')).toEqual({ html: PAGE, copy: false, policy: null });
    expect((await worker.page('/read/b')).html).toContain('<div id="root" inert data-copy><p>B</p></div>');
    expect((await worker.page('/')).copy).toBe(true);
  });

  it('leaves the library\'s first-visit copies out of its page with a copy', async () => {
    const worker = await startWorker();
    await worker.send(message('/'));
    const { html } = await worker.page('/');
    expect(html).toContain('<div id="root" inert data-copy>');
    expect(html).not.toContain('tolk-first-visit');
    expect(html).toContain('<script>painter()</script>');
  });

  it('has a policy the server sent allow the copy\'s style too, and stores no copy a policy could not allow', async () => {
    const worker = await startWorker("default-src 'self'; style-src 'self'; frame-ancestors 'none'");
    await worker.send(message('/read/a'));
    expect((await worker.page('/read/a')).policy).toBe("default-src 'self'; style-src 'self' 'sha256-abc+/='; frame-ancestors 'none'");

    const strict = await startWorker("default-src 'none'");
    await strict.send(message('/read/a'));
    expect(await strict.page('/read/a')).toEqual({ html: PAGE, copy: false, policy: "default-src 'none'" });
  });

  it('stores the build\'s page for anything not as expected, and nothing for a page it does not answer itself', async () => {
    const worker = await startWorker();
    for (const changes of [{ html: { lang: 'de', 'data-theme': 'dark' } }, { html: { lang: 'nb' } }, { styleHash: "sha256-x' 'unsafe-inline" }, { style: '.p{}</style><script>x()</script>' }, { body: 7 }]) {
      await worker.send(message('/read/a'));
      await worker.send(message('/read/a', changes));
      expect(await worker.page('/read/a'), JSON.stringify(changes)).toEqual({ html: PAGE, copy: false, policy: null });
    }
    await worker.send(message('/settings'));
    await worker.send(message('/read/unknown'));
    await worker.send(message('/read/b'), 'https://evil.example');
    await worker.send({ type: 'other', path: '/read/b', copy: copy() });
    for (const path of ['/settings', '/read/b']) expect((await worker.page(path)).copy).toBe(false);
    expect((await worker.page('/read/unknown')).html).toBe('');
  });
});
