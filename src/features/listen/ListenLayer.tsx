// Reading aloud in the reader: a "Listen" button and the P and Space keys; the controls and speech code load on first use.
import { lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReaderSlotsContext, type ReaderSlots } from '../../components/readerSlots';
import { isLang, type Lang } from '../../core/lang';
import type * as ReadingModuleExports from './reading';
import './listen.css';

type ReadingModule = typeof ReadingModuleExports;
let loading: Promise<ReadingModule> | undefined;
const loadReading = () => (loading ??= import('./reading'));
const ListenPanel = lazy(() => import('./ListenPanel'));
const SentencePlay = lazy(() => import('./SentencePlay'));

/** Keys typed into these keep their own meaning. */
const OWN_KEYS = 'button, a, input, textarea, select, [role="button"]';
const PANEL_ID = 'listen-panel';
const SENTENCE = '[data-pane] [data-seg]';

/** The sentence an event happened in, with its key and its pane's language. */
function sentenceAt(target: EventTarget | null): { element: HTMLElement; key: string; lang: Lang } | undefined {
  const element = target instanceof Element ? target.closest<HTMLElement>(SENTENCE) : null;
  const key = element?.dataset.seg;
  const lang = element?.closest<HTMLElement>('[data-pane]')?.dataset.pane;
  return element && key && isLang(lang) ? { element, key, lang } : undefined;
}

export function ListenLayer({ articleId, children }: { articleId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const outer = useContext(ReaderSlotsContext);
  const [open, setOpen] = useState(false);
  /** The sentence the learner was last on: "Read from here" starts there. */
  const lastKey = useRef<string | undefined>(undefined);
  const reading = useRef<ReadingModule | undefined>(undefined);
  /** The sentence pointed at, tapped or focused last: its play control stands beside it. */
  const [current, setCurrent] = useState<{ element: HTMLElement; key: string; lang: Lang }>();

  // Leaving the page, hiding the tab or switching article stops the reading.
  useEffect(() => {
    const stop = () => reading.current?.stop();
    const onVisibility = () => document.visibilityState === 'hidden' && stop();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', stop);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', stop);
      // A new article starts clean: nothing read, no stale message, no control beside a sentence of the old one.
      reading.current?.reset();
      lastKey.current = undefined;
      setCurrent(undefined);
    };
  }, [articleId]);

  /** P and the control beside the sentence do the same: read that one sentence in its pane's language. */
  const playSentence = useCallback((key: string, lang: Lang) => {
    setOpen(true);
    void loadReading().then((module) => {
      reading.current = module;
      void module.readFrom(key, lang, lang);
    });
  }, []);

  const follow = (event: { target: EventTarget | null }, chosen: boolean) => {
    const sentence = sentenceAt(event.target);
    if (!sentence) return;
    if (chosen) lastKey.current = sentence.key;
    setCurrent((before) => (before?.element === sentence.element ? before : sentence));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLElement)) return;
    const sentence = sentenceAt(event.target);
    if (sentence && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      playSentence(sentence.key, sentence.lang);
    } else if (event.key === ' ' && !event.target.closest(OWN_KEYS)) {
      const state = reading.current?.getState().kind;
      if (state !== 'reading' && state !== 'paused') return;
      event.preventDefault();
      reading.current?.togglePause();
    }
  };

  const slots = useMemo<ReaderSlots>(
    () => ({
      ...outer,
      toolbar: (
        <>
          {outer.toolbar}
          <button type="button" aria-expanded={open} aria-controls={PANEL_ID} onClick={() => setOpen(!open)}>
            {t('reader.listen')}
          </button>
        </>
      ),
      panel: (
        <>
          {outer.panel}
          {open && (
            <Suspense fallback={null}>
              <ListenPanel id={PANEL_ID} startKey={() => lastKey.current} onLoaded={(module) => {
                  reading.current = module;
                }} />
            </Suspense>
          )}
        </>
      ),
    }),
    [outer, open, t],
  );

  return (
    <ReaderSlotsContext.Provider value={slots}>
      <div
        className="listen-layer"
        onKeyDown={onKeyDown}
        onFocus={(event) => follow(event, true)}
        onClick={(event) => follow(event, true)}
        onPointerOver={(event) => follow(event, false)}
      >
        {children}
        {current && (
          <Suspense fallback={null}>
            <SentencePlay sentence={current.element} onPlay={() => playSentence(current.key, current.lang)} />
          </Suspense>
        )}
      </div>
    </ReaderSlotsContext.Provider>
  );
}
