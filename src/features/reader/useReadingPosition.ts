// Saves which pair is at the top of the reader as the user scrolls, and scrolls back there when the article is opened again.
import { useEffect, useRef, type RefObject } from 'react';
import { db } from '../../db/db';
import { savePosition } from '../../db/positions';

const SAVE_DELAY_MS = 250;

/** The first block, in the first pane, whose bottom is below the sticky toolbar: what the reader is looking at. */
function topBlock(root: HTMLElement, offset: number): number | undefined {
  const cells = root.querySelectorAll<HTMLElement>('.pane-1 [data-block]');
  for (const cell of cells) {
    if (cell.getBoundingClientRect().bottom > offset + 1) return Number(cell.dataset.block);
  }
  return undefined;
}

/** A sentence to open the article at (from a search result), instead of the saved position. */
export interface OpenTarget {
  key: string;
  lang: 'nb' | 'en';
}

/** `saved` is the saved block (-1: none), read before the panes render; undefined until they do. */
export function useReadingPosition(articleId: string, root: RefObject<HTMLElement | null>, saved: number | undefined, stickyOffset: () => number, target?: OpenTarget) {
  const restored = useRef(false);
  const ready = saved !== undefined;
  const targetKey = target ? `${target.lang}:${target.key}` : undefined;

  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    if (targetKey) {
      const split = targetKey.indexOf(':');
      const [lang, key] = [targetKey.slice(0, split), targetKey.slice(split + 1)];
      // Both come from the URL: escaped, so no value can break the selector (and the page with it).
      const segment = root.current?.querySelector<HTMLElement>(`[data-pane="${CSS.escape(lang)}"] [data-seg="${CSS.escape(key)}"]`);
      // Focus highlights the sentence and its counterpart, and puts the keyboard there.
      segment?.scrollIntoView({ block: 'center' });
      segment?.focus({ preventScroll: true });
      return;
    }
    // The panes rendered the slices around it first.
    if (saved !== undefined && saved >= 0) root.current?.querySelector(`.pane-1 [data-block="${saved}"]`)?.scrollIntoView({ block: 'start' });
  }, [ready, saved, root, targetKey]);

  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: number | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const block = root.current ? topBlock(root.current, stickyOffset()) : undefined;
        if (block === undefined || block === last) return;
        last = block;
        void savePosition(db, articleId, block);
      }, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [articleId, ready, root, stickyOffset]);
}
