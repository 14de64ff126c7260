import { describe, expect, it } from 'vitest';
import { testVersion } from '../article/testVersions';
import {
  createArticleIndex,
  indexArticle,
  loadArticleIndex,
  prefixCompletions,
  removeArticle,
  searchArticles,
  serializeArticleIndex,
  topMatches,
  type ArticleIndex,
} from './articleIndex';
import type { Query } from 'minisearch';

const article = (nbTitle: string, enTitle: string, nb: string[], en: string[]) => ({ nb: testVersion('nb', nbTitle, nb), en: testVersion('en', enTitle, en) });

function indexOf(articles: Record<string, ReturnType<typeof article>>): ArticleIndex {
  const index = createArticleIndex();
  for (const [id, versions] of Object.entries(articles)) indexArticle(index, id, versions);
  return index;
}
const ids = (index: ArticleIndex, query: string) => searchArticles(index, query).map((result) => result.id).sort();

const index = indexOf({
  smier: article('Tankesmier i Oslo', 'Think tanks in Oslo', ['Tankesmier gir råd.', 'Sanksjoner virker.'], ['Think tanks give advice.', 'Sanctions work.']),
  smie: article('Om en tankesmie', 'About a think tank', ['En tankesmie i Belarus.'], ['A think tank in Belarus.']),
  kafe: article('Kafé i Minsk', 'Café in Minsk', ['Lukašenko drakk øl på en kafé.'], ['Lukašenko drank beer in a café.']),
  angrep: article('Angrepet', 'The attack', ['Myndighetene sier at angrepet var planlagt.'], ['The authorities say the attack was planned.']),
  far: article('Hva vi får', 'What we get', ['Vi får år med sanksjoner.'], ['We get years of sanctions.']),
});

describe('searchArticles', () => {
  it('finds bokmål inflections of the word typed', () => {
    expect(ids(index, 'tankesmien ')).toEqual(['smie', 'smier']);
    expect(ids(index, 'sanksjonene ')).toEqual(['far', 'smier']);
  });

  it('finds English inflections', () => {
    expect(ids(index, 'attacks ')).toEqual(['angrep']);
    expect(ids(index, 'planning ')).toEqual(['angrep']);
  });

  it('ignores accents, but not spelling: Lukašenko is Lukasenko, not Lukasjenko', () => {
    expect(ids(index, 'kafe ')).toEqual(['kafe']);
    expect(ids(index, 'cafe ')).toEqual(['kafe']);
    expect(ids(index, 'Lukasenko ')).toEqual(['kafe']);
    expect(ids(index, 'Lukasjenko ')).toEqual([]);
  });

  it('keeps æ, ø and å apart from a, o and e', () => {
    expect(ids(index, 'øl ')).toEqual(['kafe']);
    expect(ids(index, 'ol ')).toEqual([]);
    expect(ids(index, 'ol')).toEqual([]);
    expect(ids(index, 'ar ')).toEqual([]);
    expect(ids(index, 'år ')).toEqual(['far']);
    expect(ids(index, 'for ')).toEqual([]); // "for" and "får" stem apart
    expect(ids(index, 'a')).toEqual([]); // one letter is no prefix ("angrep"), and "a" is neither "på" nor "år"
    expect(ids(index, 'ang')).toEqual(['angrep']); // three letters are a prefix
    expect(ids(index, 'an')).toEqual([]); // two are not yet: too many words start so
  });

  it('finds words that start with the word being typed', () => {
    expect(ids(index, 'tanke')).toEqual(['smie', 'smier']);
    expect(ids(index, 'sank')).toEqual(['far', 'smier']);
    expect(ids(index, 'sank ')).toEqual([]);
    expect(ids(index, 'myndighe')).toEqual(['angrep']); // past the stem "mynd", before "myndighetene" ends
    expect(ids(index, 'Mins')).toEqual(['kafe']);
  });

  it('needs every word, each in either language', () => {
    expect(ids(index, 'tankesmie Belarus ')).toEqual(['smie']);
    expect(ids(index, 'think tank sanksjoner ')).toEqual(['smier']);
    expect(ids(index, 'sanctions får ')).toEqual(['far']);
    expect(ids(index, 'sanctions kafé ')).toEqual([]);
  });

  it('finds words of the title, and ranks a title match first', () => {
    expect(ids(index, 'Oslo ')).toEqual(['smier']);
    const both = indexOf({
      body: article('Noe annet', 'Something else', ['Om Minsk.', 'Mer tekst her.'], ['About Minsk.', 'More text here.']),
      title: article('Minsk', 'Minsk', ['Noe annet.', 'Mer tekst her.'], ['Something else.', 'More text here.']),
    });
    expect(searchArticles(both, 'minsk ').map((result) => result.id)).toEqual(['title', 'body']);
  });

  it('returns nothing for an empty query and at most `limit` articles', () => {
    expect(searchArticles(index, ' ')).toEqual([]);
    expect(searchArticles(index, 'belarus ', 1)).toHaveLength(1);
  });

  it('replaces an article indexed again and forgets a removed one', () => {
    const changing = indexOf({ a: article('Tittel', 'Title', ['Gammel tekst.'], ['Old text.']) });
    indexArticle(changing, 'a', article('Tittel', 'Title', ['Ny tekst.'], ['New text.']));
    expect(ids(changing, 'gammel ')).toEqual([]);
    expect(ids(changing, 'ny ')).toEqual(['a']);
    removeArticle(changing, 'a');
    removeArticle(changing, 'never-there');
    expect(ids(changing, 'ny ')).toEqual([]);
  });

  it('searches the same after serialising and loading', () => {
    const json = serializeArticleIndex(index);
    const loaded = loadArticleIndex(json);
    for (const query of ['tankesmien ', 'tanke', 'sanctions får ', 'kafe ']) expect(ids(loaded, query)).toEqual(ids(index, query));
    expect(() => loadArticleIndex('{}')).toThrow();
  });
});

