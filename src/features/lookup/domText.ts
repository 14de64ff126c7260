// Between the panes' DOM and sentence offsets: which sentence and offset a tap lands on, and a Range for a span of a sentence.
import type { SentencePair } from '../../core/counterpart/types';
import { isLang, type Lang } from '../../core/lang';

export interface SentencePlace {
  /** The sentence element (it carries data-seg) and its pane's language. */
  element: HTMLElement;
  key: string;
  lang: Lang;
}

export interface TextPoint {
  node: Node;
  offset: number;
}

/** The text position under a point: caretPositionFromPoint where the browser has it, else WebKit's caretRangeFromPoint. */
export function textPointAt(x: number, y: number): TextPoint | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function sentenceOf(node: Node | null): SentencePlace | undefined {
  const element = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-seg]');
  const lang = element?.closest<HTMLElement>('[data-pane]')?.dataset.pane;
  const key = element?.dataset.seg;
  return element && key && isLang(lang) ? { element, key, lang } : undefined;
}

/** The offset of a text position within a sentence element's text (its textContent), counting every text node before it. */
export function offsetIn(element: HTMLElement, point: TextPoint): number | undefined {
  if (!element.contains(point.node)) return undefined;
  if (point.node.nodeType !== Node.TEXT_NODE) {
    // A caret between elements: count the text of the children before it.
    const range = document.createRange();
    range.setStart(element, 0);
    range.setEnd(point.node, point.offset);
    return range.toString().length;
  }
  let offset = 0;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === point.node) return offset + point.offset;
    offset += node.textContent?.length ?? 0;
  }
  return undefined;
}

/** A Range over text.slice(start, end) of a sentence element, across the marks that may split its text. */
export function rangeOf(element: HTMLElement, start: number, end: number): Range | undefined {
  const range = document.createRange();
  let offset = 0;
  let started = false;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}

/** The same sentence in the other pane. */
export function counterpartElement(place: SentencePlace, other: Lang): HTMLElement | undefined {
  const root = place.element.closest('.parallel');
  return root?.querySelector<HTMLElement>(`[data-pane="${other}"] [data-seg="${CSS.escape(place.key)}"]`) ?? undefined;
}

/**
 * Every sentence pair of an article's panes, the sentences on screen first, then those after them, then those before
 * (the order a reader is likeliest to tap them in). Texts as rendered, as a tap reads them.
 */
export function sentencePairsIn(root: Element): SentencePair[] {
  const english = new Map<string, string>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-pane="en"] [data-seg]')) english.set(element.dataset.seg ?? '', element.textContent ?? '');
  const bokmal = [...root.querySelectorAll<HTMLElement>('[data-pane="nb"] [data-seg]')];
  const onScreen = Math.max(0, bokmal.findIndex((element) => element.getBoundingClientRect().bottom > 0));
  return [...bokmal.slice(onScreen), ...bokmal.slice(0, onScreen)].flatMap((element) => {
    const en = english.get(element.dataset.seg ?? '');
    return en === undefined ? [] : [{ nb: element.textContent ?? '', en }];
  });
}
