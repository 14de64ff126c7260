// The popup on a glossary term: both terms, the kind, the definition in the UI language, the other one a click away.
import { autoUpdate, flip, inline, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../core/glossary/entry';
import { isLang, otherLang } from '../../core/lang';

export const POPUP_ID = 'glossary-popup';
const EDGE_PADDING = 8;

interface Props {
  entry: GlossaryEntry;
  anchor: HTMLElement;
  /** Keyboard and click opens move focus into the popup; hover leaves it where it is. */
  takeFocus: boolean;
  onClose: (returnFocus: boolean) => void;
  onPointerEnter: () => void;
  onPointerLeave: (event: PointerEvent) => void;
}

export function TermPopup({ entry, anchor, takeFocus, onClose, onPointerEnter, onPointerLeave }: Props) {
  const { t, i18n } = useTranslation();
  const [showOther, setShowOther] = useState(false);
  const { refs, floatingStyles } = useFloating({
    elements: { reference: anchor },
    placement: 'bottom-start',
    whileElementsMounted: autoUpdate,
    // inline(): a term wrapped over two lines anchors to the line the pointer is on; flip and shift keep the popup
    // inside the viewport and off the term; size caps its width on a narrow phone.
    middleware: [
      inline(),
      offset(6),
      flip({ padding: EDGE_PADDING }),
      shift({ padding: EDGE_PADDING }),
      size({
        padding: EDGE_PADDING,
        apply({ availableWidth, elements }) {
          elements.floating.style.maxWidth = `${Math.min(352, Math.max(200, availableWidth))}px`;
        },
      }),
    ],
  });

  const ui = isLang(i18n.language) ? i18n.language : 'en';
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
        if (node && takeFocus && !node.contains(document.activeElement)) node.focus();
      }}
      id={POPUP_ID}
      className="term-popup"
      role="dialog"
      aria-label={t('glossary.popupLabel', { term: entry.terms[ui][0] ?? '' })}
      tabIndex={-1}
      style={floatingStyles}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="term-popup-kind">{t(`glossary.kind.${entry.kind}`)}</p>
      <p className="term-popup-terms">
        <span lang="nb">{entry.terms.nb[0]}</span>
         {' · '}
        <span lang="en">{entry.terms.en[0]}</span>
      </p>
      <p lang={ui}>{entry.definitions[ui]}</p>
      {showOther && <p lang={other}>{entry.definitions[other]}</p>}
      <div className="term-popup-actions">
        <button type="button" aria-expanded={showOther} onClick={() => setShowOther(!showOther)}>
          {t(other === 'nb' ? 'glossary.showNb' : 'glossary.showEn')}
        </button>
        <button type="button" onClick={() => onClose(true)}>
          {t('glossary.close')}
        </button>
      </div>
    </div>
  );
}
