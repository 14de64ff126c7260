// Parses one article file (front matter + blocks, see articles/README.md) into an ArticleVersion, or says what is wrong and where.
import { isLang, type Lang } from '../lang.ts';
import { countWords } from '../text/words.ts';
import { parseFrontMatter } from './frontMatter.ts';
import { TRANSLATIONS, type ArticleIssue, type ArticleIssueCode, type ArticleMeta, type ArticleVersion, type Block, type BlockKind, type BoxKind } from './types.ts';

export type ParseResult = { ok: true; version: ArticleVersion } | { ok: false; issues: ArticleIssue[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BOX_KINDS: readonly BoxKind[] = ['lead', 'summary', 'factbox'];

/** Line markers, longest first so that `### ` is not read as `## `. */
const MARKERS: readonly (readonly [string, BlockKind])[] = [
  ['### ', 'subheading'],
  ['## ', 'heading'],
  ['> ', 'quote'],
  ['- ', 'list'],
  ['! ', 'caption'],
];
const ONE_LINE_KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'subheading']);

function markerOf(line: string): readonly [string, BlockKind] | undefined {
  return MARKERS.find(([marker]) => line.startsWith(marker));
}

export function parseArticleFile(text: string, file: string): ParseResult {
  const issues: ArticleIssue[] = [];
  const report = (line: number, code: ArticleIssueCode, message: string) => issues.push({ file, line, code, message });

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const front = parseFrontMatter(lines);
  if (!front.ok) {
    report(front.line, 'front-matter', front.message);
    return { ok: false, issues };
  }
  const meta = readMeta(front.fields, front.keyLines, report);
  const { blocks, blockLines } = readBody(lines, front.bodyStart, report);
  if (blocks.length === 0 && issues.length === 0) report(front.bodyStart + 1, 'bad-block', 'the article has no text');

  if (issues.length > 0 || !meta) return { ok: false, issues };
  const words = countWords(meta.title) + blocks.reduce((sum, b) => sum + b.segments.reduce((s, seg) => s + countWords(seg), 0), 0);
  return { ok: true, version: { meta, blocks, blockLines, words } };
}

function readMeta(
  fields: ReadonlyMap<string, string>,
  keyLines: ReadonlyMap<string, number>,
  report: (line: number, code: ArticleIssueCode, message: string) => void,
): ArticleMeta | undefined {
  const lineOf = (key: string) => keyLines.get(key) ?? 1;
  const required = (key: string): string | undefined => {
    const value = fields.get(key);
    if (value === undefined) report(1, 'missing-key', `front matter has no \`${key}\``);
    return value;
  };
  const id = required('id');
  const lang = required('lang');
  const title = required('title');
  const source = required('source');
  const date = required('date');
  const original = required('original');

  if (id !== undefined && !ID.test(id)) report(lineOf('id'), 'bad-value', `id "${id}" must be lower-case letters, digits and single hyphens`);
  if (lang !== undefined && !isLang(lang)) report(lineOf('lang'), 'bad-value', `lang "${lang}" must be nb or en`);
  if (original !== undefined && !isLang(original)) report(lineOf('original'), 'bad-value', `original "${original}" must be nb or en`);
  if (title !== undefined && title.trim() === '') report(lineOf('title'), 'empty-title', 'the title is empty');
  if (source !== undefined && source.trim() === '') report(lineOf('source'), 'bad-value', 'the source is empty');
  if (date !== undefined && !(DATE.test(date) && !Number.isNaN(Date.parse(date)))) {
    report(lineOf('date'), 'bad-value', `date "${date}" must be a real date written YYYY-MM-DD`);
  }
  if (id === undefined || !isLang(lang) || !title?.trim() || !source?.trim() || date === undefined || !isLang(original)) return undefined;

  const translation = readTranslation(fields.get('translation'), lang, original, lineOf('translation'), report);
  if (!translation) return undefined;
  const meta: ArticleMeta = { id, lang, title: title.trim(), source: source.trim(), date, original, translation };
  const note = fields.get('note');
  if (note) meta.note = note;
  return meta;
}

/** `translation` says who wrote this version; it must agree with `original`. */
function readTranslation(
  value: string | undefined,
  lang: Lang,
  original: Lang,
  line: number,
  report: (line: number, code: ArticleIssueCode, message: string) => void,
): ArticleMeta['translation'] {
  if (value === undefined) {
    report(1, 'missing-key', `front matter has no \`translation\` (${TRANSLATIONS.join(', ')})`);
    return undefined;
  }
  const translation = TRANSLATIONS.find((t) => t === value);
  if (!translation) {
    report(line, 'bad-value', `translation "${value}" must be one of ${TRANSLATIONS.join(', ')}`);
    return undefined;
  }
  // The `original` file is what the source published (its own text, or a translation it published, as 003's machine
  // English); the other file translates it, so it is never `original`.
  const isOriginal = lang === original;
  if (isOriginal && translation === 'tolk') {
    report(line, 'bad-value', `this is the text the other version was translated from (original: ${original}), so Tolk did not write it`);
    return undefined;
  }
  if (!isOriginal && translation === 'original') {
    report(line, 'bad-value', `this version translates the ${original} version, so translation cannot be original`);
    return undefined;
  }
  return translation;
}

function readBody(
  lines: readonly string[],
  start: number,
  report: (line: number, code: ArticleIssueCode, message: string) => void,
): { blocks: Block[]; blockLines: number[] } {
  const blocks: Block[] = [];
  const blockLines: number[] = [];
  let box: { kind: BoxKind; index: number; line: number } | undefined;
  let boxCount = 0;
  let current: Block | undefined;
  const close = () => {
    current = undefined;
  };

  for (let i = start; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '') {
      close();
      continue;
    }
    if (line.startsWith(':::')) {
      close();
      const rest = line.slice(3).trim();
      if (rest === '') {
        if (!box) report(lineNo, 'bad-box', '`:::` closes a box, but no box is open');
        box = undefined;
        continue;
      }
      if (box) {
        report(lineNo, 'bad-box', `a box opens here inside the ${box.kind} box opened on line ${box.line}; boxes do not nest`);
        continue;
      }
      const [kindWord = '', ...titleWords] = rest.split(/\s+/);
      const kind = BOX_KINDS.find((k) => k === kindWord);
      if (!kind) {
        report(lineNo, 'bad-box', `unknown box "${kindWord}" (use lead, summary or factbox)`);
        continue;
      }
      box = { kind, index: boxCount++, line: lineNo };
      const title = titleWords.join(' ');
      if (title) {
        blocks.push({ kind: 'box-title', segments: [title], box: { kind, index: box.index } });
        blockLines.push(lineNo);
      }
      continue;
    }

    const found = markerOf(line);
    const kind: BlockKind = found ? found[1] : 'paragraph';
    const text = (found ? line.slice(found[0].length) : line).trim();
    if (text === '') {
      report(lineNo, 'bad-block', `the line has a marker "${found?.[0].trim() ?? ''}" but no text`);
      continue;
    }
    // Lines of the same kind continue a block; a heading, or a change of marker, starts a new one.
    if (current && current.kind === kind && !ONE_LINE_KINDS.has(kind)) {
      current.segments.push(text);
      continue;
    }
    const block: Block = { kind, segments: [text] };
    if (box) block.box = { kind: box.kind, index: box.index };
    blocks.push(block);
    blockLines.push(lineNo);
    current = block;
  }
  if (box) report(box.line, 'bad-box', `the ${box.kind} box opened here is never closed with \`:::\``);
  return { blocks, blockLines };
}
