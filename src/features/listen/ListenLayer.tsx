// Reading aloud in the reader: a "Listen" button and the P and Space keys; the controls and speech code load on first use.
import { lazy, Suspense, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReaderSlotsContext, type ReaderSlots } from '../../components/readerSlots';
import { isLang } from '../../core/lang';
import type * as ReadingModuleExports from './reading';
import './listen.css';

type ReadingModule = typeof ReadingModuleExports;
let loading: Promise<ReadingModule> | undefined;
const loadReading = () => (loading ??= import('./reading'));
const ListenPanel = lazy(() => import('./ListenPanel'));

/** Keys typed into these keep their own meaning. */
const OWN_KEYS = 'button, a, input, textarea, select, [role="button"]';
const PANEL_ID = 'listen-panel';

export function ListenLayer({ articleId, children }: { articleId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const outer = useContext(ReaderSlotsContext);
  const [open, setOpen] = useState(false);
  /** The sentence the learner was last on: "Read from here" starts there. */
  const lastKey = useRef<string | undefined>(undefined);
  const reading = useRef<ReadingModule | undefined>(undefined);

  // Leaving the page, hiding the tab or switching article stops the reading.
  useEffect(() => {
    const stop = () => reading.current?.stop();
    const onVisibility = () => document.visibilityState === 'hidden' && stop();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', stop);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, [articleId]);

  const onFocus = (event: { target: EventTarget | null }) => {
    const key = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-pane] [data-seg]')?.dataset.seg : undefined;
    if (key) lastKey.current = key;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLElement)) return;
    const sentence = event.target.matches('[data-pane] [data-seg]') ? event.target : undefined;
    if (sentence && event.key.toLowerCase() === 'p') {
      const lang = sentence.closest<HTMLElement>('[data-pane]')?.dataset.pane;
      const key = sentence.dataset.seg;
      if (!key || !isLang(lang)) return;
      event.preventDefault();
      setOpen(true);
      void loadReading().then((module) => {
        reading.current = module;
        void module.readFrom(key, lang, lang);
      });
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
              <ListenPanel id={PANEL_ID} startKey={() => lastKey.current} onLoaded={(module) => (reading.current = module)} />
            </Suspense>
          )}
        </>
      ),
    }),
    [outer, open, t],
  );

  return (
    <ReaderSlotsContext.Provider value={slots}>
      <div className="listen-layer" onKeyDown={onKeyDown} onFocus={onFocus}>
        {children}
      </div>
    </ReaderSlotsContext.Provider>
  );
}
