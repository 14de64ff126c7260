// Plain text to blocks: paragraphs, bullets, wrapped lines, and the title and dateline at the top.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from './plainText';

describe('textToBlocks', () => {
  it('takes a short first line as the title and a dateline near the top as the date', () => {
    const { blocks, meta } = textToBlocks('Russland kan miste alliert\n\nPublisert 23. mars 2024\nOppdatert 24. mars 2024 12:00\n\nFørste avsnitt.\n\nAndre avsnitt.');
    expect(meta).toEqual({ title: 'Russland kan miste alliert', date: '2024-03-23' });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Første avsnitt.' },
      { kind: 'paragraph', text: 'Andre avsnitt.' },
    ]);
  });

  it('finds the dateline above the title too, and an update date when that is all there is', () => {
    expect(textToBlocks('23.03.2024 12:00\n\nTittel\n\nTekst.').meta).toEqual({ title: 'Tittel', date: '2024-03-23' });
    expect(textToBlocks('Title\n\nUpdated March 24, 2024\n\nText.').meta).toEqual({ title: 'Title', date: '2024-03-24' });
  });

  it('does not take a sentence, a long line or a wrapped paragraph as the title', () => {
    expect(textToBlocks('Dette er en setning.\n\nTekst.').meta).toEqual({});
    expect(textToBlocks('Spørsmål?\n\nTekst.').meta).toEqual({});
    expect(textToBlocks(`${'ord '.repeat(60)}\n\nTekst.`).meta).toEqual({});
    const wrapped = 'Første linje av et avsnitt som er brutt av et program\nog fortsetter her';
    expect(textToBlocks(`${wrapped}\n\nTekst.`).meta).toEqual({});
  });

  it('makes each line a paragraph when the text has no blank lines', () => {
    expect(textToBlocks('Tittel\nFørste.\nAndre.').blocks.map((b) => b.text)).toEqual(['Første.', 'Andre.']);
  });

  it('makes bullet lines list items, with their indented continuation lines', () => {
    const { blocks } = textToBlocks('Tittel\n\nKort fortalt\n\n  • Ett punkt\n    som fortsetter\n- To\n* Tre\n▪ Fire\n· Fem\n\n– Et sitat med tankestrek.');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Kort fortalt' },
      { kind: 'list', text: 'Ett punkt som fortsetter' },
      { kind: 'list', text: 'To' },
      { kind: 'list', text: 'Tre' },
      { kind: 'list', text: 'Fire' },
      { kind: 'list', text: 'Fem' },
      { kind: 'paragraph', text: '– Et sitat med tankestrek.' },
    ]);
  });

  it('joins hard-wrapped lines, but keeps the one-line-per-element lines of a copied web page apart', () => {
    const wrapped = textToBlocks(
      'T\n\nRussland og Tadsjikistan, et land i Sentral-Asia, har dype historiske\nforbindelser, og Tadsjikistan var også tidligere en del av\nSovjetunionen.',
    );
    expect(wrapped.blocks).toHaveLength(1);
    const copied = textToBlocks(`T\n\nPutin.\nPutin. Foto: ${'Kristina Kormilitsyna / Sputnik / Kreml / AP / NTB / '.repeat(2)}\nArtikkelen fortsetter under annonsen`);
    expect(copied.blocks).toHaveLength(3);
  });
});
