// The list of terms on My glossary, windowed with @tanstack/react-virtual: beyond fifty terms, only the rows
// on screen (and a few either side) are in the page, so 50,000 terms list and filter as fast as 50. The page scrolls as usual (the window is the
// scroller); each row is measured as it renders, so rows of any height (a note, a sentence, an open edit form) fit.
//
// Screen readers still hear a list of all the terms: each row says its place and the count (aria-posinset/setsize).
// Tab moves through the rows' buttons as ever: the rows just below and above the screen are rendered, and focusing
// one scrolls it into view, which renders the next. A row with focus or an open edit form stays in the page when it
// scrolls out of view, so focus and typing are never lost.
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { withKeptRows } from './listWindow';

/** Space between rows in pixels (the list's 0.75rem at the default font size). */
const ROW_GAP = 12;
/** Rows rendered beyond each edge of the screen, so Tab and Shift+Tab always find the next row's buttons. */
const OVERSCAN = 4;

/** A first guess at a row's height, before it is measured: a term with a sentence pair is about twice as tall. */
const estimateHeight = (term: PersonalTerm | undefined) => (term?.context === undefined ? 150 : 280);

interface Props {
  terms: readonly PersonalTerm[];
  label: string;
  /** Terms kept in the page wherever the list is scrolled: open edit forms, the term an undo is about to focus. */
  keep: ReadonlySet<string>;
  renderTerm: (term: PersonalTerm) => ReactNode;
}

export function TermList({ terms, label, keep, renderTerm }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [focused, setFocused] = useState<string>();
  const [listTop, setListTop] = useState(0);

  // Where the list starts in the page (what lies above it, the find bar, notices, the damaged terms, changes height).
  const measureTop = useCallback(() => {
    const element = list.current;
    if (element) setListTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
  }, []);
  useLayoutEffect(measureTop);
  useLayoutEffect(() => {
    const page = list.current?.parentElement;
    if (!page) return;
    const observer = new ResizeObserver(measureTop);
    observer.observe(page);
    return () => observer.disconnect();
  }, [measureTop]);

  // The focused row comes with its neighbours, so Tab and Shift+Tab from it reach the next and previous rows even when
  // it was scrolled far from the rest of the rendered rows.
  const keptIndexes = useMemo(() => {
    const indexes: number[] = [];
    if (keep.size === 0 && focused === undefined) return indexes;
    terms.forEach((term, index) => {
      if (term.id === focused) indexes.push(index - 1, index, index + 1);
      else if (keep.has(term.id)) indexes.push(index);
    });
    return indexes;
  }, [terms, keep, focused]);
  const rangeExtractor = useCallback((range: Range) => withKeptRows(defaultRangeExtractor(range), keptIndexes, range.count), [keptIndexes]);

  // Stable while the list is the same: the virtualiser lays out every row again when these change.
  const estimateSize = useCallback((index: number) => estimateHeight(terms[index]), [terms]);
  const getItemKey = useCallback((index: number) => terms[index]?.id ?? index, [terms]);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: terms.length,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    gap: ROW_GAP,
    scrollMargin: listTop,
    rangeExtractor,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const index = Number(event.target.closest('li[data-index]')?.getAttribute('data-index'));
    const term = terms[index];
    if (term) setFocused(term.id);
  };
  // Only focus moving elsewhere in the page lets the row go: when the window loses focus (another tab, another app),
  // the row must still be there, with its focus, when the learner comes back.
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setFocused(undefined);
  };

  return (
    <ul ref={list} className="mg-list mg-window" role="list" aria-label={label} style={{ height: virtualizer.getTotalSize() }} onFocus={onFocus} onBlur={onBlur}>
      {virtualizer.getVirtualItems().map((row) => {
        const term = terms[row.index];
        if (!term) return null;
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-setsize={terms.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            {renderTerm(term)}
          </li>
        );
      })}
    </ul>
  );
}
