// The editable alignment of an imported pair: built from the aligner's links, fixed by the learner (join, split, move a boundary), shown as reader blocks.
//
// An alignment is two sentence lists and a chain of links that each take the next few sentences of both
// sides, so any chain of links is a valid pairing as long as the counts add up: the fixes below only ever
// redistribute counts, which is why they cannot lose or reorder a sentence.
import type { NestedAlignment } from '../align/nested';
import type { ArticleMeta, ArticleVersion, Block } from '../article/types';
import { LANGS, otherLang, type Lang } from '../lang';
import { countWords } from '../text/words';
import type { CleanBlock, ImportedAlignment, PairLink } from './types';

/** The sentences of one side, paragraph by paragraph, with each paragraph's kind. */
export interface SplitSide {
  kinds: CleanBlock['kind'][];
  sentences: string[][];
}

/** Turns the aligner's paragraph and sentence links into one chain of links, a block per paragraph link. */
export function fromNestedAlignment(nb: SplitSide, en: SplitSide, nested: NestedAlignment): ImportedAlignment {
  const links: PairLink[] = [];
  let next = 0;
  for (const paragraphLink of nested.paragraphs.links) {
    let nbLeft = paragraphLink.source.reduce((sum, p) => sum + (nb.sentences[p]?.length ?? 0), 0);
    let enLeft = paragraphLink.target.reduce((sum, p) => sum + (en.sentences[p]?.length ?? 0), 0);
    const kind = blockKind(
      paragraphLink.source.map((p) => nb.kinds[p]),
      paragraphLink.target.map((p) => en.kinds[p]),
    );
    let first = true;
    // alignNested emits each paragraph link's sentence links together and in order, so they can be consumed by count.
    while (nbLeft > 0 || enLeft > 0) {
      const sentenceLink = nested.sentences[next++];
      if (!sentenceLink) break;
      const link: PairLink = { nb: sentenceLink.source.length, en: sentenceLink.target.length };
      if (first) link.block = kind;
      first = false;
      links.push(link);
      nbLeft -= link.nb;
      enLeft -= link.en;
    }
  }
  return { sentences: { nb: nb.sentences.flat(), en: en.sentences.flat() }, links };
}

// A heading paired with a heading stays one; paragraphs merged across kinds read best as plain paragraphs.
function blockKind(nb: (CleanBlock['kind'] | undefined)[], en: (CleanBlock['kind'] | undefined)[]): CleanBlock['kind'] {
  const kinds = new Set([...nb, ...en].filter((k) => k !== undefined));
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined ? only : 'paragraph';
}

/** The reader's view: per language, blocks of segments; segment s of block b in nb pairs with the same in en. */
export function toArticleVersions(alignment: ImportedAlignment, metas: Record<Lang, ArticleMeta>): Record<Lang, ArticleVersion> {
  const blocks: Record<Lang, Block[]> = { nb: [], en: [] };
  const cursor: Record<Lang, number> = { nb: 0, en: 0 };
  for (const link of alignment.links) {
    for (const lang of LANGS) {
      const segment = alignment.sentences[lang].slice(cursor[lang], cursor[lang] + link[lang]).join(' ');
      cursor[lang] += link[lang];
      const current = blocks[lang].at(-1);
      if (link.block !== undefined || current === undefined) blocks[lang].push({ kind: link.block ?? 'paragraph', segments: [segment] });
      else current.segments.push(segment);
    }
  }
  const version = (lang: Lang): ArticleVersion => ({
    meta: metas[lang],
    blocks: blocks[lang],
    blockLines: blocks[lang].map(() => 0),
    words: countWords(metas[lang].title) + wordsIn(alignment.sentences[lang]),
  });
  return { nb: version('nb'), en: version('en') };
}

// Word counts by sentence list. A fix changes only the links, never the sentences, and storing an import or a fix
// derives the text twice: counting a book's words each time was the longest task on the page (0.4 s for 440 KB).
const wordCounts = new WeakMap<readonly string[], number>();

function wordsIn(sentences: readonly string[]): number {
  let count = wordCounts.get(sentences);
  if (count === undefined) {
    count = sentences.reduce((sum, s) => sum + countWords(s), 0);
    wordCounts.set(sentences, count);
  }
  return count;
}

/** Where each link's sentences start on each side. */
export function linkStarts(alignment: ImportedAlignment): Record<Lang, number>[] {
  const starts: Record<Lang, number>[] = [];
  const cursor = { nb: 0, en: 0 };
  for (const link of alignment.links) {
    starts.push({ ...cursor });
    cursor.nb += link.nb;
    cursor.en += link.en;
  }
  return starts;
}

