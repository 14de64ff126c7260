// Writes the reader's snapshot (src/boot paints it before the app starts): the screen of both panes the learner last saw, a limited number of rows.
//
// Loaded after the panes first paint (ReaderPage), so none of it is in the reader's first JavaScript. It writes at
// once, when the scrolling settles, and when the page is hidden or left, so a return finds the rows last on screen.
import { READER_SNAPSHOT_KEY, type PageSnapshot } from '../boot/snapshotFormat';
import { pageSnapshot, saveWhenIdle, storeSnapshot } from './pageSnapshot';

/**
 * At most this many grid rows, and no further than this many screens below the first: the screen, not the article
 * (every row more is style and layout before the copy's first frame; it was a screen and a half).
 */
export const MAX_SNAPSHOT_ROWS = 40;
const SCREENS = 1;
const SETTLE_MS = 1000;
/** The class of the glossary's marks in the text (src/features/glossary). */
const GLOSSARY_MARK = 'term';
/** The class of the room the reader keeps for rows still to come (src/features/reader/ParallelText.tsx): not in the copy. */
const SLICE_GAP = 'slice-gap';

/** A direct child of the first pane: its grid rows and where it is on screen. */
export interface PaneCell {
  row: number;
  span: number;
  top: number;
  bottom: number;
}

/**
 * Pure: the rows to keep, from the first cell whose bottom is below `offset` (the sticky toolbar) to the last that
 * starts within `SCREENS` screens of it, at most MAX_SNAPSHOT_ROWS rows. Cells come in row order.
 */
export function rowWindow(cells: readonly PaneCell[], offset: number, screenHeight: number): { first: number; last: number } | undefined {
  const start = cells.find((cell) => cell.bottom > offset + 1);
  if (!start) return undefined;
  const first = start.row <= 2 ? 1 : start.row; // near the top: the titles too
  let last = first;
  for (const cell of cells) {
    if (cell.row < first || cell.top > start.top + SCREENS * screenHeight) continue;
    const end = cell.row + cell.span - 1;
    if (end - first + 1 > MAX_SNAPSHOT_ROWS) break;
    last = Math.max(last, end);
  }
  return { first, last };
}

/**
 * Pure: a pane child's row properties moved so that row `first` becomes row 1 (stacked on a phone, the panes
 * interleave, so a stacked row moves twice as far); false when the child lies outside the window.
 */
export function shiftRows(attributes: Record<string, string>, first: number, last: number): boolean {
  const row = Number(attributes['--row']);
  if (!Number.isInteger(row) || row < first || row > last) return false;
  const offset = first - 1;
  attributes['--row'] = String(row - offset);
  const stacked = Number(attributes['--stacked-row']);
  if (Number.isInteger(stacked)) attributes['--stacked-row'] = String(stacked - 2 * offset);
  return true;
}

const rowOf = (element: Element, name: string, fallback: number) => {
  const value = Number((element as HTMLElement).style.getPropertyValue(name));
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/**
 * Pure but for `measure` (a layout read): the cells rowWindow needs, a few dozen, not every row of a long article.
 * Cells come in row order, so their bottoms only grow: the first one below `offset` is found by bisection, and the
 * cells from there (from the top when it is the titles') up to the row limit are measured.
 */
export function cellsNearWindow(count: number, measure: (index: number) => PaneCell, offset: number): PaneCell[] {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (measure(middle).bottom > offset + 1) high = middle;
    else low = middle + 1;
  }
  if (low === count) return [];
  const from = measure(low).row <= 2 ? 0 : low;
  const cells: PaneCell[] = [];
  for (let index = from; index < Math.min(count, low + MAX_SNAPSHOT_ROWS + 1); index++) cells.push(measure(index));
  return cells;
}

/** The reader's rows now on screen as the snapshot of the current path (undefined: not on a reader page). */
function readerSnapshot(): PageSnapshot | undefined {
  const parallel = document.querySelector<HTMLElement>('.reader .parallel');
  const toolbar = document.querySelector('.reader-toolbar');
  if (!parallel || !location.pathname.startsWith('/read/')) return undefined;
  const elements = [...parallel.querySelectorAll(`:scope > .pane-1 > :not(.${SLICE_GAP})`)];
  const measure = (index: number): PaneCell => {
    const element = elements[index] as Element; // cellsNearWindow asks only for indices below the count
    const { top, bottom } = element.getBoundingClientRect();
    return { row: rowOf(element, '--row', 1), span: rowOf(element, '--span', 1), top, bottom };
  };
  const offset = toolbar?.getBoundingClientRect().bottom ?? 0;
  const rows = rowWindow(cellsNearWindow(elements.length, measure, offset), offset, innerHeight);
  if (!rows) return undefined;
  const inPane = (element: HTMLElement) => Boolean(element.parentElement?.dataset.pane);
  return pageSnapshot(location.pathname, {
    unwrap: true,
    // A pane's rows outside the window go unread (a long article has hundreds of them in each pane).
    skip: (element) => {
      if (!inPane(element)) return false;
      const row = rowOf(element, '--row', 0);
      return row < rows.first || row > rows.last;
    },
    visit: (element, attributes) => {
      // The glossary's marks come after the app's first render, which the copy must match (or the text would move
      // when the app takes over): their words stay, as text.
      if (element.classList.contains(GLOSSARY_MARK)) return 'unwrap';
      if (element.classList.contains(SLICE_GAP)) return false;
      if (element === parallel) attributes['--rows'] = String(rows.last - rows.first + 1);
      else if (inPane(element)) return shiftRows(attributes, rows.first, rows.last);
      return true;
    },
  });
}

let listening = false;
/** Scrolled since the last write: leaving the page then writes again; otherwise the stored snapshot is current. */
let scrolled = false;

function save(): void {
  scrolled = false;
  storeSnapshot(READER_SNAPSHOT_KEY, readerSnapshot());
}

/**
 * Writes the snapshot now (when the browser is idle: read in one task, written in the next) and from then on whenever
 * the reader's screen may have changed.
 */
export function keepReaderSnapshot(): void {
  saveWhenIdle(() => {
    scrolled = false;
    const snapshot = readerSnapshot();
    return () => storeSnapshot(READER_SNAPSHOT_KEY, snapshot);
  });
  if (listening) return;
  listening = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('scroll', () => {
    scrolled = true;
    clearTimeout(timer);
    timer = setTimeout(save, SETTLE_MS);
  }, { passive: true });
  // Leaving costs the next page's start nothing unless the screen changed since the last write.
  const leave = () => scrolled && save();
  addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leave());
}
