// Reads the page's text selection as a term to add: which pane and sentence it is in, and the text without surrounding punctuation. Loads with the engine.
import { isLang, type Lang } from '../../core/lang';
import { MAX_TERM_LENGTH } from '../../core/personal/personalTerm';

export interface PickedText {
  range: Range;
  lang: Lang;
  /** The sentence the selection starts in: "block.seg", block -1 for the title. */
  segKey: string;
  text: string;
}

const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
const EDGE_NOISE = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/** The selection, when it lies within one pane of `root` and holds a plausible term; otherwise undefined. */
export function readSelection(root: HTMLElement | null): PickedText | undefined {
  const selection = window.getSelection();
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const start = elementOf(range.startContainer)?.closest<HTMLElement>('[data-seg]');
  const pane = start?.closest<HTMLElement>('[data-pane]');
  const endPane = elementOf(range.endContainer)?.closest<HTMLElement>('[data-pane]');
  const lang = pane?.dataset.pane;
  if (!start || !pane || pane !== endPane || !root.contains(pane) || !isLang(lang)) return undefined;
  const text = selection.toString().replace(/\s+/g, ' ').replace(EDGE_NOISE, '');
  if (!text || [...text].length > MAX_TERM_LENGTH) return undefined;
  return { range: range.cloneRange(), lang, segKey: start.dataset.seg ?? '', text };
}
