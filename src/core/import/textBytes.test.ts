// Unit tests for reading a file's bytes as text: signatures of binary types, UTF-8/UTF-16 with and without BOM, Windows-1252, JSON sniffing.
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeJson, sniffBinaryKind } from './textBytes';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  return new Uint8Array(units.flatMap((u) => (bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8])));
};
const CSV = 'front,back\r\nblåbær,blueberry\r\nøl,beer\r\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(utf8(CSV))).toEqual({ ok: true, text: CSV, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]))).toEqual({ ok: true, text: CSV, encoding: 'utf-8' });
  });

  it('reads UTF-16 in both byte orders, with and without BOM (issue 17: read as garbage before)', () => {
    for (const bigEndian of [false, true]) {
      for (const bom of [true, false]) {
        expect(decodeText(utf16(CSV, bigEndian, bom))).toEqual({ ok: true, text: CSV, encoding: bigEndian ? 'utf-16be' : 'utf-16le' });
      }
    }
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    const latin1 = new Uint8Array(Array.from(CSV, (c) => c.charCodeAt(0)));
    expect(decodeText(latin1)).toEqual({ ok: true, text: CSV, encoding: 'windows-1252' });
    // 0x80 is the euro sign in Windows-1252, undefined in Latin-1.
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x35]))).toMatchObject({ ok: true, text: '€ 5' });
  });

  it('refuses binary files by what they are', () => {
    const cases: [number[], string][] = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'png'],
      [[0xff, 0xd8, 0xff, 0xe0, 0, 16], 'jpeg'],
      [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'pdf'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], 'zip'],
      [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'gif'],
      [[0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50], 'webp'],
      [[0x1f, 0x8b, 8, 0], 'gzip'],
    ];
    for (const [bytes, kind] of cases) expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: false, problem: 'binary', kind });
  });

  it('refuses other binary content without naming it, and keeps text starting like a signature', () => {
    expect(decodeText(new Uint8Array([0x41, 0, 0, 0, 0x42, 0, 0, 0x01, 0x02]))).toEqual({ ok: false, problem: 'binary' });
    expect(decodeText(utf8('MZ is a fine start for a text'))).toMatchObject({ ok: true });
    expect(sniffBinaryKind(utf8('GIF89a, a text about images'))).toBe('gif');
  });
});

describe('looksLikeJson', () => {
  it('tells JSON content from a CSV', () => {
    expect(looksLikeJson('\n {"format":"tolk-glossary","version":1,"terms":[]}')).toBe(true);
    expect(looksLikeJson('[1, 2]')).toBe(true);
    expect(looksLikeJson(CSV)).toBe(false);
    expect(looksLikeJson('{not json, but a csv field}')).toBe(false);
  });
});