/** The link shown as segment `seg` of block `block` in the reader, or -1. */
export function linkIndexOf(alignment: ImportedAlignment, block: number, seg: number): number {
  let b = -1;
  let s = 0;
  for (const [k, link] of alignment.links.entries()) {
    if (link.block !== undefined || b < 0) {
      b++;
      s = 0;
    } else s++;
    if (b === block && s === seg) return k;
  }
  return -1;
}

/** Checks the invariants a stored or restored alignment must hold; the problem in words for developers, or null. */
export function alignmentProblem(alignment: ImportedAlignment): string | null {
  const { links, sentences } = alignment;
  if (links.length === 0) return 'no links';
  if (links[0]?.block === undefined) return 'the first link does not start a block';
  for (const [k, link] of links.entries()) {
    if (!LANGS.every((lang) => Number.isInteger(link[lang]) && link[lang] >= 0)) return `link ${k} has a bad count`;
    if (link.nb + link.en === 0) return `link ${k} is empty`;
  }
  for (const lang of LANGS) {
    const total = links.reduce((sum, link) => sum + link[lang], 0);
    if (total !== sentences[lang].length) return `${lang}: links cover ${total} of ${sentences[lang].length} sentences`;
  }
  return null;
}

/** Joins link k with the next one (both sides); joining across blocks joins the blocks. */
export function joinWithNext(alignment: ImportedAlignment, k: number): ImportedAlignment | null {
  const link = alignment.links[k];
  const next = alignment.links[k + 1];
  if (!link || !next) return null;
  const joined: PairLink = { ...link, nb: link.nb + next.nb, en: link.en + next.en };
  return withLinks(alignment, [...alignment.links.slice(0, k), joined, ...alignment.links.slice(k + 2)]);
}

/**
 * Splits link k after its `at`-th sentence on `lang`'s side. The other side is cut where its share of the
 * characters comes closest to the first part's share, which is where the translation most likely breaks too;
 * the learner can move that boundary if it is wrong.
 */
export function splitLink(alignment: ImportedAlignment, k: number, lang: Lang, at: number): ImportedAlignment | null {
  const link = alignment.links[k];
  if (!link || at <= 0 || at >= link[lang]) return null;
  const other = otherLang(lang);
  const starts = linkStarts(alignment)[k] ?? { nb: 0, en: 0 };
  const lengths = (side: Lang) => alignment.sentences[side].slice(starts[side], starts[side] + link[side]).map((s) => s.length);
  const share = prefixShares(lengths(lang))[at] ?? 0;
  const otherShares = prefixShares(lengths(other));
  let best = 0;
  for (const [j, s] of otherShares.entries()) if (Math.abs(s - share) < Math.abs((otherShares[best] ?? 0) - share)) best = j;
  const first: PairLink = { ...link, [lang]: at, [other]: best };
  const second: PairLink = { nb: 0, en: 0, [lang]: link[lang] - at, [other]: link[other] - best };
  return withLinks(alignment, [...alignment.links.slice(0, k), first, second, ...alignment.links.slice(k + 1)]);
}

function prefixShares(lengths: readonly number[]): number[] {
  const total = lengths.reduce((a, b) => a + b, 0) || 1;
  const shares = [0];
  let sum = 0;
  for (const length of lengths) shares.push((sum += length) / total);
  return shares;
}

/**
 * Moves the boundary between link k and link k+1 on one side by one sentence: 'down' gives link k the next
 * link's first sentence, 'up' hands link k's last sentence to the next link. A link left with no sentence on
 * either side disappears; if it started a block, the link after it starts that block instead.
 */
export function moveBoundary(alignment: ImportedAlignment, k: number, lang: Lang, direction: 'up' | 'down'): ImportedAlignment | null {
  const link = alignment.links[k];
  const next = alignment.links[k + 1];
  if (!link || !next) return null;
  const giver = direction === 'down' ? next : link;
  if (giver[lang] === 0) return null;
  const shift = direction === 'down' ? 1 : -1;
  const moved = [{ ...link, [lang]: link[lang] + shift }, { ...next, [lang]: next[lang] - shift }];
  return withLinks(alignment, [...alignment.links.slice(0, k), ...moved, ...alignment.links.slice(k + 2)]);
}

function withLinks(alignment: ImportedAlignment, links: PairLink[]): ImportedAlignment {
  const kept: PairLink[] = [];
  let pendingBlock: PairLink['block'];
  for (const link of links) {
    if (link.nb + link.en === 0) {
      pendingBlock ??= link.block;
      continue;
    }
    const block = link.block ?? pendingBlock ?? (kept.length === 0 ? 'paragraph' : undefined);
    pendingBlock = undefined;
    const { block: _drop, ...counts } = link;
    kept.push(block === undefined ? counts : { ...counts, block });
  }
  return { sentences: alignment.sentences, links: kept };
}
