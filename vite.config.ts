// Vite: React, and the articles plugin that checks articles/ and bundles them for the store.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { articlesPlugin } from './build/articlesPlugin';

export default defineConfig({
  plugins: [react(), articlesPlugin()],
  build: {
    // The size report lists every chunk with its gzip size; npm run bench checks the reader's budget.
    reportCompressedSize: true,
    manifest: true,
  },
  preview: { port: 4173, strictPort: true },
});
