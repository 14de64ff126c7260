// A word the learner chose in a pane: where it is (sentence, pane, offsets, a Range for lighting and anchoring) and its sentence pair.
import type { Span, SentencePair } from '../../core/counterpart/types';
import type { Lang } from '../../core/lang';
import { wordAt } from '../../core/text/wordAt';
import { counterpartElement, offsetIn, rangeOf, sentenceOf, textPointAt, type SentencePlace } from './domText';

export interface WordTarget {
  word: string;
  lang: Lang;
  /** The sentence pair key ("block.seg"), the same in both panes. */
  key: string;
  span: Span;
  pair: SentencePair;
  range: Range;
  sentence: HTMLElement;
  counterpart: HTMLElement | undefined;
}

/** The target for a span of a sentence; the pair's texts are read from the panes as rendered (marks add no text). */
export function targetFor(place: SentencePlace, span: Span): WordTarget | undefined {
  const other: Lang = place.lang === 'nb' ? 'en' : 'nb';
  const counterpart = counterpartElement(place, other);
  const text = place.element.textContent ?? '';
  const range = rangeOf(place.element, span.start, span.end);
  if (!range) return undefined;
  const pair = { [place.lang]: text, [other]: counterpart?.textContent ?? '' } as SentencePair;
  return { word: text.slice(span.start, span.end), lang: place.lang, key: place.key, span, pair, range, sentence: place.element, counterpart };
}

/** The word under a tap or click at (x, y), if it is on a word of a sentence. */
export function targetAtPoint(x: number, y: number): WordTarget | undefined {
  const point = textPointAt(x, y);
  const place = point && sentenceOf(point.node);
  const offset = place && point && offsetIn(place.element, point);
  if (!place || offset === undefined) return undefined;
  const span = wordAt(place.element.textContent ?? '', offset);
  const target = span && targetFor(place, span);
  // A caret also lands at the end of a line when the tap is in the empty space after it: only a tap on the word counts.
  return target && [...target.range.getClientRects()].some((rect) => x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP)
    ? target
    : undefined;
}

/** Pixels around a word that still count as on it: a fingertip is wider than a letter. */
const SLOP = 4;
