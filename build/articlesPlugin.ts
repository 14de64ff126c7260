// Vite plugin: checks articles/ at build start (a broken file fails the build with file:line: problem) and serves them as virtual modules.
import type { Plugin } from 'vite';
import { loadShippedArticles } from './readArticles.ts';

const VERSION_ID = 'virtual:tolk/shipped-version';
const ARTICLES_ID = 'virtual:tolk/shipped-articles';
const resolved = (id: string) => `\0${id}`;

export function articlesPlugin(): Plugin {
  let root = process.cwd();
  const load = () => {
    const result = loadShippedArticles(root);
    if (!result.ok) throw new Error(`articles/ has ${result.errors.length} problem(s):\n${result.errors.join('\n')}`);
    return result;
  };
  return {
    name: 'tolk-articles',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const result = loadShippedArticles(root);
      for (const file of result.files) this.addWatchFile(file);
      if (!result.ok) this.error(`articles/ has ${result.errors.length} problem(s):\n${result.errors.join('\n')}`);
    },
    resolveId(id) {
      return id === VERSION_ID || id === ARTICLES_ID ? resolved(id) : undefined;
    },
    load(id) {
      if (id === resolved(VERSION_ID)) return `export const shippedVersion = ${JSON.stringify(load().shipped.version)};`;
      // The articles themselves are a separate chunk, imported only when the store is out of date.
      if (id === resolved(ARTICLES_ID)) return `export default ${JSON.stringify(load().shipped)};`;
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/articles/')) return;
      for (const id of [VERSION_ID, ARTICLES_ID]) {
        const mod = server.moduleGraph.getModuleById(resolved(id));
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
