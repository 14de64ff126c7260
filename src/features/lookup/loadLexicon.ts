// Fetches the dictionary data files (gzip copies in a build, precached by the service worker) and builds the lexicon.
import { createLexicon } from '../../core/lexicon/createLexicon';
import { LEXICON_FILE_NAMES, type LexiconFiles } from '../../core/lexicon/files';
import type { Lexicon } from '../../core/lexicon/types';

async function fetchText(name: string): Promise<string> {
  // The dev server has only the plain files; a build has gzip copies (build/lexiconPlugin.ts), inflated here.
  const url = import.meta.env.DEV ? `/lexicon/${name}` : `/lexicon/${name}.gz`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`lexicon file ${name}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server may already have inflated it (Content-Encoding: gzip on .gz files): only gzip's magic bytes mean inflate.
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const inflated = gzipped ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : new Blob([bytes]).stream();
  return new Response(inflated).text();
}

export async function loadLexicon(): Promise<Lexicon> {
  const names = Object.entries(LEXICON_FILE_NAMES) as [keyof LexiconFiles, string][];
  const texts = await Promise.all(names.map(async ([key, name]) => [key, await fetchText(name)] as const));
  return createLexicon(Object.fromEntries(texts) as Record<keyof LexiconFiles, string>);
}
