// Opening and closing term popups: hover (with delays, no flicker crossing to the popup), click or tap, Enter or Space, Escape.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Lang } from '../../core/lang';
import { TERM_CLASS } from './termClass';

/** Long enough that a pointer passing over a term does not open it. */
const HOVER_OPEN_MS = 300;
/** Long enough to cross the gap from the term to its popup without it closing. */
const HOVER_CLOSE_MS = 250;
export const POPUP_ID = 'glossary-popup';

export interface OpenTerm {
  entryId: string;
  anchor: HTMLElement;
  lang: Lang;
  block: string;
  mode: 'hover' | 'click' | 'keyboard';
}

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(`.${TERM_CLASS}`) : null);
const hasSelection = () => Boolean(window.getSelection()?.toString());
export const popupContains = (node: Node | null) => (node ? (document.getElementById(POPUP_ID)?.contains(node) ?? false) : false);

export function useTermPopup() {
  const [open, setOpen] = useState<OpenTerm | null>(null);
  const openTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Pressed in since it opened: a hover popup the learner is using no longer closes when the pointer leaves. */
  const used = useRef(false);

  const close = useCallback((returnFocus: boolean) => {
    setOpen((current) => {
      if (current && returnFocus) current.anchor.focus();
      return null;
    });
  }, []);

  const show = (anchor: HTMLElement, mode: OpenTerm['mode']) => {
    const entryId = anchor.dataset.entry;
    const lang = anchor.closest<HTMLElement>('[data-pane]')?.dataset.pane;
    const block = anchor.closest<HTMLElement>('[data-block]')?.dataset.block;
    if (!entryId || (lang !== 'nb' && lang !== 'en') || block === undefined) return;
    clearTimeout(openTimer.current);
    clearTimeout(closeTimer.current);
    used.current = false;
    setOpen({ entryId, anchor, lang, block, mode });
  };
  const keepOpen = () => clearTimeout(closeTimer.current);
  const closeSoonIfHovered = () => {
    clearTimeout(closeTimer.current);
    if (used.current) return;
    closeTimer.current = setTimeout(() => setOpen((current) => (current?.mode === 'hover' ? null : current)), HOVER_CLOSE_MS);
  };
  const leftForOutside = (event: PointerEvent) => {
    const to = event.relatedTarget;
    return !(to instanceof Node && (open?.anchor.contains(to) || popupContains(to)));
  };

  const handlers = {
    onPointerOver(event: PointerEvent) {
      const term = termOf(event.target);
      // A pointer dragging out a selection is picking text: a popup would only get in the way.
      if (!term || event.buttons !== 0) return;
      keepOpen();
      if (open?.anchor === term) return;
      clearTimeout(openTimer.current);
      openTimer.current = setTimeout(() => !hasSelection() && show(term, 'hover'), HOVER_OPEN_MS);
    },
    onPointerDown(event: PointerEvent) {
      // Pressing a term means clicking or selecting: the click decides. A hover popup (open, or about to open) gives
      // way, so that it does not sit over the words being selected; a click reopens it in click mode. (The popup
      // itself is rendered inside this layer, so presses in it arrive here too and must be left alone.)
      if (!termOf(event.target)) return;
      clearTimeout(openTimer.current);
      setOpen((current) => (current?.mode === 'hover' ? null : current));
    },
    onPointerOut(event: PointerEvent) {
      const term = termOf(event.target);
      if (!term || (event.relatedTarget instanceof Node && term.contains(event.relatedTarget))) return;
      clearTimeout(openTimer.current);
      if (leftForOutside(event)) closeSoonIfHovered();
    },
    onMouseDown(event: { target: EventTarget | null; detail: number; preventDefault: () => void }) {
      // A double-click on a term means "open it": without this, the browser would also select the word, and the
      // selection would offer "Add to glossary" over the popup.
      if (event.detail > 1 && termOf(event.target)) event.preventDefault();
    },
    onClick(event: { target: EventTarget | null }) {
      const term = termOf(event.target);
      // A click that ends a text selection is picking text, not opening a popup.
      if (term && !hasSelection()) show(term, 'click');
    },
    onKeyDown(event: KeyboardEvent) {
      const term = termOf(event.target);
      if (term && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault(); // Space would scroll the page
        show(term, 'keyboard');
      } else if (event.key === 'Escape' && open) {
        close(true);
      }
    },
  };
  const popupHandlers = {
    onPointerEnter: keepOpen,
    onPointerLeave: (event: PointerEvent) => leftForOutside(event) && closeSoonIfHovered(),
    // A press inside a hover popup means the learner is using it: it stays open as a clicked one would (until Close,
    // Escape or a click elsewhere takes the focus away), even when it grows, flips above its term and leaves the
    // pointer outside. A ref, not state: a render in the middle of the press would reposition the popup under it.
    onPointerDown: () => {
      used.current = true;
      clearTimeout(closeTimer.current);
    },
  };

  // Timers must not fire into an unmounted reader.
  useEffect(
    () => () => {
      clearTimeout(openTimer.current);
      clearTimeout(closeTimer.current);
    },
    [],
  );

  return { open, setOpen, close, handlers, popupHandlers };
}
