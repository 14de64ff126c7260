// Reads the hand-annotated word links (eval/counterpart/annotations.txt) into sentence pairs with gold links by word index.
import { wordSpans } from '../text/words.ts';
import type { Lang } from '../lang.ts';
import type { SentencePair, Span } from './types.ts';

/** A gold link: word indices on each side (wordSpans order); sure links must be found, possible ones may be. */
export interface GoldLink {
  nb: number[];
  en: number[];
  sure: boolean;
}

export interface EvalPair {
  /** "<package> <entry>", as in the annotation file. */
  source: string;
  pair: SentencePair;
  links: GoldLink[];
  split: 'dev' | 'test';
}

export class AnnotationError extends Error {}

// A word reference in a link: the word as written, with #n for its n-th occurrence in the sentence.
function resolveWord(reference: string, text: string, words: readonly Span[], where: string): number {
  const match = /^(.+?)(?:#(\d+))?$/u.exec(reference);
  const word = match?.[1] ?? reference;
  const occurrence = Number(match?.[2] ?? '1');
  let seen = 0;
  for (const [index, span] of words.entries()) {
    if (text.slice(span.start, span.end) === word && ++seen === occurrence) return index;
  }
  throw new AnnotationError(`${where}: no word "${reference}" in "${text}"`);
}

function parseLinks(line: string, pair: SentencePair, where: string): GoldLink[] {
  const words: Record<Lang, Span[]> = { nb: wordSpans(pair.nb), en: wordSpans(pair.en) };
  return line
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const sure = !part.startsWith('?');
      const [nbSide, enSide, extra] = part.replace(/^\?/u, '').split('=');
      if (nbSide === undefined || enSide === undefined || extra !== undefined) throw new AnnotationError(`${where}: link "${part}" is not nb=en`);
      return {
        nb: nbSide.split('+').map((word) => resolveWord(word, pair.nb, words.nb, where)),
        en: enSide.split('+').map((word) => resolveWord(word, pair.en, words.en, where)),
        sure,
      };
    });
}

/** Parses the annotation file; pairs alternate between the dev half (1st, 3rd, …) and the held-out test half. */
export function parseAnnotations(text: string): EvalPair[] {
  const pairs: EvalPair[] = [];
  const blocks = text.split(/\n\s*\n/u).map((block) => block.split('\n').filter((line) => !line.startsWith('#') && line.trim() !== ''));
  for (const lines of blocks) {
    if (lines.length === 0) continue;
    const field = (prefix: string) => lines.find((line) => line.startsWith(prefix))?.slice(prefix.length).trim();
    const source = field('@ ');
    const nb = field('nb: ');
    const en = field('en: ');
    const links = field('= ');
    if (source === undefined || nb === undefined || en === undefined || links === undefined) {
      throw new AnnotationError(`block "${lines[0] ?? ''}" lacks one of @, nb:, en:, =`);
    }
    const pair = { nb, en };
    pairs.push({ source, pair, links: parseLinks(links, pair, source), split: pairs.length % 2 === 0 ? 'dev' : 'test' });
  }
  return pairs;
}
