// Markdown to clean blocks: block structure from the line markers, inline syntax reduced to its text.
import { isoDateOf, parseDateLine } from './dates';
import type { CleanBlock, FoundMeta } from './types';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const FENCE = /^ {0,3}(?:```|~~~)/;
/** Raw HTML elements whose content is code or styling, and comments; they may span lines, so they go first. */
const HIDDEN_HTML = /<(script|style|noscript|template|iframe|object|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

export function markdownToBlocks(md: string): { blocks: CleanBlock[]; meta: FoundMeta } {
  const lines = md.replace(HIDDEN_HTML, '').split(/\r\n?|\n/);
  const { meta, bodyStart } = readFrontMatter(lines);
  const blocks: CleanBlock[] = [];
  let heading: string | undefined;
  // The open paragraph, quote or list item: consecutive lines that become one block.
  let open: { kind: 'paragraph' | 'quote' | 'list'; lines: string[] } | undefined;

  const push = (kind: CleanBlock['kind'] | 'h1', raw: string) => {
    const text = inlineText(raw);
    if (text === '') return;
    // The first level-one heading is the article's title; any later one is an ordinary heading.
    if (kind !== 'h1') blocks.push({ kind, text });
    else if (heading === undefined) heading = text;
    else blocks.push({ kind: 'heading', text });
  };
  const close = () => {
    if (open) push(open.kind, open.lines.join(' '));
    open = undefined;
  };
  const continueOrOpen = (kind: 'paragraph' | 'quote' | 'list', line: string) => {
    if (open?.kind !== kind) close();
    if (open) open.lines.push(line);
    else open = { kind, lines: [line] };
  };

  for (const line of lines.slice(bodyStart)) {
    let match: RegExpExecArray | null;
    if (line.trim() === '' || FENCE.test(line) || LINK_DEFINITION.test(line)) close();
    else if ((match = SETEXT_UNDERLINE.exec(line)) && open?.kind === 'paragraph') {
      const text = open.lines.join(' ');
      open = undefined;
      push(match[1]?.startsWith('=') ? 'h1' : 'heading', text);
    } else if (THEMATIC_BREAK.test(line)) close();
    else if ((match = HEADING.exec(line))) {
      close();
      const level = match[1]?.length ?? 1;
      push(level === 1 ? 'h1' : level === 2 ? 'heading' : 'subheading', match[2] ?? '');
    } else if ((match = QUOTE.exec(line))) {
      // An empty `>` line ends one quoted paragraph inside the quote.
      if ((match[1] ?? '').trim() === '') close();
      else continueOrOpen('quote', match[1] ?? '');
    } else if ((match = LIST_ITEM.exec(line))) {
      close();
      open = { kind: 'list', lines: [match[1] ?? ''] };
    } else if (open) open.lines.push(line.trim()); // a lazy continuation line belongs to what is open
    else open = { kind: 'paragraph', lines: [line.trim()] };
  }
  close();

  if (meta.title === undefined && heading !== undefined) meta.title = heading;
  return { blocks, meta };
}

/** The `title`, `source` and `date` of a `---` front matter block, and where the body starts. */
function readFrontMatter(lines: readonly string[]): { meta: FoundMeta; bodyStart: number } {
  const meta: FoundMeta = {};
  if (lines[0]?.trim() !== '---') return { meta, bodyStart: 0 };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return { meta, bodyStart: 0 };
  for (const line of lines.slice(1, end)) {
    const match = /^(title|source|date)\s*:\s*(.*?)\s*$/i.exec(line);
    const value = match?.[2]?.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (!match || !value) continue;
    const key = match[1]?.toLowerCase();
    if (key === 'title') meta.title = value;
    else if (key === 'source') meta.source = value;
    else {
      const date = isoDateOf(value) ?? parseDateLine(value)?.date;
      if (date) meta.date = date;
    }
  }
  return { meta, bodyStart: end + 1 };
}

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);
// Escaped characters are parked in the Private Use Area while the emphasis and tag rules run, so `\*` stays a star.
const PARK = 0xe000;

/** The text of a line of inline Markdown: links keep their words, images and tags go, emphasis markers go. */
export function inlineText(raw: string): string {
  let text = raw.replace(/\\([\\`*_{}[\]()#+\-.!<>~|])/g, (_, char: string) => String.fromCharCode(PARK + char.charCodeAt(0)));
  text = text
    .replace(/`+([^`]*?)`+/g, '$1')
    .replace(/!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])/g, '')
    .replace(/\[([^\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])/g, '$1')
    .replace(/<((?:https?|mailto):[^<>\s]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '');
  // Markers count only at word edges, so snake_case and 2*3*4 keep their characters. An emphasis never contains
  // its own marker, which keeps the scan linear; a nested one is taken off by a further pass.
  for (let pass = 0, before = ''; pass < 3 && before !== text; pass++) {
    before = text;
    text = text
      .replace(/(?<![\p{L}\p{N}])(\*\*|__|~~)(?=\S)((?:(?!\1).){0,1000}?\S)\1(?![\p{L}\p{N}])/gu, '$2')
      .replace(/(?<![\p{L}\p{N}])([*_])(?=\S)((?:(?!\1).){0,1000}?\S)\1(?![\p{L}\p{N}])/gu, '$2');
  }
  return text
    .replace(/[\ue000-\ue0ff]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PARK))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => decodeEntity(name) ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  const lower = name.toLowerCase();
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? parseInt(lower.slice(1), 10) : undefined;
  if (code === undefined) return ENTITIES.get(lower);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}
