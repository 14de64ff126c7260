// Fixing an imported article's pairing by hand: each row a sentence pair, with join, split and move-a-sentence controls; saved at once.
// Each save names the stored pairing it started from; when another tab changed it meanwhile, the save is refused and
// the learner chooses which pairing to keep (EditConflict), so neither tab's fixes vanish unseen.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { JoinIcon, ScissorsIcon } from '../../components/icons';
import { linkConfidence, weakestFirst } from '../../core/align/confidence';
import { joinWithNext, linkStarts, moveBoundary, splitLink } from '../../core/import/pairs';
import { linkOfPin, pinsAfterFix, togglePin, type PairPin } from '../../core/import/pins';
import type { ImportedAlignment, PairLink } from '../../core/import/types';
import { LANGS, type Lang } from '../../core/lang';
import { EditConflict } from '../../components/EditConflict';
import { db } from '../../db/db';
import { useImportedAlignment } from '../../db/pageHooks';
import { saveAlignmentFix } from '../../db/importedArticles';
import './import.css';
import { realignInWorker } from './prepareInWorker';

/** What the learner edits: the pairing and the pairs they pinned. */
interface Edit {
  alignment: ImportedAlignment;
  pins: PairPin[];
}

export function AlignmentEditor({ id }: { id: string }) {
  const { t } = useTranslation('import');
  const record = useImportedAlignment(id);
  const [history, setHistory] = useState<Edit[]>([]);
  // The pairing as the learner last changed it. It is shown at once; the database catches up through a queue of saves,
  // so a quick second click works on what is on screen rather than on a copy the live query has not refreshed yet.
  const [draft, setDraft] = useState<Edit | null>(null);
  const saves = useRef<Promise<void>>(Promise.resolve());
  // The stored pairing the next queued save starts from: what this tab last saved, or what it showed when editing began.
  const base = useRef<ImportedAlignment | null>(null);
  const [conflict, setConflict] = useState<{ current?: ImportedAlignment }>();
  const halted = useRef(false);
  const [status, setStatus] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const [weakestOnly, setWeakestOnly] = useState(false);
  const alignment = draft?.alignment ?? record?.stored.alignment;
  const pins = useMemo(() => draft?.pins ?? record?.stored.pins ?? [], [draft, record]);
  const pinnedLinks = useMemo(() => new Set(alignment ? pins.map((pin) => linkOfPin(alignment, pin)) : []), [alignment, pins]);
  const [realigning, setRealigning] = useState(false);
  const realignment = useRef<AbortController | null>(null);
  useEffect(() => () => realignment.current?.abort(), []);
  const confidences = useMemo(() => (alignment ? confidencesOf(alignment) : []), [alignment]);

  if (record === undefined) return <p role="status">{t('editor.loading')}</p>;
  if (record === null || alignment === undefined) return <p role="alert">{t('editor.notFound', { id })}</p>;
  const shown = weakestOnly ? weakestFirst(confidences).slice(0, WEAKEST_SHOWN) : alignment.links.map((_, k) => k);
  const starts = linkStarts(alignment);

  /** Shows a change, queues its save, and reports when it is stored, that it could not be, or that another tab got there first. */
  const show = (next: Edit, message = t('editor.saved')) => {
    base.current ??= record.stored.alignment;
    setDraft(next);
    setStatus('');
    saves.current = saves.current.then(async () => {
      if (halted.current || base.current === null) return; // the learner decides the conflict first; later changes wait with the draft
      try {
        const result = await saveAlignmentFix(db, id, next.alignment, base.current, next.pins);
        if (result.ok) {
          base.current = next.alignment;
          setStatus(message);
        } else {
          halted.current = true;
          setConflict(result.problem === 'changed' ? { current: result.current } : {});
        }
      } catch {
        setDraft(null);
        base.current = null;
        setStatus(t('editor.saveFailed'));
      }
    });
  };
  const keepMine = (current: ImportedAlignment) => {
    halted.current = false;
    setConflict(undefined);
    base.current = current;
    show({ alignment, pins });
  };
  const takeTheirs = () => {
    halted.current = false;
    setConflict(undefined);
    setDraft(null);
    setHistory([]);
    base.current = null;
    setStatus('');
  };
  /** Applies a fix, then puts focus back on the row the learner worked on (its buttons may have gone). */
  // A fix that changes a pinned pair drops that pin, and the status says so.
  const apply = (next: ImportedAlignment | null, focusRow: number) => {
    if (!next) return;
    setHistory((h) => [...h, { alignment, pins }]);
    const { kept, dropped } = pinsAfterFix(next, pins);
    show({ alignment: next, pins: kept }, dropped > 0 ? t('editor.pinDropped', { count: dropped }) : undefined);
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('.pair-row')[Math.min(focusRow, next.links.length - 1)]?.focus());
  };
  const togglePinOf = (k: number) => {
    setHistory((h) => [...h, { alignment, pins }]);
    show({ alignment, pins: togglePin(alignment, pins, k) }, t(pinnedLinks.has(k) ? 'editor.unpinned' : 'editor.pinned', { n: k + 1 }));
  };
  // The aligner runs in the import worker, started only when the learner asks: the editor opens without it, and a
  // whole book re-aligned around its pins does not freeze the page. Leaving the editor ends the worker.
  const realign = async () => {
    setRealigning(true);
    setStatus(t('editor.realigning'));
    const controller = new AbortController();
    realignment.current = controller;
    try {
      const outcome = await realignInWorker(alignment, pins, controller.signal);
      if (outcome.kind === 'cancelled') return;
      if (outcome.kind === 'failed' || outcome.result === null) {
        setStatus(t('editor.realignFailed'));
        return;
      }
      setHistory((h) => [...h, { alignment, pins }]);
      show({ alignment: outcome.result, pins }, t('editor.realigned', { count: pins.length }));
    } finally {
      realignment.current = null;
      if (!controller.signal.aborted) setRealigning(false);
    }
  };
  const undo = () => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory((h) => h.slice(0, -1));
    show(previous);
  };

  return (
    <div className="alignment-editor">
      <h1>
        {t('editor.title')}: <span lang="nb">{record.summary.titles.nb}</span>
      </h1>
      <p>{t('editor.intro')}</p>
      <div className="editor-toolbar">
        <Link href={`/read/${encodeURIComponent(id)}`} className="button-link">
          {t('editor.done')}
        </Link>
        <button type="button" disabled={history.length === 0} onClick={undo}>
          {t('editor.undo')}
        </button>
        <button type="button" disabled={pins.length === 0 || realigning} onClick={() => void realign()}>
          {t('editor.realign')}
        </button>
        <label className="editor-weakest">
          <input type="checkbox" checked={weakestOnly} onChange={(event) => setWeakestOnly(event.target.checked)} />
          {t('editor.weakest', { count: WEAKEST_SHOWN })}
        </label>
        <span role="status" className="editor-status">
          {status}
        </span>
      </div>
      {conflict !== undefined && (
        <EditConflict
          deleted={conflict.current === undefined}
          mine={<p>{t('editor.pairCount', { count: alignment.links.length })}</p>}
          theirs={conflict.current && <p>{t('editor.pairCount', { count: conflict.current.links.length })}</p>}
          onKeepMine={() => (conflict.current === undefined ? takeTheirs() : keepMine(conflict.current))}
          onTakeTheirs={takeTheirs}
        />
      )}
      <ol className="pair-list" ref={list}>
        {shown.map((k) => (
          <PairRow
            key={k}
            n={k + 1}
            link={alignment.links[k] ?? { nb: 0, en: 0 }}
            confidence={confidences[k] ?? 0}
            sentences={{
              nb: alignment.sentences.nb.slice(starts[k]?.nb ?? 0, (starts[k]?.nb ?? 0) + (alignment.links[k]?.nb ?? 0)),
              en: alignment.sentences.en.slice(starts[k]?.en ?? 0, (starts[k]?.en ?? 0) + (alignment.links[k]?.en ?? 0)),
            }}
            next={alignment.links[k + 1]}
            pinned={pinnedLinks.has(k)}
            onTogglePin={() => togglePinOf(k)}
            onJoin={() => apply(joinWithNext(alignment, k), k)}
            onSplit={(lang, at) => apply(splitLink(alignment, k, lang, at), k + 1)}
            onMove={(lang, direction) => apply(moveBoundary(alignment, k, lang, direction), k)}
          />
        ))}
      </ol>
    </div>
  );
}

