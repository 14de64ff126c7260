// Both UI languages must offer the same strings: a key in one file and not the other fails here.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './i18n';

/** Every locale file, as { lang: { namespace: strings } }. */
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, strings] of Object.entries(files)) {
  const [, lang = '', namespace = ''] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  (resources[lang] ??= {})[namespace] = strings;
}

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('nb and en have the same namespaces', () => {
    expect(Object.keys(resources.nb ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort());
  });

  it.each(Object.keys(resources.en ?? {}))('nb and en have the same keys in %s', (namespace) => {
    expect(keysOf(resources.nb?.[namespace]).sort()).toEqual(keysOf(resources.en?.[namespace]).sort());
  });

  it('has no empty strings', () => {
    for (const lang of ['nb', 'en'] as const) {
      for (const [namespace, file] of Object.entries(resources[lang] ?? {})) {
        const empty = keysOf(file).filter((key) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], file) === '');
        expect(empty, `${lang}/${namespace}`).toEqual([]);
      }
    }
  });
});

describe('detectLanguage', () => {
  it.each([
    [['nb-NO', 'en'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['en-GB', 'nb'], 'en'],
    [['de-DE', 'nb'], 'nb'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });
});
