// Lint: TypeScript and React hooks rules, plus the module boundaries that ARCHITECTURE.md asks for.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core is pure text work: no UI framework, no store, no translations, no browser.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'i18next', 'react-i18next', 'wouter'].map((name) => ({
            name,
            message: 'src/core must stay free of React, Dexie, i18next and the DOM.',
          })),
          patterns: [{ group: ['**/db/**', '**/features/**', '**/app/**', '**/components/**', '**/i18n/**'], message: 'src/core imports nothing from the layers above it.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'HTMLElement', 'Element'],
    },
  },
  {
    // The store knows nothing of features or the app.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '**/app/**', '**/components/**'], message: 'src/db must not depend on the UI.' }] }],
    },
  },
  ...features.map((feature) => ({
    // Features never import each other; src/app composes them.
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: features.filter((other) => other !== feature).flatMap((other) => [`**/features/${other}/**`, `../${other}/**`, `../${other}`]).concat(['**/app/**']),
              message: 'A feature does not import another feature or the app; move shared code to src/components, src/db or src/core.',
            },
          ],
        },
      ],
    },
  })),
);
