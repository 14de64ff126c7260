// Tests for the abbreviation list: the abbreviations the issue named, and the dots that still end sentences.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../lang';
import { splitSentences } from './sentences';

const sentences = (text: string, lang: Lang) => splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe('abbreviations', () => {
  it.each([
    ['Sikkerhetskopiering (eng. Backup) er viktig. Neste setning.', 2],
    ['Se pkt. 3 og Kap. 4 i boka. Neste setning.', 2],
    ['Det koster 30 kroner pr. Måned for hver bruker. Neste setning.', 2],
    ['Møtet er kl. 14, f.eks. i rom nr. 3, bl.a. om Kap. Fem. Neste setning.', 2],
    ['Bruk vha. Skriptet, iflg. Brukeren, mht. Kostnad. Neste setning.', 2],
  ])('bokmål: %s', (text, count) => {
    expect(sentences(text, 'nb')).toHaveLength(count);
  });

  it.each([
    ['It costs approx. 200 crowns. Next sentence.', 2],
    ['Some tools, eg. Rsync, are better. Next sentence.', 2],
    ['Some tools, e.g. Rsync, and i.e. Tar. Next sentence.', 2],
    ['See no. 5 and Fig. 3 in Ch. 2 on p. 25. Next sentence.', 2],
    ['He arrived on Jan. 5 and left. Next sentence.', 2],
  ])('English: %s', (text, count) => {
    expect(sentences(text, 'en')).toHaveLength(count);
  });

  it('still ends a sentence at a word that is only sometimes an abbreviation', () => {
    expect(sentences('The answer was no. Then he left.', 'en')).toEqual(['The answer was no.', 'Then he left.']);
    expect(sentences('Det var i 2024. Da kom han.', 'nb')).toEqual(['Det var i 2024.', 'Da kom han.']);
  });

  it('does not split inside numbers, dates, initials or addresses', () => {
    expect(sentences('Versjon 2.0.1 kom 17.05.2024 kl. 14.30 fra J. R. R. Tolkien på https://example.no/a.b?c=1. Neste.', 'nb')).toEqual([
      'Versjon 2.0.1 kom 17.05.2024 kl. 14.30 fra J. R. R. Tolkien på https://example.no/a.b?c=1.',
      'Neste.',
    ]);
    expect(sentences('It grew by 3.5 per cent, see www.ssb.no. Next.', 'en')).toEqual(['It grew by 3.5 per cent, see www.ssb.no.', 'Next.']);
  });
});
