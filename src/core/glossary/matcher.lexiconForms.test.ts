// The matcher with an entry's lexicon forms: every form of the lemma is marked, exactly, and nothing else is added.
import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex, findGlossaryMatches } from './matcher';
import { snowballStemmers } from './snowballStemmers';
import type { Lang, MatchableTerm } from './types';

function marks(entries: readonly MatchableTerm[], text: string, lang: Lang): string[] {
  const index = buildGlossaryIndex(entries, snowballStemmers);
  return findGlossaryMatches(index, text, lang).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);
}

const book: MatchableTerm = {
  id: 'book',
  terms: { nb: ['bok'], en: ['book'] },
  lexiconForms: { nb: ['boka', 'boken', 'bøker', 'bøkene'], en: ['books'] },
};
const walk: MatchableTerm = { id: 'walk', terms: { nb: ['gå'], en: ['go'] }, lexiconForms: { nb: ['går', 'gikk', 'gått'], en: ['went', 'gone'] } };

describe('lexicon forms', () => {
  it('marks irregular forms of the lemma', () => {
    expect(marks([book], 'Bøkene og bøker, boka og en bok.', 'nb')).toEqual(['Bøkene=book', 'bøker=book', 'boka=book', 'bok=book']);
    expect(marks([walk], 'Hun gikk, han går, de har gått.', 'nb')).toEqual(['gikk=walk', 'går=walk', 'gått=walk']);
    expect(marks([walk], 'She went; they have gone.', 'en')).toEqual(['went=walk', 'gone=walk']);
  });

  it('marks a form only as a whole word, never inside a compound', () => {
    expect(marks([book], 'Bøkerommet og bokhylla.', 'nb')).toEqual([]);
    expect(marks([walk], 'Gikkfrem er ikke et ord.', 'nb')).toEqual([]);
  });

  it('applies no inflection rules to a lexicon form', () => {
    // "gikk" + "en" would be a rule guess; only the listed forms count.
    expect(marks([walk], 'gikken gåttene', 'nb')).toEqual([]);
  });

  it('keeps a case-sensitive entry case-sensitive for its forms', () => {
    const un: MatchableTerm = { id: 'un', terms: { nb: ['FN'], en: ['UN'] }, caseSensitive: true, lexiconForms: { nb: ['FNs'] } };
    expect(marks([un], 'FNs og fns', 'nb')).toEqual(['FNs=un']);
  });
});