describe('searchArticles with words in thousands of articles', () => {
  // "Putin" in 3,200 articles, in both languages: 6,400 postings, more than one query scores in full.
  const many: Record<string, ReturnType<typeof article>> = {};
  for (let i = 0; i < 3200; i++) many[`p${i}`] = article('Tittel', 'Title', [`Putin talte ${i}.`], [`Putin spoke ${i}.`]);
  many.rare1 = article('Sjelden', 'Rare', ['Putin møtte grensevakter.'], ['Putin met border guards.']);
  many.rare2 = article('Sjelden', 'Rare', ['Putin, grensevakter.'], ['Putin, border guards.']);
  many.without = article('Sjelden', 'Rare', ['Bare grensevakter.'], ['Only border guards.']);
  const large = indexOf(many);

  it('still needs every word, the common ones checked on the candidates of the rare ones', () => {
    expect(ids(large, 'putin grensevakter ')).toEqual(['rare1', 'rare2']);
    expect(ids(large, 'grensevakt putin')).toEqual(['rare1', 'rare2']);
    expect(ids(large, 'grensevakter ')).toEqual(['rare1', 'rare2', 'without']);
    expect(searchArticles(large, 'putin ', 5)).toHaveLength(5);
  });

  it('keeps looking past the first candidates until it has enough, past the first few hundred too', () => {
    // 400 articles say "grensevakter" twice and rank above the two that also say "Putin".
    const crowded: Record<string, ReturnType<typeof article>> = { ...many };
    for (let i = 0; i < 400; i++) crowded[`g${i}`] = article('Grense', 'Border', ['Grensevakter og grensevakter.'], ['Border guards and border guards.']);
    const index = indexOf(crowded);
    expect(ids(index, 'putin grensevakter ')).toEqual(['rare1', 'rare2']);
  });
});

describe('topMatches', () => {
  const corpus: Record<string, ReturnType<typeof article>> = {};
  for (let i = 0; i < 300; i++) {
    const words = ['sanksjoner', 'Putin', 'Minsk', 'grense'].filter((_, k) => (i + k) % (k + 2) === 0);
    corpus[`a${i}`] = article(`Tittel ${i % 7 === 0 ? 'Putin' : ''}`, 'Title', [`${words.join(' og ')} ${'tekst '.repeat(i % 11)}.`], ['Text.']);
  }
  const large = indexOf(corpus);
  const viaSearch = (query: Query, limit: number) => large.search(query).slice(0, limit).map(({ id, score }) => ({ id, score }));

  it('gives the best matches in the order and with the scores MiniSearch`s own search gives', () => {
    for (const query of ['putin', { combineWith: 'OR', queries: ['putin', 'minsk'] }, { combineWith: 'AND', queries: ['sanksjon', 'grens'] }] as Query[]) {
      for (const limit of [1, 10, 250]) {
        const top = topMatches(large, query, limit);
        expect(top.length).toBeGreaterThan(0);
        expect(top.map((r) => r.id)).toEqual(viaSearch(query, limit).map((r) => r.id));
        top.forEach((result, i) => expect(result.score).toBeCloseTo(viaSearch(query, limit)[i]?.score ?? NaN, 10));
      }
    }
  });
});

describe('prefixCompletions', () => {
  it('lists the completions commonest first, within the budget of postings but at least one', () => {
    const many = indexOf({
      a: article('T', 'T', ['sanksjoner sanksjon'], ['x']),
      b: article('T', 'T', ['sanksjoner'], ['x']),
      c: article('T', 'T', ['sanksjonene'], ['x']),
    });
    // "sanksjon" (the stem of all three, and a word of a) is in 3 articles, "sanksjoner" in 2, "sanksjonene" in 1.
    expect(prefixCompletions(many, 'sanksjon')).toEqual(['sanksjon', 'sanksjoner', 'sanksjonene']);
    expect(prefixCompletions(many, 'sanksjon', 4)).toEqual(['sanksjon', 'sanksjonene']);
    expect(prefixCompletions(many, 'sanksjon', 0)).toEqual(['sanksjon']);
    expect(prefixCompletions(many, 'zz')).toEqual([]);
  });
});
