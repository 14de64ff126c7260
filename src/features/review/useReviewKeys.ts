// Review keys on the whole page: Space reveals, 1–4 grade, U undoes; typing in a form field or pressing a focused button is left alone.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Grade } from '../../core/review/card';

interface Handlers {
  onReveal: (() => void) | undefined;
  onGrade: ((grade: Grade) => void) | undefined;
  onUndo: () => void;
}

const FIELD = 'input, select, textarea, [contenteditable="true"]';

export function useReviewKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  // Before paint, so a key pressed as soon as a card or its grade buttons appear already reaches their handlers.
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(FIELD)) return;
      const { onReveal, onGrade, onUndo } = latest.current;
      if (event.key === ' ') {
        // Space on a focused button presses that button; elsewhere it reveals the answer instead of scrolling.
        if (target?.closest('button, a, summary') || !onReveal) return;
        event.preventDefault();
        onReveal();
      } else if (['1', '2', '3', '4'].includes(event.key) && onGrade) {
        event.preventDefault();
        onGrade(Number(event.key) as Grade);
      } else if (event.key === 'u' || event.key === 'U') {
        event.preventDefault();
        onUndo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
