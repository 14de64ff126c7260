// Unit tests for the form rules, with a fake stemmer so the guard's role is visible.
import { describe, expect, it } from 'vitest';
import { ruleAccepts, strippedBase, wordRules } from './inflection';
import type { Lang } from './types';

// Strips a definite ending, roughly as Snowball does for these words.
const fakeStem = (word: string): string => word.replace(/(?:ene|en|et|er|e)$/u, '');

function accepts(lang: Lang, glossaryWord: string, textWord: string, stem = fakeStem): boolean {
  return wordRules(glossaryWord, lang, false).some((rule) => ruleAccepts(rule, textWord, () => stem(textWord) === stem(glossaryWord)));
}

describe('wordRules', () => {
  it('gives a consonant-final bokmål noun its plural, definite and genitive forms', () => {
    for (const form of ['sanksjon', 'sanksjonen', 'sanksjoner', 'sanksjonene', 'sanksjonens']) {
      expect(accepts('nb', 'sanksjon', form)).toBe(true);
    }
  });

  it('keeps the bare and -e paradigms apart (mote/mot)', () => {
    expect(accepts('nb', 'mote', 'mot')).toBe(false);
    expect(accepts('nb', 'land', 'lande')).toBe(false);
  });

  it('lets -er agent nouns take -e and -ne', () => {
    expect(accepts('nb', 'leder', 'ledere')).toBe(true);
    expect(accepts('nb', 'leder', 'lederne')).toBe(true);
  });

  it('checks the stem only when it strips the glossary word itself', () => {
    const disagree = (word: string): string => (word === 'sikkerhetspakt' ? 'x' : fakeStem(word));
    expect(accepts('nb', 'sikkerhetspakten', 'sikkerhetspakt')).toBe(true);
    expect(accepts('nb', 'sikkerhetspakten', 'sikkerhetspakt', disagree)).toBe(false);
    expect(accepts('nb', 'sanksjon', 'sanksjoner', () => 'never equal')).toBe(true);
  });

  it('does not strip short definite headwords', () => {
    expect(accepts('nb', 'moten', 'mot')).toBe(false);
  });

  it('gives English nouns -s, -es after sibilants, and -ies after consonant + y', () => {
    expect(accepts('en', 'sanction', 'sanctions')).toBe(true);
    expect(accepts('en', 'crocus', 'crocuses')).toBe(true);
    expect(accepts('en', 'tank', 'tankes')).toBe(false);
    expect(accepts('en', 'city', 'cities')).toBe(true);
    expect(accepts('en', 'day', 'daies')).toBe(false);
  });

  it('lets case-sensitive words take endings but match their letters as written', () => {
    const rules = wordRules('NATO', 'nb', true);
    const ok = (word: string): boolean => rules.some((rule) => ruleAccepts(rule, word, () => false));
    expect(ok('NATOs')).toBe(true);
    expect(ok('Natos')).toBe(false);
    expect(ok('NATOS')).toBe(false);
  });

  it('agrees with strippedBase, which the index uses to post words without building rules', () => {
    const words: Array<[Lang, string, boolean]> = [
      ['nb', 'tankesmie', false], ['nb', 'ide', false], ['nb', 'sikkerhetspakten', false], ['nb', 'moten', false],
      ['nb', 'sanksjonene', false], ['nb', 'stortinget', false], ['nb', 'leder', false], ['nb', 'putin', false],
      ['nb', 'NATOEN', true], ['en', 'city', false], ['en', 'day', false], ['en', 'spy', false], ['en', 'Kremlin', false],
    ];
    for (const [lang, word, caseSensitive] of words) {
      expect(strippedBase(word, lang, caseSensitive)).toBe(wordRules(word, lang, caseSensitive)[1]?.base ?? null);
    }
  });
});
