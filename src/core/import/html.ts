// HTML to clean blocks: a streaming parse that keeps the text of article elements and nothing of the markup.
//
// Safe by construction: the output is built only from text nodes (entities decoded), so no tag or attribute can
// reach it; attributes are read only for the article's metadata (<meta content>, <time datetime>).
import { Parser } from 'htmlparser2';
import { isoDateOf } from './dates';
import type { CleanBlock, FoundMeta } from './types';

/** Elements whose whole content is never article text: code, embeds, forms and the site's chrome. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'form', 'button', 'select', 'textarea', 'nav', 'footer', 'head']);
/**
 * Elements that start and end a block of text; everything else (a, em, strong, span, and a dropped button or
 * icon inside a sentence) stays inline, so the sentence around it stays one block.
 */
const BLOCK = new Set([
  ...['html', 'head', 'body', 'header', 'footer', 'nav', 'main', 'article', 'section', 'aside', 'div', 'form', 'p', 'pre', 'address', 'hr'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'details', 'summary'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'tr', 'td', 'th'],
]);
/** The block kind an element gives the text inside it; the innermost such element decides. */
const KIND_OF = new Map<string, CleanBlock['kind'] | 'h1'>([
  ['h1', 'h1'],
  ['h2', 'heading'],
  ['h3', 'subheading'],
  ['h4', 'subheading'],
  ['h5', 'subheading'],
  ['h6', 'subheading'],
  ['blockquote', 'quote'],
  ['li', 'list'],
  ['figcaption', 'caption'],
]);

/** Metadata as the page states it, before choosing among the candidates. */
interface Found {
  ogTitle?: string | undefined;
  source?: string | undefined;
  date?: string | undefined;
}

/** An open element, with what it adds to the context of the text inside it. */
interface Open {
  name: string;
  dropped: boolean;
  kind: CleanBlock['kind'] | 'h1' | undefined;
}

/**
 * Two <br> in a row end a paragraph. A page whose text all sits in one element, its lines split by single <br> (a
 * mail or a forum post saved as HTML), would give one block the aligner cannot pair: there every <br> ends a block.
 */
export function htmlToBlocks(html: string): { blocks: CleanBlock[]; meta: FoundMeta } {
  const parsed = parseBlocks(html, false);
  if (parsed.blocks.length <= 1 && /<br\b/i.test(html)) return parseBlocks(html, true);
  return parsed;
}

function parseBlocks(html: string, everyBrEndsBlock: boolean): { blocks: CleanBlock[]; meta: FoundMeta } {
  const blocks: CleanBlock[] = [];
  const stack: Open[] = [];
  // Counts and a stack of kinds rather than searches up the element stack, so deep nesting stays linear.
  let dropDepth = 0;
  let articleDepth = 0;
  let svgDepth = 0;
  const kinds: (CleanBlock['kind'] | 'h1')[] = [];
  let buffer = '';
  // A <br> with nothing but whitespace after it yet: a second one ends the paragraph.
  let brPending = false;
  let heading: string | undefined;
  let docTitle = '';
  const found: Found = {};

  const flush = () => {
    brPending = false;
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text === '') return;
    const kind = kinds.at(-1) ?? 'paragraph';
    if (kind !== 'h1') blocks.push({ kind, text });
    else if (heading === undefined) heading = text;
    else blocks.push({ kind: 'heading', text });
  };
  const count = (open: Open, by: 1 | -1) => {
    if (open.dropped) dropDepth += by;
    if (open.name === 'article' || open.name === 'main') articleDepth += by;
    if (open.name === 'svg') svgDepth += by;
    if (open.kind && by > 0) kinds.push(open.kind);
    else if (open.kind) kinds.pop();
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') readMeta(attribs, found);
        if (name === 'time' && dropDepth === 0 && attribs.datetime !== undefined) found.date ??= isoDateOf(attribs.datetime);
        if (BLOCK.has(name)) flush();
        // <header> inside the article holds its title and lead; elsewhere it is the site's masthead.
        const open: Open = { name, dropped: DROPPED.has(name) || (name === 'header' && articleDepth === 0), kind: KIND_OF.get(name) };
        stack.push(open);
        count(open, 1);
        if (name === 'br' && dropDepth === 0) {
          if (everyBrEndsBlock || brPending) flush();
          else {
            buffer += ' ';
            brPending = true;
          }
        }
      },
      ontext(text) {
        // The document's <title> sits in the dropped <head>; an SVG's <title> is not the article's.
        if (stack.at(-1)?.name === 'title' && svgDepth === 0) docTitle += text;
        else if (dropDepth === 0) {
          buffer += text;
          if (text.trim() !== '') brPending = false;
        }
      },
      onclosetag(name) {
        // The parser closes elements in order, so the match is on top; the search is only a safeguard.
        const at = stack.at(-1)?.name === name ? stack.length - 1 : stack.findLastIndex((open) => open.name === name);
        if (at < 0) return;
        if (BLOCK.has(name)) flush();
        for (const open of stack.splice(at).reverse()) count(open, -1);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const meta: FoundMeta = {};
  const title = [heading, found.ogTitle, docTitle].map((t) => t?.replace(/\s+/g, ' ').trim()).find((t) => t);
  if (title) meta.title = title;
  if (found.source) meta.source = found.source;
  if (found.date) meta.date = found.date;
  return { blocks, meta };
}

function readMeta(attribs: Record<string, string>, found: Found): void {
  const key = (attribs.property ?? attribs.name ?? '').toLowerCase();
  const content = attribs.content?.replace(/\s+/g, ' ').trim();
  if (!content) return;
  if (key === 'og:title') found.ogTitle ??= content;
  else if (key === 'og:site_name' || key === 'application-name') found.source ??= content;
  else if (key === 'article:published_time') {
    const date = isoDateOf(content);
    if (date) found.date = date;
  }
}
