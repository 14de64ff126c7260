// The articles that ship: every file in articles/ parses and pairs (the build runs the same check).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNameKind } from '../src/core/glossary/entry';
import { loadShippedArticles } from './readArticles';

describe('articles/', () => {
  const result = loadShippedArticles(process.cwd());

  it('has no problems', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('ships both seed articles in both languages', () => {
    const ids = result.ok ? result.shipped.articles.map((s) => s.article.id) : [];
    expect(ids).toEqual(expect.arrayContaining(['russland-miste-alliert', 'belarus-president-putin']));
  });

  it('keeps no scraping noise', () => {
    const text = result.ok ? JSON.stringify(result.shipped.articles) : '';
    for (const noise of ['Artikkelen fortsetter under annonsen', 'View more', 'Tags:', 'NEXT ', 'Les mer', 'Se video', 'Also read', 'An organization that']) {
      expect(text).not.toContain(noise);
    }
  });
});

describe('articles/glossary.md', () => {
  const entries = loadShippedArticles(process.cwd());
  const glossary = entries.ok ? entries.shipped.glossary : [];

  it('holds at least 25 entries, each in both languages with both definitions', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    for (const entry of glossary) {
      expect(entry.terms.nb[0] && entry.terms.en[0] && entry.definitions.nb && entry.definitions.en, entry.id).toBeTruthy();
    }
  });

  // Word for word except for spelling, which is British like the rest of Tolk (the seed writes "organization").
  // Tom Røseth's person box ("Head teacher … Norwegian Defense Academy") is a mistranslation, so his entry is ours.
  it('keeps every inline definition and person box of seed 003 word for word, in British spelling', () => {
    const seed = readFileSync(join(process.cwd(), 'src', 'test', 'fixtures', 'seeds', '003_c83faab4b4312fe4.txt'), 'utf8');
    const british = seed.replaceAll('organization', 'organisation');
    const from003 = glossary.filter((e) => e.origin === '003');
    expect(from003.map((e) => e.id)).toEqual(expect.arrayContaining(['think-tank', 'kremlin', 'putin', 'iskp', 'sanctions', 'tajikistan', 'narrative', 'lukashenko']));
    for (const entry of from003) expect(british, entry.id).toContain(entry.definitions.en);
  });

  it('adds the words a learner of the seed articles needs, apart from the names', () => {
    const words = glossary.filter((e) => !isNameKind(e.kind));
    const names = glossary.filter((e) => isNameKind(e.kind));
    expect(words.length).toBeGreaterThanOrEqual(names.length + 10);
    expect(words.map((e) => e.terms.nb[0])).toEqual(
      expect.arrayContaining(['legende', 'alliert', 'splid', 'pågripe', 'ytterliggående', 'fløy', 'neppe', 'misnøye', 'terrorsiktet', 'på hjemmebane', 'slå ned på', 'slå sprekker', 'frarøve', 'spennende', 'hovedlærer', 'varetekt']),
    );
  });
});
