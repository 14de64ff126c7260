// The editorial glossary gets the lexicon's forms at build time: irregular and feminine forms, plural headwords' singular.
import { describe, expect, it } from 'vitest';
import { loadShippedArticles } from './readArticles';

describe('articles/glossary.md with lexicon forms', () => {
  const result = loadShippedArticles(process.cwd());
  const glossary = result.ok ? result.shipped.glossary : [];
  const formsOf = (id: string, lang: 'nb' | 'en') => glossary.find((e) => e.id === id)?.lexiconForms?.[lang] ?? [];

  it('gives a feminine noun its -a forms', () => {
    expect(formsOf('think-tank', 'nb')).toEqual(expect.arrayContaining(['tankesmia', 'tankesmien', 'tankesmiene']));
  });

  it('gives a plural headword the forms its terms lack', () => {
    // sanksjoner lists sanksjon and sanksjonene itself; the lexicon adds the definite singular.
    expect(formsOf('sanctions', 'nb')).toEqual(['sanksjonen']);
  });

  it('gives a verb participle headword the other forms of its verb', () => {
    expect(formsOf('remanded-in-custody', 'nb')).toEqual(expect.arrayContaining(['varetektsfengsla', 'varetektsfengslende']));
  });

  it('adds no forms to names', () => {
    expect(glossary.filter((e) => e.kind !== 'concept' && e.lexiconForms !== undefined)).toEqual([]);
  });
});
