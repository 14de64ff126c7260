// Tests for the joint word linker on hand-made sentence pairs, with a small fake lexicon standing in for the real data.
import { describe, expect, it } from 'vitest';
import type { Analysis, CompoundPart, Lexicon, WordLookup } from '../lexicon/types.ts';
import type { Lang } from '../lang.ts';
import { addPairs, emptyModel } from './evidence.ts';
import { counterpartsIn, findCounterparts, linkSentencePair } from './link.ts';
import type { SentencePair, Span } from './types.ts';

type Entry = { lemma: string; glosses: string[]; compound?: CompoundPart[]; verb?: boolean };
const NB: Record<string, Entry> = {
  strider: { lemma: 'stride', glosses: ['contradict', 'conflict'] },
  endringsledelse: { lemma: 'endringsledelse', glosses: ['change management'] },
  utvalget: { lemma: 'utvalg', glosses: ['committee', 'selection'] },
  rapporten: { lemma: 'rapport', glosses: ['report'] },
  sier: { lemma: 'si', glosses: ['say'] },
  regjeringen: { lemma: 'regjering', glosses: ['government'] },
  trenger: { lemma: 'trenge', glosses: ['need'] },
  statuskode: { lemma: 'statuskode', glosses: [], compound: [
    { text: 'status', lemma: 'status', link: '', glosses: ['status'] },
    { text: 'kode', lemma: 'kode', link: '', glosses: ['code'] },
  ] },
  avslutt: { lemma: 'avslutte', glosses: ['exit', 'end'] },
  budsjettet: { lemma: 'budsjett', glosses: ['budget'] },
  kroner: { lemma: 'krone', glosses: ['krone'] },
  skriv: { lemma: 'skrive', glosses: ['write', 'print'], verb: true },
  fila: { lemma: 'fil', glosses: ['file'] },
};
const EN: Record<string, string> = { contradicts: 'contradict', says: 'say', needs: 'need', reports: 'report' };

const analysis = (lemma: string, glosses: string[], verb = false): Analysis => ({ lemma, wordClass: verb ? 'verb' : 'other', mainForms: [], glosses });
const fakeLexicon: Lexicon = {
  lookup(word: string, lang: Lang): WordLookup {
    const lower = word.toLowerCase();
    const kind = /^\d/u.test(word) ? 'number' : /^\p{Lu}/u.test(word) && lower !== 'the' ? 'name' : 'word';
    if (lang === 'en') return { word, lang, kind, analyses: [analysis(EN[lower] ?? lower, [])] };
    const entry = NB[lower];
    if (entry === undefined) return { word, lang, kind, analyses: [] };
    return { word, lang, kind, analyses: entry.compound ? [] : [analysis(entry.lemma, entry.glosses, entry.verb)], ...(entry.compound ? { compound: entry.compound } : {}) };
  },
  forms: () => [],
};

const spanOf = (text: string, word: string, occurrence = 1): Span => {
  let start = -1;
  for (let k = 0; k < occurrence; k++) start = text.indexOf(word, start + 1);
  if (start < 0) throw new Error(`no "${word}" in "${text}"`);
  return { start, end: start + word.length };
};
const texts = (text: string, spans: readonly Span[]) => spans.map((span) => text.slice(span.start, span.end));
const counterparts = (pair: SentencePair, from: Lang, word: string, evidence = {}) =>
  texts(pair[from === 'nb' ? 'en' : 'nb'], findCounterparts(pair, from, spanOf(pair[from], word), fakeLexicon, evidence));

