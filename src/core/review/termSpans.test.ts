// Finding a term in its sentence: folded, whole words, with a short ending.
import { describe, expect, it } from 'vitest';
import { lightTermInPair, termSpans } from './termSpans';

const cut = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('termSpans', () => {
  it('finds the term whatever its case or accents, as whole words with a short ending', () => {
    expect(cut('Tankesmien mener at tankesmier trengs.', termSpans('Tankesmien mener at tankesmier trengs.', 'tankesmie'))).toEqual(['Tankesmien', 'tankesmier']);
    expect(cut('Café-eieren og cafeen', termSpans('Café-eieren og cafeen', 'cafe'))).toEqual(['Café', 'cafeen']);
  });

  it('does not light a word that merely contains the term, or a longer compound', () => {
    expect(termSpans('Han kjølte ølet.', 'øl')).toHaveLength(1);
    expect(termSpans('Valgkampanjen startet.', 'valg')).toEqual([]);
  });

  it('lights a term of several words, and each side of a pair with its own text', () => {
    const pair = { nb: 'En tankesmie i Oslo.', en: 'A think tank in Oslo.' };
    expect(cut(pair.en, lightTermInPair(pair, { nb: 'tankesmie', en: 'think tank' }).en)).toEqual(['think tank']);
    expect(cut(pair.nb, lightTermInPair(pair, { nb: 'tankesmie', en: 'think tank' }).nb)).toEqual(['tankesmie']);
  });
});
