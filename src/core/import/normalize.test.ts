// Normalising spaces, invisible characters and quotes, without changing a word.
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../text/words';
import { normalizeText } from './normalize';

const SEEDS = import.meta.glob<string>('../../test/fixtures/seeds/*.txt', { eager: true, query: '?raw', import: 'default' });
const seedLines = Object.values(SEEDS).flatMap((text) => text.split('\n'));

/** The words of a text; apostrophes are compared as ’ since normalising may turn ' and ʼ into it. */
function words(text: string): string[] {
  return wordSpans(text).map(({ start, end }) =>
    text
      .slice(start, end)
      .normalize('NFC')
      .replace(/['ʼ]/g, '’')
      .replace(/’+$/, ''),
  );
}

describe('normalizeText', () => {
  it('turns every kind of space into one plain space and trims', () => {
    expect(normalizeText(' 6\u00a0000\u2009tilskuere\u202fog\u3000mer\t\n\n ok ', 'nb')).toBe('6 000 tilskuere og mer ok');
  });

  it('removes zero-width characters and soft hyphens, and composes to NFC', () => {
    expect(normalizeText('Mos\u00adkva\u200b-ter\u200droren\ufeff', 'nb')).toBe('Moskva-terroren');
    expect(normalizeText('Ro\u0308seth bla\u030abær', 'nb')).toBe('Röseth blåbær');
  });

  it('pairs straight and stray quotes into the language’s quotation marks', () => {
    expect(normalizeText('Han kalte det "falsk" og "feil".', 'nb')).toBe('Han kalte det «falsk» og «feil».');
    expect(normalizeText('A possible "extremist attack".', 'en')).toBe('A possible “extremist attack”.');
    expect(normalizeText('Han sa „nei“ og ‟ja″.', 'nb')).toBe('Han sa «nei» og «ja».');
    expect(normalizeText('He said „no“.', 'en')).toBe('He said “no”.');
  });

  it('leaves quotes that do not pair, and inches, as typed', () => {
    expect(normalizeText('Han sa "nei og gikk.', 'nb')).toBe('Han sa "nei og gikk.');
    expect(normalizeText('A 12" screen and a 15″ one', 'en')).toBe('A 12" screen and a 15″ one');
    expect(normalizeText('«Allerede riktig» og “indre”', 'nb')).toBe('«Allerede riktig» og “indre”');
  });

  it('makes apostrophes after letters typographic', () => {
    expect(normalizeText("Putin's IS' fløy, Kremlinʼs line, 'tis", 'en')).toBe("Putin’s IS’ fløy, Kremlin’s line, 'tis");
  });

  it('never changes a word', () => {
    const inputs = [
      ...seedLines,
      'Han kalte det "falsk" og „feil“, i følge NRK\u00a0—\u2009og ‟Aftenposten″.',
      "Putin's rock 'n' roll, IS' fløy og Kremlinʼs ISʼ linje",
      'Ro\u0308seth: 6\u202f000 tilskuere, 12" skjerm, e-post@example.no, 2024-03-23',
      '  «Terrorister har ingen nasjonalitet»  ',
    ];
    expect(seedLines.length).toBeGreaterThan(50);
    for (const input of inputs) expect(words(normalizeText(input, 'nb'))).toEqual(words(input));
    for (const input of inputs) expect(words(normalizeText(input, 'en'))).toEqual(words(input));
  });
});