describe('findCounterparts', () => {
  const strider = { nb: 'Rapporten strider mot det regjeringen sier.', en: 'The report contradicts what the government says.' };

  it('finds the English word that translates a bokmål verb through its lemma and gloss (strider → contradicts)', () => {
    expect(counterparts(strider, 'nb', 'strider')).toEqual(['contradicts']);
  });

  it('answers the other way, from English to bokmål', () => {
    expect(counterparts(strider, 'en', 'contradicts')).toEqual(['strider']);
    expect(counterparts(strider, 'en', 'government')).toEqual(['regjeringen']);
  });

  it('gives several words when a compound is a phrase in the other language', () => {
    const pair = { nb: 'Endringsledelse er vanskelig.', en: 'Change management is hard.' };
    expect(counterparts(pair, 'nb', 'Endringsledelse')).toEqual(['Change', 'management']);
    const exit = { nb: 'Avslutt med en statuskode.', en: 'Exit with a status code.' };
    expect(counterparts(exit, 'nb', 'statuskode')).toEqual(['status', 'code']);
    expect(counterparts(exit, 'en', 'code')).toEqual(['statuskode']);
  });

  it('keeps a particle verb together (Skriv ut ← Print)', () => {
    const pair = { nb: 'Skriv ut fila.', en: 'Print the file.' };
    expect(counterparts(pair, 'en', 'Print')).toEqual(['Skriv', 'ut']);
    expect(counterparts(pair, 'nb', 'fila')).toEqual(['file']);
  });

  it('links names and numbers by their spelling', () => {
    const pair = { nb: 'Budsjettet til Oslo er på 4000 kroner.', en: 'The Oslo budget is 4000 kroner.' };
    expect(counterparts(pair, 'nb', 'Oslo')).toEqual(['Oslo']);
    expect(counterparts(pair, 'nb', '4000')).toEqual(['4000']);
    expect(counterparts(pair, 'en', 'budget')).toEqual(['Budsjettet']);
  });

  it('links function words to their usual rendering, and never a false friend ("to" is two)', () => {
    const pair = { nb: 'Du må oppgi to strenger.', en: 'You must give two strings.' };
    expect(counterparts(pair, 'nb', 'to')).toEqual(['two']);
    expect(counterparts(pair, 'nb', 'Du')).toEqual(['You']);
    const to = { nb: 'Send to filer.', en: 'Send files to me.' };
    expect(counterparts(to, 'en', 'to')).toEqual([]);
  });

  it('returns nothing for a word the other sentence does not translate', () => {
    const pair = { nb: 'Utvalget trenger ikke svare i dag.', en: 'The committee need not answer.' };
    expect(counterparts(pair, 'nb', 'dag')).toEqual([]);
    expect(counterparts(pair, 'nb', 'Utvalget')).toEqual(['committee']);
  });

  it('takes glossary entries as sure links, phrases included', () => {
    const pair = { nb: 'Kvoteflyktninger får bo her.', en: 'Resettled refugees may live here.' };
    expect(counterparts(pair, 'nb', 'Kvoteflyktninger')).toEqual([]);
    const glossary = [{ nb: 'kvoteflyktninger', en: 'resettled refugees' }];
    expect(counterparts(pair, 'nb', 'Kvoteflyktninger', { glossary })).toEqual(['Resettled', 'refugees']);
  });

  it('learns a word from stored sentence pairs when the dictionary lacks it', () => {
    const pair = { nb: 'Tjeneren svarte ikke.', en: 'The server did not answer.' };
    const stored = [
      { nb: 'Tjeneren er nede.', en: 'The server is down.' },
      { nb: 'Fant ingen tjeneren.', en: 'No server found.' },
      { nb: 'Tjeneren stoppet.', en: 'The server stopped.' },
    ];
    const cooccurrence = addPairs(emptyModel(), stored);
    expect(counterparts(pair, 'nb', 'Tjeneren', { cooccurrence })).toEqual(['server']);
  });
});

describe('linkSentencePair', () => {
  it('links each word at most once, best-supported first, and keeps order between repeated words', () => {
    const pair = { nb: 'Kopier fil til mappe, eller flere filer til mappe.', en: 'Copy file to folder, or several files to folder.' };
    const links = linkSentencePair(pair, fakeLexicon);
    const nbStarts = links.flatMap((link) => link.nb.map((span) => span.start));
    expect(new Set(nbStarts).size).toBe(nbStarts.length);
    const til = links.filter((link) => link.nb.some((span) => pair.nb.slice(span.start, span.end) === 'til'));
    expect(til.map((link) => [link.nb[0]?.start, link.en[0]?.start])).toEqual([
      [spanOf(pair.nb, 'til').start, spanOf(pair.en, 'to').start],
      [spanOf(pair.nb, 'til', 2).start, spanOf(pair.en, 'to', 2).start],
    ]);
    for (const link of links) expect(link.confidence).toBeGreaterThan(0);
  });

  it('returns no links for an empty side', () => {
    expect(linkSentencePair({ nb: '', en: 'Nothing here.' }, fakeLexicon)).toEqual([]);
  });
});

describe('counterpartsIn', () => {
  const pair = { nb: 'Rapporten strider mot det regjeringen sier.', en: 'The report contradicts what the government says.' };
  const links = linkSentencePair(pair, fakeLexicon);

  it('answers any word of the pair from its links, linked once, as findCounterparts does', () => {
    for (const [from, word] of [['nb', 'strider'], ['nb', 'regjeringen'], ['en', 'says']] as const) {
      const to = from === 'nb' ? 'en' : 'nb';
      expect(texts(pair[to], counterpartsIn(links, from, spanOf(pair[from], word)))).toEqual(counterparts(pair, from, word));
    }
  });

  it('gives nothing for a word no link holds', () => {
    expect(counterpartsIn(links, 'nb', spanOf(pair.nb, 'mot'))).toEqual(counterparts(pair, 'nb', 'mot'));
    expect(counterpartsIn([], 'en', spanOf(pair.en, 'report'))).toEqual([]);
  });
});
