// Plain text to clean blocks: paragraphs from blank lines, bullets as list items, and the title and dateline it opens with.
import { parseDateLine } from './dates';
import type { CleanBlock, FoundMeta } from './types';

const BULLET = /^\s*[•·▪*-]\s+(.*)$/u;
const TITLE_MAX = 200;
/** How many blocks from the top a dateline may stand (after a kicker, the title, a byline). */
const DATELINE_REACH = 5;
/**
 * Text wrapped by an editor or an e-mail client has lines of 40–110 characters that run on mid-sentence; text
 * copied from a web page has one line per paragraph, caption or ad notice, often shorter or much longer.
 */
const WRAP_MIN = 40;
const WRAP_MAX = 110;

/** A block before meta is taken out, with how many source lines it came from. */
interface Draft extends CleanBlock {
  lines: number;
}

export function textToBlocks(text: string): { blocks: CleanBlock[]; meta: FoundMeta } {
  const lines = text.split(/\r\n?|\n/);
  // Without a single blank line there are no paragraphs to find: each line is one.
  const groups = lines.some((line) => line.trim() === '') ? splitOnBlankLines(lines) : lines.map((line) => [line]);
  const drafts = groups.flatMap(groupBlocks).filter((draft) => draft.text !== '');
  const meta: FoundMeta = {};

  let updatedDate: string | undefined;
  for (let i = 0; i < Math.min(DATELINE_REACH, drafts.length); i++) {
    const draft = drafts[i];
    const dateline = draft && draft.lines === 1 && draft.kind === 'paragraph' ? parseDateLine(draft.text) : undefined;
    if (!dateline) continue;
    // A page that prints both keeps the first publication date; the update date only stands in for it.
    if (dateline.updated) updatedDate ??= dateline.date;
    else meta.date ??= dateline.date;
    drafts.splice(i--, 1);
  }
  if (meta.date === undefined && updatedDate !== undefined) meta.date = updatedDate;

  const first = drafts[0];
  if (first && first.kind === 'paragraph' && first.lines === 1 && first.text.length <= TITLE_MAX && !/[.!?:]$/.test(first.text)) {
    meta.title = first.text;
    drafts.shift();
  }
  return { blocks: drafts.map(({ kind, text }) => ({ kind, text })), meta };
}

function splitOnBlankLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') groups.push([]);
    else groups.at(-1)?.push(line);
  }
  return groups.filter((group) => group.length > 0);
}

/** The blocks of one blank-line-separated group: bullet lines are list items, other runs of lines paragraphs. */
function groupBlocks(group: readonly string[]): Draft[] {
  const drafts: Draft[] = [];
  let run: string[] = [];
  const endRun = () => {
    drafts.push(...runBlocks(run));
    run = [];
  };
  for (const line of group) {
    const bullet = BULLET.exec(line);
    const item = drafts.at(-1);
    if (bullet) {
      endRun();
      drafts.push({ kind: 'list', text: tidy(bullet[1] ?? ''), lines: 1 });
    } else if (run.length === 0 && item?.kind === 'list' && /^\s/.test(line)) {
      // An indented line under a bullet continues that item.
      item.text = tidy(`${item.text} ${line}`);
      item.lines++;
    } else run.push(line);
  }
  endRun();
  return drafts;
}

function runBlocks(run: readonly string[]): Draft[] {
  if (run.length === 0) return [];
  if (isHardWrapped(run)) return [{ kind: 'paragraph', text: tidy(run.join(' ')), lines: run.length }];
  return run.map((line) => ({ kind: 'paragraph', text: tidy(line), lines: 1 }));
}

function isHardWrapped(run: readonly string[]): boolean {
  const lengths = run.map((line) => line.trim().length);
  return lengths.every((length) => length <= WRAP_MAX) && lengths.slice(0, -1).every((length) => length >= WRAP_MIN);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
