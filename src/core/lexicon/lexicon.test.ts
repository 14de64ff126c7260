// The lexicon on the real data files: irregular forms, ranking, main forms, glosses, compounds, names, numbers, English.
import { describe, expect, it } from 'vitest';
import { createLexicon } from './createLexicon.ts';
import { englishPastParticiple } from './derived.ts';
import { LEXICON_FILE_NAMES } from './files.ts';

const DATA = import.meta.glob<string>('../../../public/lexicon/*.txt', { eager: true, query: '?raw', import: 'default' });
const file = (name: string) => DATA[`../../../public/lexicon/${name}`] ?? '';
const lexicon = createLexicon({
  nob: file(LEXICON_FILE_NAMES.nob),
  engNor: file(LEXICON_FILE_NAMES.engNor),
  eng: file(LEXICON_FILE_NAMES.eng),
  nobEng: file(LEXICON_FILE_NAMES.nobEng),
  nobEngDan: file(LEXICON_FILE_NAMES.nobEngDan),
});
const lexiconWithout = createLexicon({
  nob: file(LEXICON_FILE_NAMES.nob),
  engNor: file(LEXICON_FILE_NAMES.engNor),
  eng: file(LEXICON_FILE_NAMES.eng),
  nobEng: file(LEXICON_FILE_NAMES.nobEng),
});
const nb = (word: string) => lexicon.lookup(word, 'nb');
const lemmas = (word: string) => nb(word).analyses.map((a) => `${a.lemma} ${a.wordClass}`);

describe('bokmål lemmas', () => {
  it.each([
    ['bøker', 'bok noun'],
    ['menn', 'mann noun'],
    ['gikk', 'gå verb'],
    ['går', 'gå verb'],
    ['sto', 'stå verb'],
    ['stod', 'stå verb'],
    ['gjorde', 'gjøre verb'],
    ['tankesmien', 'tankesmie noun'],
    ['pågrepet', 'pågripe verb'],
    ['strider', 'stride verb'],
  ])('%s is first %s', (word, expected) => {
    expect(lemmas(word)[0]).toBe(expected);
  });

  it('keeps the other readings after the likeliest', () => {
    expect(lemmas('strider')).toContain('strid noun');
    expect(lemmas('sto')).toContain('sto noun');
  });

  it('finds a word written with a capital at the start of a sentence', () => {
    expect(lemmas('Bøkene')[0]).toBe('bok noun');
  });

  it('reads a genitive as its noun', () => {
    expect(lemmas('regjeringens')[0]).toBe('regjering noun');
  });
});

describe('main forms and glosses', () => {
  it('gives a noun its genders and main forms, feminine first', () => {
    const [smie] = nb('tankesmien').analyses;
    expect(smie?.genders).toEqual(['f', 'm']);
    expect(smie?.mainForms).toEqual(['tankesmia/tankesmien', 'tankesmier', 'tankesmiene']);
  });

  it('gives a verb its present, past and perfect participle', () => {
    // apertium also holds the older past "gjekk"; alternatives are joined by "/".
    expect(nb('gikk').analyses[0]?.mainForms).toEqual(['går', 'gikk/gjekk', 'gått']);
  });

  it('glosses a lemma in English, best first', () => {
    expect(nb('bøker').analyses[0]?.glosses[0]).toBe('book');
  });

  it("adds Tolk's own glosses where WikDict has none: function words and checked cognates", () => {
    expect(nb('inn').analyses[0]?.glosses).toContain('in');
    expect(nb('installert').analyses[0]?.glosses).toEqual(['install']);
    expect(nb('konfigurasjonen').analyses[0]?.glosses).toEqual(['configuration']);
  });

  it('glosses a lemma neither WikDict nor Tolk has through Danish: tilgjengelig -> tilgængelig -> accessible', () => {
    expect(nb('tilgjengelige').analyses[0]?.glosses).toContain('accessible');
    expect(nb('tegn').analyses.find((a) => a.wordClass === 'noun')?.glosses).toContain('sign');
  });

  it('keeps WikDict first where it has the lemma in that class (the Danish file only fills gaps)', () => {
    expect(nb('bøker').analyses[0]?.glosses).toEqual(lexiconWithout.lookup('bøker', 'nb').analyses[0]?.glosses);
  });

  it('glosses a derived noun through its verb or adjective when the dictionary lacks it', () => {
    for (const word of ['ledelse', 'sikkerhet']) {
      const [analysis] = nb(word).analyses;
      expect(analysis?.glosses.length, word).toBeGreaterThan(0);
    }
  });

  it('glosses an unglossed participle adjective through its verb, and a u- adjective through its base', () => {
    const verbGlosses = nb('utsette').analyses.find((a) => a.wordClass === 'verb')?.glosses ?? [];
    const adjective = nb('utsatt').analyses.find((a) => a.wordClass === 'adj');
    expect(verbGlosses.length).toBeGreaterThan(0);
    expect(adjective?.glosses[0]).toBe(englishPastParticiple(verbGlosses[0] ?? ''));
    expect(nb('uforandret').analyses[0]?.glosses).toContain('unchanged');
  });
});

