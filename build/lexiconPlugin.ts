// Vite plugin: emits a gzip copy of each dictionary data file, so the app fetches (and precaches) about a third of the bytes
// whatever the server compresses; the worker inflates them with DecompressionStream.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const LEXICON_DIR = 'lexicon';

export function lexiconPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'tolk-lexicon',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      const dir = join(root, 'public', LEXICON_DIR);
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
        this.emitFile({ type: 'asset', fileName: `${LEXICON_DIR}/${name}.gz`, source: gzipSync(readFileSync(join(dir, name)), { level: 9 }) });
      }
    },
  };
}
