// Any word in either pane answers: a tap, a click, or the keyboard (W/B step through the words of the focused sentence,
// Enter opens) opens the word's popup. All but these few handlers load after the panes have painted, with the dictionary.
import { useCallback, useContext, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { AddTermContext } from '../../components/readerSlots';
import { useSettled } from '../../components/whenSettled';
import type * as WordPopupModule from './WordPopup';
import type { OpenWord } from './openWord';
import type { WordTarget } from './wordTarget';
import './lookup.css';

type PopupModule = typeof WordPopupModule;
/** What the learner asked for: the word at a point, or the next or previous word of a sentence. */
type Pending = { kind: 'point'; x: number; y: number } | { kind: 'key'; element: HTMLElement; key: 'w' | 'b' };

/** Clicks on these keep their own meaning: controls, links, glossary marks (they have their own popup). */
const NOT_A_WORD = 'button, a, input, textarea, select, [role="button"], .term';

let loading: Promise<PopupModule> | undefined;
/** The popup's module, loaded once (it starts the dictionary worker as it arrives). */
const loadPopup = () => (loading ??= import('./WordPopup').then((module) => (void module.warm(), module)));

/** The module once loaded: fetched once the reader's start-up has settled, or at once on first use. */
function usePopupModule(): [PopupModule | undefined, () => Promise<PopupModule>] {
  const [module, setModule] = useState<PopupModule>();
  const load = useCallback(() => loadPopup().then((loaded) => (setModule(loaded), loaded)), []);
  const settled = useSettled();
  useEffect(() => {
    if (settled) void load();
  }, [settled, load]);
  return [module, load];
}

export function LookupLayer({ children }: { children: ReactNode }) {
  const addTerm = useContext(AddTermContext);
  const [open, setOpen] = useState<OpenWord | null>(null);
  const [popup, load] = usePopupModule();
  /** The keyboard's current word, in the focused sentence. */
  const current = useRef<WordTarget | null>(null);
  const [announced, setAnnounced] = useState('');

  const act = useCallback((module: PopupModule, action: Pending) => {
    if (action.kind === 'point') {
      const target = module.targetAtPoint(action.x, action.y);
      if (target) void module.openWord(target).then((word) => word && setOpen(word));
      return;
    }
    current.current = module.stepFrom(action.element, current.current, action.key);
    setAnnounced(current.current?.word ?? '');
  }, []);
  const request = (action: Pending) => void load().then((module) => act(module, action));

  const onClick = (event: MouseEvent) => {
    const element = event.target instanceof Element ? event.target : null;
    // A double click selects a word to add; dragging out a selection is not a tap on a word.
    if (!element?.closest('[data-pane]') || element.closest(NOT_A_WORD) || event.detail > 1 || !window.getSelection()?.isCollapsed) return;
    request({ kind: 'point', x: event.clientX, y: event.clientY });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const element = event.target instanceof HTMLElement && event.target.matches('[data-pane] [data-seg]') ? event.target : undefined;
    if (!element || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'enter' && current.current?.sentence === element) {
      event.preventDefault();
      void popup?.openWord(current.current).then((word) => word && setOpen(word));
    } else if (key === 'w' || key === 'b') {
      event.preventDefault();
      request({ kind: 'key', element, key });
    }
  };

  // Focus leaving the sentence (not into the popup) drops its current word.
  const onBlur = () => {
    if (open || !current.current) return;
    current.current = null;
    popup?.unlightWord();
  };

  const close = useCallback((returnFocus: boolean) => {
    setOpen((target) => {
      if (target && returnFocus) target.sentence.focus();
      return null;
    });
  }, []);

  return (
    <div className="lookup-layer" onClick={onClick} onKeyDown={onKeyDown} onBlur={onBlur}>
      {children}
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      {open && popup && (
        <popup.WordPopup
          key={`${open.key}:${open.lang}:${open.span.start}`}
          target={open}
          onClose={close}
          onAdd={addTerm && ((lemma, counterpart) => (close(false), addTerm({ lang: open.lang, text: lemma, segKey: open.key, ...(counterpart ? { counterpart } : {}) })))}
        />
      )}
    </div>
  );
}
