// Decoding dropped files (format, binary, encoding, size, empty) and telling what a paste is.
import { describe, expect, it } from 'vitest';
import { decodeFile, detectPastedFormat } from './decode';
import { MAX_SIDE_CHARS } from './limits';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeFile', () => {
  it('takes the format from the extension', () => {
    expect(decodeFile(utf8('Hei'), 'sak.txt')).toEqual({ ok: true, text: 'Hei', format: 'txt', encoding: 'utf-8' });
    expect(decodeFile(utf8('Hei'), 'sak.TEXT')).toMatchObject({ ok: true, format: 'txt' });
    expect(decodeFile(utf8('# Hei'), 'sak.md')).toMatchObject({ ok: true, format: 'md' });
    expect(decodeFile(utf8('# Hei'), 'sak.markdown')).toMatchObject({ ok: true, format: 'md' });
    expect(decodeFile(utf8('<p>Hei</p>'), 'sak.htm')).toMatchObject({ ok: true, format: 'html' });
    expect(decodeFile(utf8('<p>Hei</p>'), 'Sak.HTML')).toMatchObject({ ok: true, format: 'html' });
  });

  it('refuses other types, names without an extension and inherited names', () => {
    for (const name of ['sak.pdf', 'sak.docx', 'sak', 'sak.constructor', 'txt']) {
      expect(decodeFile(utf8('Hei'), name)).toEqual({ ok: false, problem: 'unsupported-type' });
    }
  });

  it('strips a byte-order mark and keeps æøå', () => {
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Blåbær')]), 'a.txt')).toMatchObject({ ok: true, text: 'Blåbær' });
  });

  it('tells binary files, other encodings and empty files apart', () => {
    expect(decodeFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'bilde.txt')).toEqual({ ok: false, problem: 'binary', kind: 'png' });
    expect(decodeFile(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'a.txt')).toEqual({ ok: false, problem: 'binary' });
    // "blåbær" in Latin-1 is read as Windows-1252, and the caller says so; UTF-16 with a BOM is read as it is.
    expect(decodeFile(new Uint8Array([0x62, 0x6c, 0xe5, 0x62, 0xe6, 0x72]), 'a.txt')).toMatchObject({ ok: true, text: 'blåbær', encoding: 'windows-1252' });
    expect(decodeFile(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), 'a.txt')).toMatchObject({ ok: true, text: 'Hi', encoding: 'utf-16le' });
    expect(decodeFile(utf8(' \n\t\n'), 'a.txt')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeFile(new Uint8Array(), 'a.txt')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses more than one side may hold, by characters and by bytes', () => {
    expect(decodeFile(utf8('a'.repeat(MAX_SIDE_CHARS + 1)), 'a.txt')).toEqual({ ok: false, problem: 'too-large' });
    expect(decodeFile(utf8('a'.repeat(MAX_SIDE_CHARS)), 'a.txt')).toMatchObject({ ok: true });
    expect(decodeFile(new Uint8Array(4 * MAX_SIDE_CHARS + 1), 'a.txt')).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('detectPastedFormat', () => {
  it('recognises HTML source, Markdown and plain text', () => {
    expect(detectPastedFormat('<!DOCTYPE html><html><body>Hei</body></html>')).toBe('html');
    expect(detectPastedFormat('Tekst\n<p class="lead">Ingress</p>')).toBe('html');
    expect(detectPastedFormat('Linje<br>linje')).toBe('html');
    expect(detectPastedFormat('<h2>Overskrift</h2>')).toBe('html');
    expect(detectPastedFormat('# Tittel\n\nTekst')).toBe('md');
    expect(detectPastedFormat('Tekst\n\n## Mellomtittel\n\nMer')).toBe('md');
    expect(detectPastedFormat('Les [saken](https://example.com/sak) her.')).toBe('md');
    expect(detectPastedFormat('Tittel\n\n- punkt\n- punkt\n\n2 < 3 og 5 > 4')).toBe('txt');
    expect(detectPastedFormat('#hashtag i teksten')).toBe('txt');
  });

  it('keeps a literal tag in a long text as text', () => {
    const book = `${'En lang tekst om nettsider, der ordene er det viktige. '.repeat(40)}Skriv <ol style="list-style: none"> for en liste. ${'Mer tekst. '.repeat(40)}`;
    expect(detectPastedFormat(book)).toBe('txt');
    expect(detectPastedFormat(`<!-- lagret -->\n<html lang="nb"><body>${book}</body></html>`)).toBe('html');
    expect(detectPastedFormat('<p>Ett avsnitt.</p>\n<p>Et annet.</p>')).toBe('html');
  });
});
