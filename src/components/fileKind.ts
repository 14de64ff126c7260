// Keys of the records namespace naming a binary file type and a text encoding, for the codes of src/core/import/textBytes.ts.
import type { BinaryKind, TextEncodingName } from '../core/import/textBytes';

export const FILE_KIND = {
  png: 'fileKind.png',
  jpeg: 'fileKind.jpeg',
  gif: 'fileKind.gif',
  webp: 'fileKind.webp',
  pdf: 'fileKind.pdf',
  zip: 'fileKind.zip',
  gzip: 'fileKind.gzip',
  sqlite: 'fileKind.sqlite',
  exe: 'fileKind.exe',
} as const satisfies Record<BinaryKind, string>;

export const ENCODING_NAME = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Latin-1)',
} as const satisfies Record<TextEncodingName, string>;
