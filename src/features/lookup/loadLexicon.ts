// Fetches the dictionary data files (gzip copies in a build), keeps them in a cache of the worker's own for offline use,
// and builds the lexicon.
import { createLexicon } from '../../core/lexicon/createLexicon';
import { LEXICON_FILE_NAMES, type LexiconFiles } from '../../core/lexicon/files';
import type { Lexicon } from '../../core/lexicon/types';

/**
 * The worker's cache of the data files. Not the service worker's precache: on a first visit the page is not yet
 * controlled, so the worker's fetch and the precache would each download the files.
 */
const LEXICON_CACHE = 'tolk-lexicon';

// The dev server has only the plain files; a build has gzip copies (build/lexiconPlugin.ts), inflated here.
const urlOf = (name: string) => (import.meta.env.DEV ? `/lexicon/${name}` : `/lexicon/${name}.gz`);

async function openCache(): Promise<Cache | undefined> {
  // No Cache API (an insecure origin) or a refused one (private mode, full disk): fetch every time instead.
  return typeof caches === 'undefined' ? undefined : caches.open(LEXICON_CACHE).catch(() => undefined);
}

async function fetchText(cache: Cache | undefined, name: string): Promise<string> {
  const url = urlOf(name);
  let response = await cache?.match(url).catch(() => undefined);
  if (!response) {
    response = await fetch(url);
    if (!response.ok) throw new Error(`lexicon file ${name}: HTTP ${response.status}`);
    await cache?.put(url, response.clone()).catch(() => undefined);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server may already have inflated it (Content-Encoding: gzip on .gz files): only gzip's magic bytes mean inflate.
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const inflated = gzipped ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : new Blob([bytes]).stream();
  return new Response(inflated).text();
}

/** Drops files of earlier versions (a rebuild gets a new file name), so the cache holds one copy of the data. */
async function dropOldFiles(cache: Cache | undefined): Promise<void> {
  if (!cache) return;
  const current = new Set(Object.values(LEXICON_FILE_NAMES).map((name) => new URL(urlOf(name), location.href).pathname));
  for (const request of await cache.keys()) if (!current.has(new URL(request.url).pathname)) await cache.delete(request);
}

export async function loadLexicon(): Promise<Lexicon> {
  const cache = await openCache();
  const names = Object.entries(LEXICON_FILE_NAMES) as [keyof LexiconFiles, string][];
  const texts = await Promise.all(names.map(async ([key, name]) => [key, await fetchText(cache, name)] as const));
  void dropOldFiles(cache).catch(() => undefined);
  return createLexicon(Object.fromEntries(texts) as Record<keyof LexiconFiles, string>);
}