describe('compounds', () => {
  it('prefers the split whose parts all have a gloss: sikkerhet + s | pakt, a noun', () => {
    const result = nb('sikkerhetspakt');
    expect(result.compound?.map((p) => [p.lemma, p.link, p.glosses[0]])).toEqual([
      ['sikkerhet', 's', 'security'],
      ['pakt', '', 'pact'],
    ]);
    expect(lemmas('sikkerhetspakt')[0]).toBe('sikkerhetspakt noun');
  });

  it('splits a compound without a gloss of its own into its parts with the linking letter', () => {
    const result = nb('varetektsfengslet');
    expect(result.compound?.map((p) => [p.lemma, p.link])).toEqual([
      ['varetekt', 's'],
      ['fengsle', ''],
    ]);
    expect(result.analyses[0]?.lemma).toBe('varetektsfengsle');
  });

  it('splits endringsledelse into endring + s | ledelse', () => {
    expect(nb('endringsledelse').compound?.map((p) => [p.lemma, p.link])).toEqual([
      ['endring', 's'],
      ['ledelse', ''],
    ]);
  });

  it('splits a compound the analyser lacks and analyses its inflected right part', () => {
    const result = nb('klimatoppmøtene');
    expect(result.compound?.map((p) => p.lemma)).toEqual(['klima', 'toppmøte']);
    expect(result.analyses[0]?.lemma).toBe('klimatoppmøte');
  });

  it('leaves a compound the dictionary holds and glosses whole', () => {
    const result = nb('barnehagen');
    expect(result.compound).toBeUndefined();
    expect(result.analyses[0]?.lemma).toBe('barnehage');
  });
});

describe('names and numbers', () => {
  it('recognises proper nouns and unknown capitalised words as names', () => {
    expect(nb('Oslo').kind).toBe('name');
    expect(nb('Grzybowski').kind).toBe('name');
  });

  it('recognises digits as numbers', () => {
    expect(nb('2024').kind).toBe('number');
    expect(nb('3,5').kind).toBe('number');
  });
});

describe('English', () => {
  it.each([
    ['went', 'go'],
    ['children', 'child'],
    ['books', 'book'],
    ['running', 'run'],
  ])('%s has the lemma %s', (word, lemma) => {
    expect(lexicon.lookup(word, 'en').analyses.map((a) => a.lemma)).toContain(lemma);
  });

  it('gives a word WikDict lacks its lemma and class by rule, with empty glosses', () => {
    expect(lexicon.lookup('contradicts', 'en').analyses).toEqual([
      { lemma: 'contradict', wordClass: 'verb', mainForms: [], glosses: [] },
    ]);
    // claim is a noun in WikDict; WordNet adds the verb after it.
    expect(lexicon.lookup('claims', 'en').analyses.map((a) => `${a.lemma} ${a.wordClass} ${a.glosses.length > 0}`)).toEqual([
      'claim noun true',
      'claim verb false',
    ]);
    expect(lexicon.lookup('tried', 'en').analyses[0]).toMatchObject({ lemma: 'try', wordClass: 'verb' });
  });

  it('glosses an unknown lower-case bokmål word that is English by its English lemma', () => {
    expect(nb('update').analyses.map((a) => a.glosses)).toEqual([['update'], ['update']]);
    expect(nb('Grzybowski').analyses).toEqual([]);
  });

  it('glosses an English word in bokmål', () => {
    expect(lexicon.lookup('book', 'en').analyses[0]?.glosses).toContain('bok');
  });
});

describe('forms', () => {
  it('lists every form of a bokmål lemma', () => {
    expect(lexicon.forms('bok', 'nb')).toEqual(expect.arrayContaining(['bok', 'boka', 'boken', 'bøker', 'bøkene']));
    expect(lexicon.forms('gå', 'nb')).toEqual(expect.arrayContaining(['gå', 'går', 'gikk', 'gått']));
  });

  it('lists regular and irregular English forms', () => {
    expect(lexicon.forms('go', 'en')).toEqual(expect.arrayContaining(['go', 'goes', 'went', 'gone', 'going']));
  });
});
