// While a term's popup is open (loaded with the engine, since only marks open popups): its term says so, the same entry
// is highlighted in the counterpart paragraph, and a click outside closes it.
import { useEffect, type RefObject } from 'react';
import { TERM_CLASS } from './termClass';
import { POPUP_ID, popupContains, type OpenTerm } from './useTermPopup';

export function useOpenTerm(open: OpenTerm | null, close: (returnFocus: boolean) => void, root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!open) return;
    const { anchor, entryId, lang, block } = open;
    const other = lang === 'nb' ? 'en' : 'nb';
    const selector = `[data-pane="${other}"] [data-block="${block}"] .${TERM_CLASS}[data-entry="${CSS.escape(entryId)}"]`;
    const counterparts = [...(root.current?.querySelectorAll<HTMLElement>(selector) ?? [])];
    anchor.setAttribute('aria-expanded', 'true');
    anchor.setAttribute('aria-controls', POPUP_ID);
    anchor.classList.add('is-open');
    counterparts.forEach((el) => el.classList.add('is-counterpart'));
    const onOutside = (event: globalThis.PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || anchor.contains(target) || popupContains(target)) return;
      // Focus goes back to the term only when it was in the popup; a click on another control keeps that control.
      const focusInPopup = popupContains(document.activeElement);
      close(focusInPopup && !(target instanceof HTMLElement && target.closest('button, a, input, select, [tabindex]')));
    };
    document.addEventListener('pointerdown', onOutside);
    return () => {
      document.removeEventListener('pointerdown', onOutside);
      anchor.setAttribute('aria-expanded', 'false');
      anchor.removeAttribute('aria-controls');
      anchor.classList.remove('is-open');
      counterparts.forEach((el) => el.classList.remove('is-counterpart'));
    };
  }, [open, close, root]);

}
