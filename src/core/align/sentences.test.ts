// Tests for the paragraph and sentence splitter: abbreviations, dates, numbers, quotes, dialogue dashes and ellipses.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../lang';
import { splitParagraphs, splitSentences } from './sentences';

const sentences = (text: string, lang: Lang) => splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe('splitParagraphs', () => {
  it('splits at blank lines and trims each paragraph', () => {
    const text = '  Første avsnitt.\nSamme avsnitt.\n\n\nAndre avsnitt. \n  \t\nTredje.\n';
    expect(splitParagraphs(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Første avsnitt.\nSamme avsnitt.',
      'Andre avsnitt.',
      'Tredje.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitParagraphs(' \n\n \n')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at . ! ? before an upper-case letter and trims', () => {
    expect(sentences(' Han kom. Hun gikk! Hvorfor? Ingen vet. ', 'nb')).toEqual(['Han kom.', 'Hun gikk!', 'Hvorfor?', 'Ingen vet.']);
  });

  it('does not split after bokmål abbreviations', () => {
    const text = 'Det koster ca. 200 kroner, f.eks. i Oslo. Møtet er kl. 14 i rom nr. 3, dvs. i St. Olavs gate. Neste setning.';
    expect(sentences(text, 'nb')).toEqual(['Det koster ca. 200 kroner, f.eks. i Oslo.', 'Møtet er kl. 14 i rom nr. 3, dvs. i St. Olavs gate.', 'Neste setning.']);
    expect(sentences('Det gjelder bl.a. Kina, Iran osv. Dette er jf. Dr. Hansen og prof. Berg.', 'nb')).toEqual([
      'Det gjelder bl.a. Kina, Iran osv. Dette er jf. Dr. Hansen og prof. Berg.',
    ]);
    expect(sentences('Budsjettet er 3 mill. Kroner går til skolen, 2 mrd. Euro til veier.', 'nb')).toHaveLength(1);
  });

  it('does not split after English abbreviations or initials', () => {
    const text = 'Mr. Smith met Dr. Jones in St. Petersburg, e.g. at No. 10. The U.S. Army came. Aleksandr G. Lukashenko spoke.';
    expect(sentences(text, 'en')).toEqual(['Mr. Smith met Dr. Jones in St. Petersburg, e.g. at No. 10.', 'The U.S. Army came.', 'Aleksandr G. Lukashenko spoke.']);
  });

  it('keeps English and bokmål abbreviations apart', () => {
    // "no." ends an English sentence; "nr." never does in bokmål.
    expect(sentences('She said no. Then she left.', 'en')).toEqual(['She said no.', 'Then she left.']);
  });

  it('does not split after a day number or an ordinal before a lower-case word', () => {
    expect(sentences('Angrepet var fredag 22. mars 2024. Han kom 1. januar. Hun ble nr. 2 og tok 3. plass.', 'nb')).toEqual([
      'Angrepet var fredag 22. mars 2024.',
      'Han kom 1. januar.',
      'Hun ble nr. 2 og tok 3. plass.',
    ]);
  });

  it('does not split inside numbers, but does after a number that ends a sentence', () => {
    expect(sentences('Veksten var 3.5 prosent, eller 1.000 kroner. I 2022. Neste år.', 'nb')).toEqual([
      'Veksten var 3.5 prosent, eller 1.000 kroner.',
      'I 2022.',
      'Neste år.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence and splits before opening quotes', () => {
    expect(sentences('Han sa «Nei!» Så gikk han. (Det var sent.) «Kom tilbake», ropte hun.', 'nb')).toEqual([
      'Han sa «Nei!»',
      'Så gikk han.',
      '(Det var sent.)',
      '«Kom tilbake», ropte hun.',
    ]);
    expect(sentences('He called it “false.” “Terrorists have no nationality.” That was all.', 'en')).toEqual([
      'He called it “false.”',
      '“Terrorists have no nationality.”',
      'That was all.',
    ]);
  });

  it('splits before a dialogue dash', () => {
    expect(sentences('Han stoppet. – Det er spennende, sier Røseth. – Ja?', 'nb')).toEqual(['Han stoppet.', '– Det er spennende, sier Røseth.', '– Ja?']);
  });

  it('splits after an ellipsis only before a new sentence', () => {
    expect(sentences('Vel … jeg vet ikke. Kanskje… Nei. Han ventet...Så kom hun... Og da!', 'nb')).toEqual([
      'Vel … jeg vet ikke.',
      'Kanskje…',
      'Nei.',
      'Han ventet...Så kom hun...',
      'Og da!',
    ]);
  });

  it('gives offsets into the original text, also across line breaks', () => {
    const text = 'Første linje.\nAndre linje? Ja.';
    expect(splitSentences(text, 'nb')).toEqual([
      { start: 0, end: 13 },
      { start: 14, end: 26 },
      { start: 27, end: 30 },
    ]);
  });

  it('handles text without an end mark', () => {
    expect(sentences('ingen punktum her', 'nb')).toEqual(['ingen punktum her']);
    expect(sentences('', 'nb')).toEqual([]);
  });

  it('knows an abbreviation however long the sentence before it, and a very long word before a dot is no abbreviation', () => {
    const long = `${'Dette er en svært lang setning om filer og mapper, '.repeat(5)}bl.a. Oslo og /etc/apt/sources.list. Neste setning kommer her.`;
    expect(sentences(long, 'nb')).toEqual([long.slice(0, long.indexOf(' Neste')), 'Neste setning kommer her.']);
    const word = `Se ${'a'.repeat(70)}. Ca. fem filer. Ferdig.`;
    expect(sentences(word, 'nb')).toEqual([`Se ${'a'.repeat(70)}.`, 'Ca. fem filer.', 'Ferdig.']);
  });

  it('cuts each line of the seed articles into as many sentences in bokmål as in English', () => {
    // Each line there is a segment pair, so a splitter that disagrees with itself across the languages would show here.
    const seeds = import.meta.glob<string>('../../../articles/{000,003}-*/*.md', { eager: true, query: '?raw', import: 'default' });
    const lines = (folder: string, lang: Lang) =>
      (seeds[`../../../articles/${folder}/${lang}.md`] ?? '')
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith(':::'))
        .map((line) => line.replace(/^(?:#{2,3} |> |- |! )/, ''));
    for (const folder of ['000-russland-miste-alliert', '003-belarus-president-putin']) {
      const nb = lines(folder, 'nb').map((line) => sentences(line, 'nb').length);
      const en = lines(folder, 'en').map((line) => sentences(line, 'en').length);
      expect(nb).toEqual(en);
      expect(nb.some((count) => count > 1)).toBe(true);
    }
  });
});
