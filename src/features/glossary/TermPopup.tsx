// The popup on a glossary term: both terms, the kind, the definition in the UI language, the other one a click away.
import { autoUpdate, inline, useFloating } from '@floating-ui/react-dom';
import { useLayoutEffect, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EDGE_PADDING, popupMiddleware } from '../../components/popupPlacement';
import { SpeakButton } from '../../components/SpeakButton';
import type { GlossaryEntry } from '../../core/glossary/entry';
import { isLang, otherLang } from '../../core/lang';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import type { TermStatus } from '../../core/review/card';
import { POPUP_ID } from './useTermPopup';

/** A learner's own term: its note comes first; an editorial entry for the same words is still offered. */
export interface PersonalPopup {
  term: PersonalTerm;
  editorial: GlossaryEntry | undefined;
  /** Its review status, shown in words; the "I know this" button sets or clears "known" without a review. */
  status: TermStatus;
  onToggleKnown: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** Below this width the popup is a sheet along the bottom of the screen, and the sentence is scrolled clear of it. */
const SHEET_QUERY = '(max-width: 599.98px)';

function useSheet(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(SHEET_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(SHEET_QUERY).matches,
  );
}

/** Scrolls the page so that the sentence holding `anchor` stands above a sheet of `sheetHeight` px; room is made below the page. */
function keepSentenceClear(anchor: HTMLElement, sheetHeight: number): () => void {
  const body = document.body;
  const before = body.style.paddingBottom;
  body.style.paddingBottom = `${sheetHeight}px`;
  const sentence = (anchor.closest<HTMLElement>('[data-seg]') ?? anchor).getBoundingClientRect();
  const clearLine = window.innerHeight - sheetHeight - EDGE_PADDING;
  if (sentence.bottom > clearLine) window.scrollBy(0, Math.min(sentence.bottom - clearLine, sentence.top - EDGE_PADDING));
  return () => {
    body.style.paddingBottom = before;
  };
}

interface Props {
  entry: GlossaryEntry;
  personal?: PersonalPopup | undefined;
  anchor: HTMLElement;
  /** The dictionary's section for the marked word, when the reader has one. */
  dictionary?: ReactNode;
  /** Keyboard and click opens move focus into the popup; hover leaves it where it is. */
  takeFocus: boolean;
  onClose: (returnFocus: boolean) => void;
  onPointerEnter: () => void;
  onPointerLeave: (event: PointerEvent) => void;
  onPointerDown: () => void;
}

export function TermPopup({ entry, personal, anchor, dictionary, takeFocus, onClose, onPointerEnter, onPointerLeave, onPointerDown }: Props) {
  const { t, i18n } = useTranslation('glossaryPopup');
  const [showOther, setShowOther] = useState(false);
  const sheet = useSheet();
  const box = useRef<HTMLDivElement | null>(null);
  const { refs, floatingStyles, isPositioned } = useFloating({
    // As a sheet, the popup is placed by CSS, not against its term.
    elements: { reference: sheet ? null : anchor },
    placement: 'bottom-start',
    ...(sheet ? {} : { whileElementsMounted: autoUpdate }),
    // inline(): a term wrapped over two lines anchors to the line the pointer is on.
    middleware: [inline(), ...popupMiddleware(352)],
  });

  useLayoutEffect(() => {
    const node = box.current;
    if (!sheet || !node) return undefined;
    let restore = keepSentenceClear(anchor, node.offsetHeight);
    // The sheet grows after it opens (the dictionary's part arrives, the other definition is shown): the sentence is
    // kept clear of the height it has now, not of the height it opened with.
    const observer = new ResizeObserver(() => {
      restore();
      restore = keepSentenceClear(anchor, node.offsetHeight);
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
      restore();
    };
  }, [sheet, anchor]);

  const ui = isLang(i18n.language) ? i18n.language : 'en';
  // The definition shown: the entry's own, or for a learner's term the editorial entry for the same words (if any).
  const editorial = personal ? personal.editorial : entry;
  const other = otherLang(ui);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose(true);
  };
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && (event.currentTarget.contains(next) || anchor.contains(next))) return;
    onClose(false);
  };

  return (
    <div
      ref={(node) => {
        refs.setFloating(node);
        box.current = node;
        if (node && takeFocus && !node.contains(document.activeElement)) node.focus();
      }}
      id={POPUP_ID}
      className={sheet ? 'term-popup is-sheet' : 'term-popup'}
      role="dialog"
      aria-label={t('glossary.popupLabel', { term: (personal ? personal.term.terms[ui] || personal.term.terms[other] : entry.terms[ui][0]) ?? '' })}
      tabIndex={-1}
      // Hidden until placed: Floating UI positions after the first render, which would flash it at the top left.
      style={sheet ? undefined : { ...floatingStyles, visibility: isPositioned ? 'visible' : 'hidden' }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onPointerDown={onPointerDown}
    >
      {personal ? (
        <>
          <p className="term-popup-kind">{t(`personal.status.${personal.status}`)}</p>
          <p className="term-popup-terms">
            {/* Either side may be empty: the separator stands only between two terms. */}
            {personal.term.terms.nb && <span lang="nb">{personal.term.terms.nb}</span>}
            {personal.term.terms.nb && <SpeakButton text={personal.term.terms.nb} lang="nb" />}
            {personal.term.terms.nb && personal.term.terms.en && ' · '}
            {personal.term.terms.en && <span lang="en">{personal.term.terms.en}</span>}
            {personal.term.terms.en && <SpeakButton text={personal.term.terms.en} lang="en" />}
          </p>
          <p>{personal.term.note || t('personal.noNote')}</p>
          {editorial && (
            <>
              <p className="term-popup-kind">{t('personal.editorialToo')}</p>
              <p lang={ui}>{editorial.definitions[ui]}</p>
              {showOther && <p lang={other}>{editorial.definitions[other]}</p>}
            </>
          )}
        </>
      ) : (
        <>
          <p className="term-popup-kind">{t(`glossary.kind.${entry.kind}`)}</p>
          <p className="term-popup-terms">
            <span lang="nb">{entry.terms.nb[0]}</span> <SpeakButton text={entry.terms.nb[0] ?? ''} lang="nb" />
            {' · '}
            <span lang="en">{entry.terms.en[0]}</span> <SpeakButton text={entry.terms.en[0] ?? ''} lang="en" />
          </p>
          <p lang={ui}>{entry.definitions[ui]}</p>
          {showOther && <p lang={other}>{entry.definitions[other]}</p>}
        </>
      )}
      {dictionary}
      <div className="term-popup-actions">
        {editorial && (
          <button type="button" aria-expanded={showOther} onClick={() => setShowOther(!showOther)}>
            {showOther ? t(other === 'nb' ? 'glossary.hideNb' : 'glossary.hideEn') : t(other === 'nb' ? 'glossary.showNb' : 'glossary.showEn')}
          </button>
        )}
        {personal && (
          <>
            <button type="button" aria-pressed={personal.status === 'known'} onClick={personal.onToggleKnown}>
              {t('personal.iKnowThis')}
            </button>
            <button type="button" onClick={personal.onEdit}>
              {t('personal.edit')}
            </button>
            <button type="button" onClick={personal.onDelete}>
              {t('personal.delete')}
            </button>
          </>
        )}
        <button type="button" onClick={() => onClose(true)}>
          {t('glossary.close')}
        </button>
      </div>
    </div>
  );
}
