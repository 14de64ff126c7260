// Both UI languages must offer the same strings: a key in one file and not the other fails here.
import { describe, expect, it } from 'vitest';
import { detectLanguage, resources } from './i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('nb and en have the same namespaces', () => {
    expect(Object.keys(resources.nb).sort()).toEqual(Object.keys(resources.en).sort());
  });

  it.each(Object.keys(resources.en))('nb and en have the same keys in %s', (namespace) => {
    const en = resources.en[namespace as keyof typeof resources.en];
    const nb = resources.nb[namespace as keyof typeof resources.nb];
    expect(keysOf(nb).sort()).toEqual(keysOf(en).sort());
  });

  it('has no empty strings', () => {
    for (const lang of ['nb', 'en'] as const) {
      for (const [namespace, file] of Object.entries(resources[lang])) {
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
