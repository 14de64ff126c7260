// Unit tests: beside the code in src/, build/, eval/ and scripts/, in Node; fake-indexeddb stands in for the browser's IndexedDB.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
