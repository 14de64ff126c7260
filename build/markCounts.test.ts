// The marks in the shipped articles: counted per article, none only in one language of a sentence pair, none in photo credits.
import { describe, expect, it } from 'vitest';
import { countMarks } from './markCounts';
import { loadShippedArticles } from './readArticles';

describe('glossary marks in the shipped articles', () => {
  const result = loadShippedArticles(process.cwd());
  const shipped = result.ok ? result.shipped : undefined;

  it('counts them', () => {
    const counts = shipped?.articles.map(({ article }) => countMarks(article, shipped.glossary)) ?? [];
    // eslint-disable-next-line no-console -- the counts are this test's report, asked for in the closing note of issue 12
    for (const { article, matches, visible, names, repeats } of counts) console.info(`${article}: ${matches} matches, ${visible} marks (${names} names), ${repeats} repeated names unmarked`);
    expect(counts).toHaveLength(2);
  });

  // Where a published translation chose another word, only our side can be marked: 003's machine English says
  // "imprisoned" where our bokmål (and the Norwegian original) says "varetektsfengslet".
  const PUBLISHED_WORDING: Record<string, string[]> = { 'belarus-president-putin': ['nb|3.1|remanded-in-custody'] };

  it.each(['russland-miste-alliert', 'belarus-president-putin'])('marks a term in both sentences of a pair or in neither (%s)', (id) => {
    const article = shipped?.articles.find((a) => a.article.id === id)?.article;
    expect(article && shipped && countMarks(article, shipped.glossary).oneSided).toEqual(PUBLISHED_WORDING[id] ?? []);
  });
});
