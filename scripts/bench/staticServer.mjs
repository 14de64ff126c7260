// A static server for measuring a build as a host would serve it: every file read and gzip-compressed once at start, so a
// request costs the machine next to nothing while the browser under test loads the page.
//
// `vite preview` compresses every response as it is asked for and runs its middleware stack per request; during a page
// load that was about 160 ms of CPU on this 2-core machine, taken from the browser being measured (a phone's server
// is somewhere else). The routes are vite preview's for this app: a file as named, else `<path>.html` (the articles'
// first-visit pages under read/), else index.html for any path without an extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.gz': 'application/gzip',
  '.wasm': 'application/wasm',
};
/** What gzip shrinks; images and archives are sent as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
/** As vite preview: smaller bodies are not worth a compressed copy. */
const MIN_COMPRESS_BYTES = 1024;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file of `dir` by URL path, with its type and, where it helps, a gzip copy. */
export function loadSite(dir) {
  const site = new Map();
  for (const path of filesUnder(dir)) {
    const ext = extname(path);
    const body = readFileSync(path);
    const gzip = COMPRESSIBLE.has(ext) && body.length >= MIN_COMPRESS_BYTES ? gzipSync(body, { level: 9 }) : undefined;
    site.set(`/${relative(dir, path).split(sep).join('/')}`, { body, gzip, type: TYPES[ext] ?? 'application/octet-stream' });
  }
  return site;
}

/** The file a URL path is answered with, as vite preview routes it; undefined for a missing file that has an extension. */
export function route(site, pathname) {
  const path = decodeURIComponent(pathname);
  if (path.endsWith('/')) return site.get(`${path}index.html`) ?? site.get('/index.html');
  return site.get(path) ?? site.get(`${path}.html`) ?? (extname(path) === '' ? site.get('/index.html') : undefined);
}

/** Serves `dir` on `port` (localhost); resolves with the listening server once it accepts connections. */
export function serveStatic(dir, port) {
  const site = loadSite(dir);
  const server = createServer((request, response) => {
    const file = route(site, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(server));
  });
}
