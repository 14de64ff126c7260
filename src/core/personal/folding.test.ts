// Unit tests for duplicate detection: which spellings fold to one key, and which must not.
import { describe, expect, it } from 'vitest';
import { snowballStemmers } from '../glossary/snowballStemmers';
import { DuplicateIndex, findDuplicate, foldTerm } from './folding';
import type { PersonalTerm } from './personalTerm';

const nb = (text: string) => foldTerm(text, 'nb', snowballStemmers.nb);
const en = (text: string) => foldTerm(text, 'en', snowballStemmers.en);

function term(id: string, nbTerm: string, enTerm: string): PersonalTerm {
  return { id, terms: { nb: nbTerm, en: enTerm }, note: '', createdAt: 0, updatedAt: 0 };
}

describe('foldTerm', () => {
  it('folds case and bokmål inflection', () => {
    const key = nb('Tankesmie');
    for (const form of ['tankesmien', 'TANKESMIER', 'tankesmiene', 'tankesmia']) expect(nb(form)).toBe(key);
    expect(nb('sanksjonene')).toBe(nb('Sanksjon'));
  });

  it('folds English plurals, hyphens and spacing', () => {
    const key = en('think tank');
    for (const form of ['think tanks', 'Think-tank', 'THINK  TANKS', 'think\u2010tank', 'think\u00a0tank', 'think – tank']) expect(en(form)).toBe(key);
    expect(key).toBe('think tank');
  });

  it('drops surrounding punctuation and straightens apostrophes', () => {
    expect(nb('«Tankesmie»')).toBe(nb('tankesmie'));
    expect(nb('tankesmie.')).toBe(nb('tankesmie'));
    expect(en('(think tank)!')).toBe(en('think tank'));
    expect(en('rock ’n’ roll')).toBe(en("rock 'n' roll"));
  });

  it('treats composed and decomposed letters alike', () => {
    expect(nb('pa\u030a')).toBe(nb('på'));
    expect(nb('PÅ')).toBe(nb('på'));
  });

  it('keeps near misses apart', () => {
    expect(nb('tankesmie')).not.toBe(nb('tanke'));
    expect(nb('øl')).not.toBe(nb('ol'));
    expect(nb('på')).not.toBe(nb('pa'));
    expect(nb('lær')).not.toBe(nb('laer'));
    expect(en('thinktank')).not.toBe(en('think tank'));
    expect(en('AT&T')).not.toBe(en('AT & T'));
  });

  it('returns an empty key for empty or punctuation-only text', () => {
    expect(nb('')).toBe('');
    expect(nb('  ')).toBe('');
    expect(nb('!!!')).toBe('');
  });

  it('keeps symbols around words, which are part of the term', () => {
    expect(en('C++')).not.toBe(en('C'));
  });
});

describe('findDuplicate', () => {
  const existing = [term('1', 'tankesmie', 'think tank'), term('2', 'sanksjon', ''), term('3', '', 'remand')];

  it('finds a term by either side', () => {
    expect(findDuplicate({ nb: 'Tankesmien', en: '' }, existing, snowballStemmers)?.id).toBe('1');
    expect(findDuplicate({ nb: 'noe annet', en: 'think-tanks' }, existing, snowballStemmers)?.id).toBe('1');
    expect(findDuplicate({ nb: 'sanksjoner', en: 'sanctions' }, existing, snowballStemmers)?.id).toBe('2');
  });

  it('never matches through an empty side', () => {
    expect(findDuplicate({ nb: '', en: 'sanctions' }, existing, snowballStemmers)).toBeUndefined();
    expect(findDuplicate({ nb: 'fengsling', en: '' }, existing, snowballStemmers)).toBeUndefined();
    expect(findDuplicate({ nb: '', en: '' }, existing, snowballStemmers)).toBeUndefined();
  });

  it('finds nothing for a near miss', () => {
    expect(findDuplicate({ nb: 'tanke', en: 'thought' }, existing, snowballStemmers)).toBeUndefined();
  });
});

describe('DuplicateIndex', () => {
  it('agrees with findDuplicate and keeps the first item per key', () => {
    const index = new DuplicateIndex<string>(snowballStemmers);
    index.add({ nb: 'tankesmie', en: '' }, 'first');
    index.add({ nb: 'tankesmier', en: 'think tank' }, 'second');
    expect(index.find({ nb: 'TANKESMIEN', en: '' })).toBe('first');
    expect(index.find({ nb: '', en: 'think tanks' })).toBe('second');
    expect(index.find({ nb: '', en: '' })).toBeUndefined();
  });
});
