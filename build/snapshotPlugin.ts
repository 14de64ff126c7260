// Vite plugin: inlines src/boot/paintSnapshot.ts into index.html, so the library paints from its snapshot before the app's scripts run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { SNAPSHOT_ATTRIBUTES, SNAPSHOT_KEY, SNAPSHOT_TAGS, SNAPSHOT_VERSION } from '../src/boot/snapshotFormat.ts';

export function snapshotPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'tolk-snapshot',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml() {
      const source = readFileSync(join(root, 'src/boot/paintSnapshot.ts'), 'utf8');
      // Type-only imports vanish in the transpile; the one export becomes a plain function declaration.
      const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true } });
      const body = outputText.replace(/^export /m, '').trim();
      const call = `paintSnapshot(${[SNAPSHOT_KEY, SNAPSHOT_VERSION, SNAPSHOT_TAGS, SNAPSHOT_ATTRIBUTES].map((v) => JSON.stringify(v)).join(', ')});`;
      // A function scope keeps it out of the page's globals; a classic inline script runs before the (deferred) modules.
      return [{ tag: 'script', children: `(() => {\n${body}\n${call}\n})();`, injectTo: 'body' }];
    },
  };
}
