// Vite: React, the articles plugin that checks articles/ and bundles them for the store, and the service worker (Workbox).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { articlesPlugin } from './build/articlesPlugin.ts';
import { deferManifestPlugin } from './build/deferManifest.ts';
import { eagerCommonJsPlugin } from './build/eagerCommonJs.ts';
import { lexiconPlugin } from './build/lexiconPlugin.ts';
import { prerenderPlugin } from './build/prerenderPlugin.ts';
import { snapshotPlugin } from './build/snapshotPlugin.ts';
import { PAGE_FILE, SW_PAGES_FILE, swPagesPlugin } from './build/swPagesPlugin.ts';

/**
 * Small libraries and helpers that start-up and the pages share (the `shell` chunk below). syncExternalStore must be
 * here, beside React: in a chunk of its own it and the shell import each other, and it would ask for React before the
 * shell had defined it.
 */
const SHELL_MODULES = /node_modules\/(react|scheduler|wouter|regexparam|react-i18next|dexie-react-hooks)\/|\/src\/(db\/settings|components\/formatDate|components\/syncExternalStore|core\/article\/types)\.ts$/;

export default defineConfig({
  plugins: [
    react(),
    articlesPlugin(),
    eagerCommonJsPlugin(),
    snapshotPlugin(),
    lexiconPlugin(),
    prerenderPlugin(),
    // After the first-visit pages: the worker's pages cache is named after the final index.html.
    swPagesPlugin(),
    VitePWA({
      // Its service worker is generated after the first-visit pages are written (build/prerenderPlugin.ts).
      integration: { closeBundleOrder: 'post' },
      // A new version waits until the reader chooses to reload (UpdateNotice), so a page never mixes old and new files.
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false, // the icons are already in globPatterns; listing them twice duplicates precache entries
      manifest: {
        name: 'Tolk — norsk og engelsk side om side',
        short_name: 'Tolk',
        description: 'Read Norwegian and English news side by side, with a glossary, offline.',
        lang: 'nb',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f5f8b',
        background_color: '#fdfcf9',
        // PNG only, as index.html's icon: the browser prefers an SVG icon and has the page's own renderer draw it,
        // a whole SVG document built on the main thread while the app starts (issue #15).
        // (public/favicon.svg stays as the logo's source for scripts/make-icons.mjs.)
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, every page chunk and the shipped articles chunk: after one visit everything works offline.
        // The dictionary is not precached: the lookup worker keeps the files it fetched in a cache of its own
        // (src/features/lookup/loadLexicon.ts), so a first visit downloads them once, not once more for the precache.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt,gz}'],
        // The articles' first-visit pages (read/*.html) are for a first visit only: offline, index.html serves every path.
        // page.html goes into the worker's pages cache instead (public/sw-routes.js).
        globIgnores: ['**/__bench/**', 'lexicon/*', 'read/**', PAGE_FILE],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The hashed files under /assets/ and the pages sw-pages.js lists are answered from the cache by the browser
        // itself, without starting the worker (public/sw-routes.js).
        importScripts: [`/${SW_PAGES_FILE}`, '/sw-routes.js'],
        // Without clientsClaim the first visit is never controlled, and it would not work offline until a reload.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
    // After VitePWA, whose transform adds the manifest's link: the app links it once its start-up has settled.
    deferManifestPlugin(),
  ],
  resolve: {
    // Dexie's own ES-module build for modern browsers: 1.7 kB gzip less than the default entry, which wraps the
    // ES5 build for require() users (the reader's first load carries Dexie, so every kB counts).
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      // React's own hook for the shim wouter and react-i18next import (src/components/syncExternalStore.ts).
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/components/syncExternalStore.ts', import.meta.url)) },
    ],
  },
  build: {
    // The size report lists every chunk with its gzip size; npm run bench checks the reader's budget.
    reportCompressedSize: true,
    manifest: true,
    // Every browser Tolk supports knows <link rel="modulepreload">: the polyfill would only add bytes to the first load.
    // A lazy chunk's stylesheets are still fetched with it; its JavaScript imports are not listed for preloading: the
    // list of every chunk's imports sat in the entry (about 0.4 kB gzip), and the reader's own chunk and its imports
    // are preloaded by index.html's inline script on /read/ (build/snapshotPlugin.ts).
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The small modules that start-up and every page share, in one chunk rather than seven (each chunk's own
          // imports and exports cost bytes on the first load). Not what they import: react-dom, Dexie and i18next
          // stay apart, for src/main.tsx evaluates each in a task of its own.
          groups: [{ name: 'shell', test: SHELL_MODULES, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
