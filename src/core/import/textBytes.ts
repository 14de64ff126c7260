// Bytes to text for every file Tolk reads (articles, glossary CSV/JSON, backups): what the file really is, its encoding, or why it is not text.

// The core compiles without the DOM library, but TextDecoder is an ECMAScript-host global in browsers and Node alike.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** File types told by their first bytes ("magic numbers"), so a renamed image is refused by what it is. */
export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'zip' | 'gzip' | 'sqlite' | 'exe';
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type TextDecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** `kind` when the signature names the type; otherwise it is just not text (NUL or control bytes). */
  | { ok: false; problem: 'binary'; kind?: BinaryKind };

const SIGNATURES: readonly (readonly [BinaryKind, readonly number[]])[] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['gzip', [0x1f, 0x8b]],
  ['sqlite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['exe', [0x4d, 0x5a]],
  ['exe', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
}

/** The type a file's signature names, if it is one of the binary types Tolk knows by sight. */
export function sniffBinaryKind(bytes: Uint8Array): BinaryKind | undefined {
  // WebP: "RIFF", four bytes of size, "WEBP".
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  // "MZ" and the ELF mark are short: only a file that is not text after them counts (a text may start with "MZ").
  for (const [kind, signature] of SIGNATURES) {
    if (!startsWith(bytes, signature)) continue;
    if (kind !== 'exe' || looksBinary(bytes)) return kind;
  }
  return undefined;
}

/** Above this share of control bytes a file is not text, even without a NUL (text has at most a stray form feed). */
const MAX_CONTROL_SHARE = 0.05;

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) control++;
  }
  return bytes.length > 0 && control / bytes.length > MAX_CONTROL_SHARE;
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a NUL in every other byte (the high byte of each
 * character). Decided on the first 4 KB: at least 40 % of one parity's bytes NUL, and almost none of the other's.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= 0.4 * pairs && evenNul <= 0.05 * pairs) return 'utf-16le';
  if (evenNul >= 0.4 * pairs && oddNul <= 0.05 * pairs) return 'utf-16be';
  return undefined;
}

// Windows-1252's 0x80–0x9F (€, curly quotes, dashes…); 0 marks the five bytes it leaves undefined, read as in Latin-1.
// Decoded here because Node's TextDecoder without full ICU reads "windows-1252" as Latin-1, unlike browsers.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices, so a 5-MB file never builds one enormous argument list.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // ignoreBOM: true keeps a byte-order mark in the text, and the caller strips it, for every encoding alike.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/u, '');
}

/**
 * What a file's bytes say, as text: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM); bytes that are
 * not valid UTF-8 are read as Windows-1252 (a superset of Latin-1, what older spreadsheets save), and the caller says
 * so. A known binary signature (PNG, PDF, ZIP…) or NUL/control bytes make it `binary`.
 */
export function decodeText(bytes: Uint8Array): TextDecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: decodeAs('utf-8', bytes, false), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decodeAs('utf-16le', bytes, false), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decodeAs('utf-16be', bytes, false), encoding: 'utf-16be' };
  const kind = sniffBinaryKind(bytes);
  if (kind !== undefined) return { ok: false, problem: 'binary', kind };
  const utf16 = guessUtf16(bytes);
  if (utf16 !== undefined) return { ok: true, text: decodeAs(utf16, bytes, false), encoding: utf16 };
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  try {
    return { ok: true, text: decodeAs('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeAs('windows-1252', bytes, false), encoding: 'windows-1252' };
  }
}

/** Whether text read as a CSV file is really JSON (it opens with an object or array and parses). */
export function looksLikeJson(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  try {
    JSON.parse(start);
    return true;
  } catch {
    return false;
  }
}
