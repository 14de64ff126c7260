// The popup for a tapped word: what the dictionary says, the words that translate it in the aligned sentence (lit there too), and adding it.
import { autoUpdate, useFloating } from '@floating-ui/react-dom';
import i18n from 'i18next';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { popupMiddleware } from '../../components/popupPlacement';
import { SpeakButton } from '../../components/SpeakButton';
import { whenAppCached } from '../../components/whenAppCached';
import type { Span } from '../../core/counterpart/types';
import { otherLang } from '../../core/lang';
import { DictionarySection } from './DictionarySection';
import { rangeOf } from './domText';
import { clearLights, light } from './highlights';
import { warmLookup } from './lookupClient';
import { linkArticleAhead, openWord as openTarget, type OpenWord } from './openWord';
import type { WordTarget } from './wordTarget';
import type { LookupAnswer } from './protocol';

/** The popup's UI strings (a language switch loads them again in the new language before it changes a word). */
const loadStrings = (): Promise<void> => i18n.loadNamespaces('lookup');

/**
 * The tapped word with its answer under way (openWord.ts), once the popup's strings are in as well: a popup rendered
 * before them suspended the page's own boundary, which hid the whole reader for a moment and left the page at its top.
 */
export function openWord(target: WordTarget): Promise<OpenWord | null> {
  return Promise.all([openTarget(target), loadStrings().catch(() => undefined)]).then(([word]) => word);
}

/**
 * Starts the dictionary worker and fetches the popup's strings, so that the first tap waits for neither. On a first
 * visit the dictionary waits for the service worker's install (whenAppCached.ts); a tap before then loads it at once.
 */
export function warm(): Promise<boolean> {
  void loadStrings();
  return whenAppCached()
    .then(warmLookup)
    .then((ready) => (linkArticleAhead(document.querySelector('.parallel')), ready));
}
export { targetAtPoint } from './wordTarget';
export { stepFrom, unlightWord } from './wordKeys';

/** Below this width the popup is a sheet at the bottom of the screen, so it never covers the sentence being read. */
const SHEET_QUERY = '(max-width: 599px)';

interface Props {
  target: OpenWord;
  onClose: (returnFocus: boolean) => void;
  /** Opens the add-term form prefilled; absent where the reader has no glossary to add to. */
  onAdd: ((lemma: string, counterpart: Span | undefined) => void) | undefined;
}

/** The counterpart words as a learner reads them: adjacent spans joined, gaps shown as "…". */
function counterpartText(sentence: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return sorted.map((span, i) => (i > 0 && sentence.slice(sorted[i - 1]?.end ?? 0, span.start).trim() ? ' … ' : i > 0 ? ' ' : '') + sentence.slice(span.start, span.end)).join('');
}

export function WordPopup({ target, onClose, onAdd }: Props) {
  const { t } = useTranslation('lookup');
  const [answer, setAnswer] = useState<LookupAnswer | undefined>(target.early);
  const [failed, setFailed] = useState(false);
  const sheet = window.matchMedia(SHEET_QUERY).matches;
  const other = otherLang(target.lang);
  const { refs, floatingStyles, isPositioned } = useFloating({
    elements: { reference: { getBoundingClientRect: () => target.range.getBoundingClientRect(), getClientRects: () => target.range.getClientRects(), contextElement: target.sentence } },
    placement: 'bottom-start',
    strategy: 'fixed',
    whileElementsMounted: (reference, floating, update) => autoUpdate(reference, floating, update, { layoutShift: false }),
    middleware: popupMiddleware(384),
  });

  useEffect(() => {
    let live = true;
    light('tolk-word', [target.range]);
    target.answer
      .then((found) => {
        if (!live) return;
        setAnswer(found);
        const element = target.counterpart;
        light('tolk-counterpart', element ? found.counterparts.flatMap((span) => rangeOf(element, span.start, span.end) ?? []) : []);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      clearLights();
    };
  }, [target]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose(true);
  };
  const here = answer ? counterpartText(target.pair[other], answer.counterparts) : '';
  // The add form takes one run of the other sentence: from the first counterpart word to the last.
  const counterpartRun =
    answer && answer.counterparts.length > 0
      ? { start: Math.min(...answer.counterparts.map((span) => span.start)), end: Math.max(...answer.counterparts.map((span) => span.end)) }
      : undefined;
  const lemma = answer?.lookup.analyses[0]?.lemma ?? target.word;

  return (
    <div
      ref={(node) => {
        refs.setFloating(node);
        if (node && !node.contains(document.activeElement)) node.focus({ preventScroll: true });
      }}
      className={sheet ? 'word-popup is-sheet' : 'word-popup'}
      role="dialog"
      aria-label={t('popupLabel', { word: target.word })}
      tabIndex={-1}
      style={sheet ? undefined : { ...floatingStyles, visibility: isPositioned ? 'visible' : 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <p className="word-popup-word">
        <span lang={target.lang}>{target.word}</span> <SpeakButton text={target.word} lang={target.lang} />
      </p>
      {failed && <p role="alert">{t('failed')}</p>}
      {!answer && !failed && <p role="status">{t('loading')}</p>}
      {answer && (
        <>
          <DictionarySection lookup={answer.lookup} />
          <p className="word-popup-here">
            {here ? (
              <>
                {t('here')} <q lang={other}>{here}</q> <SpeakButton text={here} lang={other} />
              </>
            ) : (
              t('hereNone')
            )}
          </p>
        </>
      )}
      <div className="word-popup-actions">
        {onAdd && answer && (
          <button type="button" onClick={() => onAdd(lemma, counterpartRun)}>
            {t('add')}
          </button>
        )}
        <button type="button" onClick={() => onClose(true)}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