/** How many pairs the "weakest first" view lists: a learner checks these instead of every pair. */
const WEAKEST_SHOWN = 10;
/** Below this a pair's confidence is marked as worth checking. */
const LOW_CONFIDENCE = 0.5;

function confidencesOf(alignment: ImportedAlignment): number[] {
  const starts = linkStarts(alignment);
  return alignment.links.map((link, k) => {
    const nb = starts[k]?.nb ?? 0;
    const en = starts[k]?.en ?? 0;
    return linkConfidence(alignment.sentences.nb.slice(nb, nb + link.nb), alignment.sentences.en.slice(en, en + link.en));
  });
}

interface RowProps {
  n: number;
  confidence: number;
  link: PairLink;
  sentences: Record<Lang, string[]>;
  next: PairLink | undefined;
  pinned: boolean;
  onTogglePin: () => void;
  onJoin: () => void;
  onSplit: (lang: Lang, at: number) => void;
  onMove: (lang: Lang, direction: 'up' | 'down') => void;
}

function PairRow({ n, link, confidence, sentences, next, pinned, onTogglePin, onJoin, onSplit, onMove }: RowProps) {
  const { t } = useTranslation('import');
  const langName = (lang: Lang) => t(`editor.langName.${lang}`);
  return (
    <li className={pinned ? 'pair-row is-pinned' : 'pair-row'} tabIndex={-1} aria-label={t('editor.pair', { n })}>
      {link.block !== undefined && <p className="pair-block">{t('editor.newParagraph')}</p>}
      <p className={confidence < LOW_CONFIDENCE ? 'pair-confidence is-low' : 'pair-confidence'}>{t('editor.confidence', { percent: Math.round(confidence * 100) })}</p>
      <button type="button" className="small pair-pin" aria-pressed={pinned} aria-label={t('editor.pinLabel', { n })} onClick={onTogglePin}>
        {t(pinned ? 'editor.pinnedButton' : 'editor.pin')}
      </button>
      <div className="pair-sides">
        {LANGS.map((lang) => (
          <div key={lang} className="pair-side" lang={lang}>
            {sentences[lang].length === 0 && <p className="pair-empty">{t('editor.noCounterpart')}</p>}
            {sentences[lang].map((sentence, i) => (
              <div key={i}>
                <p className="pair-sentence">{sentence}</p>
                {i < sentences[lang].length - 1 && (
                  <button type="button" className="small" aria-label={t('editor.splitLabel', { n, lang: langName(lang), k: i + 1 })} onClick={() => onSplit(lang, i + 1)}>
                    <ScissorsIcon /> {t('editor.split')}
                  </button>
                )}
              </div>
            ))}
            {next && (
              <p className="pair-moves">
                <button
                  type="button"
                  className="small"
                  disabled={next[lang] === 0}
                  aria-label={t('editor.takeNextLabel', { n, lang: langName(lang) })}
                  onClick={() => onMove(lang, 'down')}
                >
                  {t('editor.takeNext')}
                </button>
                <button
                  type="button"
                  className="small"
                  disabled={link[lang] === 0}
                  aria-label={t('editor.giveLastLabel', { n, lang: langName(lang) })}
                  onClick={() => onMove(lang, 'up')}
                >
                  {t('editor.giveLast')}
                </button>
              </p>
            )}
          </div>
        ))}
      </div>
      {next && (
        <button type="button" className="small pair-join" aria-label={t('editor.joinLabel', { n })} onClick={onJoin}>
          <JoinIcon /> {t('editor.join')}
        </button>
      )}
    </li>
  );
}
