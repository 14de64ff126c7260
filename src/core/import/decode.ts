// Turning a dropped file's bytes into text, or saying plainly why not; and guessing what a paste is.
import { MAX_SIDE_CHARS } from './limits';
import { decodeText, type BinaryKind, type TextEncodingName } from './textBytes';
import type { SourceFormat } from './types';

export type DecodeProblem = 'unsupported-type' | 'binary' | 'too-large' | 'empty';
export type DecodeResult =
  | { ok: true; text: string; format: SourceFormat; encoding: TextEncodingName }
  | { ok: false; problem: DecodeProblem; kind?: BinaryKind };

const FORMAT_BY_EXTENSION = new Map<string, SourceFormat>([
  ['txt', 'txt'],
  ['text', 'txt'],
  ['md', 'md'],
  ['markdown', 'md'],
  ['html', 'html'],
  ['htm', 'html'],
]);

export function decodeFile(bytes: Uint8Array, fileName: string): DecodeResult {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = FORMAT_BY_EXTENSION.get(extension);
  if (format === undefined) return { ok: false, problem: 'unsupported-type' };
  // UTF-8 takes at most 4 bytes a character, so more bytes than this cannot fit the character limit.
  if (bytes.length > 4 * MAX_SIDE_CHARS) return { ok: false, problem: 'too-large' };
  // Encoding and binary detection are shared with the glossary and backup imports (textBytes.ts).
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.kind === undefined ? { ok: false, problem: 'binary' } : { ok: false, problem: 'binary', kind: decoded.kind };
  const { text, encoding } = decoded;
  if (text.length > MAX_SIDE_CHARS) return { ok: false, problem: 'too-large' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, text, format, encoding };
}

// A whole HTML document announces itself at its start.
const HTML_DOCUMENT = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;
// Tags that only HTML has. One of them in a long text is a literal tag the text talks about (a book on web pages,
// a pasted `<ol style=…>`), not markup: a paste is HTML source only when tags make up a fair share of it.
const HTML_TAG = /<\/?(?:html|head|body|article|p|div|br|h[1-6]|script|style|span|a|ul|ol|li|section|main|em|strong|b|i|img|table|tr|td|figure|figcaption|blockquote|header|footer|nav|aside)\b[^<>]*>/gi;
/** The share of a paste's characters that its HTML tags must make up for it to be taken as HTML source. */
export const MIN_MARKUP_SHARE = 0.1;
// A heading line or a link in Markdown syntax; a "- " list alone is as common in plain text.
const MARKDOWN_SIGN = /^#{1,6}[ \t]+\S|\[[^\]\n]+\]\((?:https?:|\/|#)[^)\s]*\)/m;

/** What a pasted text most plainly is: an HTML document or mostly markup, Markdown, or plain text (tags and all). */
export function detectPastedFormat(text: string): SourceFormat {
  if (HTML_DOCUMENT.test(text)) return 'html';
  let markup = 0;
  for (const [tag] of text.matchAll(HTML_TAG)) markup += tag.length;
  if (markup > 0 && markup / Math.max(1, text.trim().length) >= MIN_MARKUP_SHARE) return 'html';
  if (MARKDOWN_SIGN.test(text)) return 'md';
  return 'txt';
}
