// The glossary in the reader: marks editorial and personal terms through the reader's slots, and drives popups,
// the switches, the terms panel, and adding terms from a selection.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AddTermContext, ReaderSlotsContext, SegmentRendererComingContext, SegmentRendererContext, type AddTermRequest, type ReaderSlots, type RenderSegment } from '../../components/readerSlots';
import type { Lang } from '../../core/lang';
import { db } from '../../db/db';
import { useArticle, useGlossaryEntries, useSettings } from '../../db/hooks';
import { useTermStatuses } from '../../db/statusHooks';
import { setSetting } from '../../db/settings';
import type * as Engine from './engine';
import { GlossaryPanelButton, GlossarySwitch, MarkKindSwitches } from './GlossaryControls';
import type { TermDraft } from './TermDialog';
import { useTermPopup } from './useTermPopup';
import './glossary.css';

const loadEngine = () => import('./engine');

function useEngine(enabled: boolean): typeof Engine | undefined {
  const { i18n } = useTranslation();
  const [engine, setEngine] = useState<typeof Engine>();
  useEffect(() => {
    if (!enabled || engine) return;
    let live = true;
    // Marking an article re-renders every sentence: as a transition, React yields to the browser while it does,
    // so scrolling and typing stay responsive (it was one long task of hundreds of milliseconds on a phone).
    // The words of the popup, panel and term form (glossaryPopup and records namespaces) come with it, so they never wait.
    void Promise.all([loadEngine(), i18n.loadNamespaces(['records', 'glossaryPopup'])]).then(([module]) => live && startTransition(() => setEngine(module)));
    return () => {
      live = false;
    };
  }, [enabled, engine, i18n]);
  return engine;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
const withoutModifiers = (event: KeyboardEvent) => !event.altKey && !event.ctrlKey && !event.metaKey && !isEditable(event.target);

interface Props {
  articleId: string;
  children: ReactNode;
  /** What the dictionary says of a term's word, shown in its popup (the app plugs in the word lookup). */
  renderDictionary?: (word: string, lang: Lang) => ReactNode;
}

export function GlossaryLayer({ articleId, children, renderDictionary }: Props) {
  const settings = useSettings();
  const editorial = useGlossaryEntries();
  const article = useArticle(articleId);
  const on = settings?.glossaryOn ?? true;
  const editorialOn = settings?.editorialMarksOn ?? true;
  const personalOn = settings?.personalMarksOn ?? true;
  const namesOn = settings?.nameMarksOn ?? true;
  const hideKnown = settings?.hideKnownMarks ?? false;
  const root = useRef<HTMLDivElement>(null);
  const { open, setOpen, close, handlers, popupHandlers } = useTermPopup();
  const [panelOpen, setPanelOpen] = useState(false);
  const [draft, setDraft] = useState<TermDraft | null>(null);
  // The form lives in the engine's chunk: adding a looked-up word loads it even with the marks switched off.
  const engine = useEngine(on || draft !== null);
  // Read through the engine's chunk, which carries the rule set that checks each stored term: none of it is needed to paint the text.
  const personalTerms = useLiveQuery(async () => (engine ? (await engine.readPersonalTerms()).terms : undefined), [engine]);
  // Review statuses of the learner's terms (new, learning, known): read with the engine's code, after the panes paint.
  const statuses = useTermStatuses(on && personalOn && article ? engine?.readTermStatuses : undefined);

  const marked = useMemo(
    () => (engine && editorial && personalTerms ? engine.entriesToMark(editorial, personalTerms, { editorial: editorialOn, personal: personalOn, names: namesOn }) : undefined),
    [engine, editorial, personalTerms, editorialOn, personalOn, namesOn],
  );
  const findTerms = useMemo(() => (engine && marked ? engine.createFindTerms(marked) : undefined), [engine, marked]);
  // Editorial entries alone: to find the editorial entry for a learner's term, inflections included.
  const findEditorial = useMemo(() => (engine && editorial ? engine.createFindTerms(editorial) : undefined), [engine, editorial]);
  const byId = useMemo(() => new Map(marked?.map((entry) => [entry.id, entry])), [marked]);
  const personalById = useMemo(() => new Map(personalTerms?.map((term) => [term.id, term])), [personalTerms]);
  // The article's terms, matched a few milliseconds per task; marks wait for them and keep the last matcher meanwhile,
  // with the entries it was made from (a new renderer with new entries but the old matcher redrew every sentence once more).
  const [matched, setMatched] = useState<{ findTerms: Engine.FindTerms; byId: typeof byId; ids: string[] }>();
  useEffect(() => {
    if (article && findTerms && engine) return engine.termsInArticle(article.text.versions, findTerms, (ids) => setMatched({ findTerms, byId, ids }));
  }, [article, findTerms, byId, engine]);
  const found = useMemo(() => matched?.ids.flatMap((id) => byId.get(id) ?? []) ?? [], [matched, byId]);
  const findMarked = matched?.findTerms;
  const markedById = matched?.byId;

  const toggle = useCallback(() => {
    setOpen(null);
    void setSetting(db, 'glossaryOn', !on);
  }, [on, setOpen]);

  const startAdding = useCallback(
    (lang: Lang, text: string, segKey: string | undefined, found?: { start: number; end: number }) => {
      if (!article) return;
      setOpen(null);
      // The form and what fills it in come with the engine's chunk (loaded now if the marks are off).
      void loadEngine().then((loaded) => setDraft(loaded.termDraft(articleId, article.text.versions, { lang, text, segKey, found }, findEditorial)));
    },
    [article, articleId, setOpen, findEditorial],
  );
  const addTerm = useCallback(
    ({ lang, text, segKey, counterpart }: AddTermRequest) => startAdding(lang, text, segKey, counterpart),
    [startAdding],
  );

  // Keyboard shortcuts, except while typing: G turns the glossary on and off; A adds the selection
  // (or, with a sentence focused and nothing selected, opens the form for a term from that sentence).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!withoutModifiers(event) || draft) return;
      const key = event.key.toLowerCase();
      if (key === 'g') toggle();
      if (key !== 'a' || !on) return;
      const selection = engine?.readSelection(root.current);
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-seg]') : null;
      const lang = focused?.closest<HTMLElement>('[data-pane]')?.dataset.pane;
      if (selection) startAdding(selection.lang, selection.text, selection.segKey);
      else if (focused && root.current?.contains(focused) && (lang === 'nb' || lang === 'en')) startAdding(lang, '', focused.dataset.seg);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toggle, startAdding, on, draft, engine]);

  // Statuses matter only to a learner's terms: without any, their arrival does not redraw the article.
  const markStatuses = personalTerms?.length ? statuses : undefined;
  // The benchmark reads this mark: the first frame in which the article's terms are marked.
  const renderSegment = useMemo<RenderSegment | undefined>(
    // Marks wait for the statuses, so a known term's mark does not flash up before it is hidden.
    () =>
      on && findMarked && markedById && article && engine && !(personalOn && personalTerms?.length && !markStatuses)
        ? engine.segmentRenderer(article.text.versions, findMarked, markedById, markStatuses, hideKnown)
        : undefined,
    [on, findMarked, markedById, article, engine, personalOn, personalTerms, markStatuses, hideKnown],
  );
  useEffect(() => {
    if (!renderSegment) return;
    const frame = requestAnimationFrame(() => performance.mark('tolk:marks-painted'));
    return () => cancelAnimationFrame(frame);
  }, [renderSegment]);

  const slots: ReaderSlots = {
    toolbar: (
      <>
        <GlossarySwitch on={on} onToggle={toggle} />
        {on && (
          <MarkKindSwitches
            editorial={editorialOn}
            personal={personalOn}
            names={namesOn}
            onEditorial={() => void setSetting(db, 'editorialMarksOn', !editorialOn)}
            onPersonal={() => void setSetting(db, 'personalMarksOn', !personalOn)}
            onNames={() => void setSetting(db, 'nameMarksOn', !namesOn)}
          />
        )}
        {on && <GlossaryPanelButton count={found.length} expanded={panelOpen} onToggle={() => setPanelOpen(!panelOpen)} />}
      </>
    ),
    panel: on && panelOpen && engine ? <engine.GlossaryPanel entries={found} onChoose={(entryId) => engine.goToTerm(root.current, entryId)} /> : null,
    overlay: engine ? (
      <engine.GlossaryOverlay
        {...{ open, setOpen, close, popupHandlers, byId, personalById, personalTerms, editorial, findEditorial, statuses, hideKnown }}
        {...{ renderDictionary, on, draft, setDraft, startAdding, root }}
      />
    ) : null,
  };

  return (
    <ReaderSlotsContext.Provider value={slots}>
      <AddTermContext.Provider value={addTerm}>
      <SegmentRendererContext.Provider value={renderSegment}>
      <SegmentRendererComingContext.Provider value={on && !renderSegment}>
        <div ref={root} className="glossary-layer" {...handlers}>
          {children}
        </div>
      </SegmentRendererComingContext.Provider>
      </SegmentRendererContext.Provider>
      </AddTermContext.Provider>
    </ReaderSlotsContext.Provider>
  );
}
