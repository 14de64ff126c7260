// The articles that ship: every file in articles/ parses and pairs (the build runs the same check).
import { describe, expect, it } from 'vitest';
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
    const text = result.ok ? JSON.stringify(result.shipped) : '';
    for (const noise of ['Artikkelen fortsetter under annonsen', 'View more', 'Tags:', 'NEXT ', 'Les mer', 'Se video', 'Also read', 'An organization that']) {
      expect(text).not.toContain(noise);
    }
  });
});
