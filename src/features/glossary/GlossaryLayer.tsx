// The glossary in the reader: marks terms through the reader's slots and drives their popups, the switch and the terms panel.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { ReaderSlotsContext, SegmentRendererContext, type ReaderSlots, type RenderSegment } from '../../components/readerSlots';
import type { Lang } from '../../core/lang';
import { db } from '../../db/db';
import { useArticle, useGlossaryEntries, useSettings } from '../../db/hooks';
import { setSetting } from '../../db/settings';
import type * as Engine from './engine';
import { GlossaryPanel, GlossaryPanelButton, GlossarySwitch } from './GlossaryControls';
import { renderMarks, TERM_CLASS } from './renderMarks';
import { termsInArticle } from './termsInArticle';
import './glossary.css';

/** Long enough that a pointer passing over a term does not open it. */
const HOVER_OPEN_MS = 300;
/** Long enough to cross the gap from the term to its popup without it closing. */
const HOVER_CLOSE_MS = 250;
const FLASH_MS = 2000;

interface OpenTerm {
  entryId: string;
  anchor: HTMLElement;
  lang: Lang;
  block: string;
  mode: 'hover' | 'click' | 'keyboard';
}

function useEngine(enabled: boolean): typeof Engine | undefined {
  const [engine, setEngine] = useState<typeof Engine>();
  useEffect(() => {
    if (!enabled || engine) return;
    let live = true;
    void import('./engine').then((module) => live && setEngine(module));
    return () => {
      live = false;
    };
  }, [enabled, engine]);
  return engine;
}

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(`.${TERM_CLASS}`) : null);
const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function GlossaryLayer({ articleId, children }: { articleId: string; children: ReactNode }) {
  const settings = useSettings();
  const entries = useGlossaryEntries();
  const article = useArticle(articleId);
  const on = settings?.glossaryOn ?? true;
  const engine = useEngine(on);
  const root = useRef<HTMLDivElement>(null);
  const openTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [open, setOpen] = useState<OpenTerm | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);

  const findTerms = useMemo(() => (engine && entries ? engine.createFindTerms(entries) : undefined), [engine, entries]);
  const byId = useMemo(() => new Map(entries?.map((entry) => [entry.id, entry])), [entries]);
  const found = useMemo(
    () => (article && findTerms ? termsInArticle(article.text.versions, findTerms).flatMap((id) => byId.get(id) ?? []) : []),
    [article, findTerms, byId],
  );

  const toggle = useCallback(() => {
    setOpen(null);
    void setSetting(db, 'glossaryOn', !on);
  }, [on]);

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
    setOpen({ entryId, anchor, lang, block, mode });
  };
  const keepOpen = () => clearTimeout(closeTimer.current);
  const closeSoonIfHovered = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setOpen((current) => (current?.mode === 'hover' ? null : current)), HOVER_CLOSE_MS);
  };
  const leftForOutside = (event: PointerEvent) => {
    const to = event.relatedTarget;
    return !(to instanceof Node && (open?.anchor.contains(to) || document.getElementById('glossary-popup')?.contains(to)));
  };

  const onPointerOver = (event: PointerEvent) => {
    const term = termOf(event.target);
    if (!term) return;
    keepOpen();
    if (open?.anchor === term) return;
    clearTimeout(openTimer.current);
    openTimer.current = setTimeout(() => show(term, 'hover'), HOVER_OPEN_MS);
  };
  const onPointerOut = (event: PointerEvent) => {
    const term = termOf(event.target);
    if (!term || (event.relatedTarget instanceof Node && term.contains(event.relatedTarget))) return;
    clearTimeout(openTimer.current);
    if (leftForOutside(event)) closeSoonIfHovered();
  };
  const onClick = (event: { target: EventTarget | null }) => {
    const term = termOf(event.target);
    if (term) show(term, 'click');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const term = termOf(event.target);
    if (term && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault(); // Space would scroll the page
      show(term, 'keyboard');
    } else if (event.key === 'Escape' && open) {
      close(true);
    }
  };

  // Timers must not fire into an unmounted reader.
  useEffect(
    () => () => {
      clearTimeout(openTimer.current);
      clearTimeout(closeTimer.current);
    },
    [],
  );

  // The keyboard shortcut: G turns the glossary on and off, except while typing.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'g' || event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
      toggle();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toggle]);

  // While a popup is open: its term says so, and the same entry is highlighted in the counterpart paragraph.
  useEffect(() => {
    if (!open) return;
    const { anchor, entryId, lang, block } = open;
    const other = lang === 'nb' ? 'en' : 'nb';
    const counterparts = [...(root.current?.querySelectorAll<HTMLElement>(`[data-pane="${other}"] [data-block="${block}"] .${TERM_CLASS}[data-entry="${CSS.escape(entryId)}"]`) ?? [])];
    anchor.setAttribute('aria-expanded', 'true');
    anchor.setAttribute('aria-controls', 'glossary-popup');
    anchor.classList.add('is-open');
    counterparts.forEach((el) => el.classList.add('is-counterpart'));
    const onOutside = (event: globalThis.PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || anchor.contains(target) || document.getElementById('glossary-popup')?.contains(target)) return;
      // Focus goes back to the term only when it was in the popup; a click elsewhere keeps what it clicked.
      const focusInPopup = document.getElementById('glossary-popup')?.contains(document.activeElement) ?? false;
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
  }, [open, close]);

  const goToTerm = useCallback((entryId: string) => {
    const first = root.current?.querySelector<HTMLElement>(`.pane-1 .${TERM_CLASS}[data-entry="${CSS.escape(entryId)}"]`);
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
    first.classList.add('is-flash');
    setTimeout(() => first.classList.remove('is-flash'), FLASH_MS);
  }, []);

  const renderSegment = useMemo<RenderSegment | undefined>(
    () => (on && findTerms ? (text, place) => renderMarks(text, findTerms(text, place.lang)) : undefined),
    [on, findTerms],
  );
  // The benchmark reads this mark: the first frame in which the article's terms are marked.
  useEffect(() => {
    if (!renderSegment) return;
    const frame = requestAnimationFrame(() => performance.mark('tolk:marks-painted'));
    return () => cancelAnimationFrame(frame);
  }, [renderSegment]);

  const openEntry = open ? byId.get(open.entryId) : undefined;
  const slots: ReaderSlots = {
    toolbar: (
      <>
        <GlossarySwitch on={on} onToggle={toggle} />
        {on && <GlossaryPanelButton count={found.length} expanded={panelOpen} onToggle={() => setPanelOpen(!panelOpen)} />}
      </>
    ),
    panel: on && panelOpen ? <GlossaryPanel entries={found} onChoose={goToTerm} /> : null,
    overlay:
      open && openEntry && engine ? (
        <engine.TermPopup
          key={`${open.entryId}:${open.block}:${open.lang}`}
          entry={openEntry}
          anchor={open.anchor}
          takeFocus={open.mode !== 'hover'}
          onClose={close}
          onPointerEnter={keepOpen}
          onPointerLeave={(event) => leftForOutside(event) && closeSoonIfHovered()}
        />
      ) : null,
  };

  return (
    <ReaderSlotsContext.Provider value={slots}>
      <SegmentRendererContext.Provider value={renderSegment}>
        <div ref={root} className="glossary-layer" onPointerOver={onPointerOver} onPointerOut={onPointerOut} onClick={onClick} onKeyDown={onKeyDown}>
          {children}
        </div>
      </SegmentRendererContext.Provider>
    </ReaderSlotsContext.Provider>
  );
}
