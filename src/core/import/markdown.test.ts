// Markdown to blocks: front matter, block markers and inline syntax.
import { describe, expect, it } from 'vitest';
import { inlineText, markdownToBlocks } from './markdown';

describe('markdownToBlocks', () => {
  it('reads front matter, the title heading and each block kind', () => {
    const md = [
      '---',
      'title: "Fra front matter"',
      'source: Avisa',
      'date: 2024-03-23',
      'tags: [a, b]',
      '---',
      '# Russland kan miste alliert',
      '',
      'Første linje',
      'fortsetter her.',
      '',
      '## Mellomtittel',
      '### Under',
      '> Sitert',
      '> tekst.',
      '',
      '- ett',
      '* to',
      '+ tre',
      '1. fire',
      '',
      '![Putin](putin.jpg)',
      '',
      '# Ny del',
      '***',
    ].join('\n');
    const { blocks, meta } = markdownToBlocks(md);
    expect(meta).toEqual({ title: 'Fra front matter', source: 'Avisa', date: '2024-03-23' });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Første linje fortsetter her.' },
      { kind: 'heading', text: 'Mellomtittel' },
      { kind: 'subheading', text: 'Under' },
      { kind: 'quote', text: 'Sitert tekst.' },
      { kind: 'list', text: 'ett' },
      { kind: 'list', text: 'to' },
      { kind: 'list', text: 'tre' },
      { kind: 'list', text: 'fire' },
      { kind: 'heading', text: 'Ny del' },
    ]);
  });

  it('takes the first # heading as the title when there is no front matter', () => {
    expect(markdownToBlocks('# Tittel #\n\nTekst').meta).toEqual({ title: 'Tittel' });
    expect(markdownToBlocks('Tittel\n===\n\nTekst').meta).toEqual({ title: 'Tittel' });
  });

  it('drops raw script and style elements with their content, and comments, even across lines', () => {
    expect(markdownToBlocks('Før <script>\nalert(1)\n</script> etter <!-- skjult\n--> slutt\n\n<style>p{}</style>').blocks).toEqual([
      { kind: 'paragraph', text: 'Før etter slutt' },
    ]);
  });

  it('reads a front matter date written out', () => {
    expect(markdownToBlocks('---\ndate: 23. mars 2024\n---\nTekst').meta).toEqual({ date: '2024-03-23' });
  });

  it('joins a list item with its continuation lines, and ends a paragraph at a list', () => {
    expect(markdownToBlocks('Tekst\n- punkt som\n  fortsetter\n\nNy').blocks).toEqual([
      { kind: 'paragraph', text: 'Tekst' },
      { kind: 'list', text: 'punkt som fortsetter' },
      { kind: 'paragraph', text: 'Ny' },
    ]);
  });
});

describe('inlineText', () => {
  it.each([
    ['Les [saken](https://x.no/a_(b)) nå', 'Les saken nå'],
    ['Et ![bilde](a.png) her', 'Et her'],
    ['**fet**, __fet__, *kursiv*, _kursiv_ og ***begge***', 'fet, fet, kursiv, kursiv og begge'],
    ['_kursiv med **fet** inni_ og **fet med snake_case**', 'kursiv med fet inni og fet med snake_case'],
    ['snake_case_name og 2*3*4 og file_name.txt', 'snake_case_name og 2*3*4 og file_name.txt'],
    ['Med <span class="x">tagg</span> og <br/> linjeskift', 'Med tagg og linjeskift'],
    ['Bare \\*stjerne\\* og `kode`', 'Bare *stjerne* og kode'],
    ['Blåbær &amp; ål&#33;', 'Blåbær & ål!'],
    ['Se <https://example.com>', 'Se https://example.com'],
  ])('%s', (raw, text) => {
    expect(inlineText(raw)).toBe(text);
  });
});
