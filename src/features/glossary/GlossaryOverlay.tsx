// What the glossary shows over the reader once its engine has loaded: the open term's popup, the selection's "Add"
// action, the term form, the status announcer, and the undo notice after a delete. In the engine's chunk, so none of it
// weighs on the reader's first load.
import { useEffect, useState, type PointerEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../core/glossary/entry';
import type { Lang } from '../../core/lang';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import type { TermStatus } from '../../core/review/card';
import { db } from '../../db/db';
import type { FindTerms } from './engine';
import { personalTermIdOf } from './entries';
import { KnownStatus, toggleKnown } from './markStatus';
import { readSelection, type PickedText } from './pickedText';
import { SelectionAction } from './SelectionAction';
import { TermDialog, type TermDraft } from './TermDialog';
import { TermPopup } from './TermPopup';
import { useOpenTerm } from './useOpenTerm';
import type { OpenTerm } from './useTermPopup';

/** As long as components/UndoNotice gives; not imported from there, which would put that component in the reader's first load. */
const UNDO_MS = 8000;

interface Props {
  open: OpenTerm | null;
  setOpen: (open: OpenTerm | null) => void;
  close: (returnFocus: boolean) => void;
  popupHandlers: { onPointerEnter: () => void; onPointerLeave: (event: PointerEvent) => void; onPointerDown: () => void };
  /** The entries marked now, by id, and the learner's terms, by id. */
  byId: ReadonlyMap<string, GlossaryEntry>;
  personalById: ReadonlyMap<string, PersonalTerm>;
  personalTerms: readonly PersonalTerm[] | undefined;
  /** Tolk's own entries and their matcher: a learner's term that is also one of them shows its definition too. */
  editorial: readonly GlossaryEntry[] | undefined;
  findEditorial: FindTerms | undefined;
  statuses: ReadonlyMap<string, TermStatus> | undefined;
  hideKnown: boolean;
  renderDictionary: ((word: string, lang: Lang) => ReactNode) | undefined;
  /** Whether the glossary is on: the selection's action shows only then. */
  on: boolean;
  draft: TermDraft | null;
  setDraft: (draft: TermDraft | null) => void;
  startAdding: (lang: Lang, text: string, segKey: string | undefined) => void;
  /** The glossary layer's element: the panes, the popup and everything between. */
  root: RefObject<HTMLElement | null>;
}

export function GlossaryOverlay(props: Props) {
  const { open, setOpen, close, popupHandlers, byId, personalById, personalTerms, editorial, findEditorial, statuses, hideKnown } = props;
  const { on, draft, setDraft, startAdding, renderDictionary, root } = props;
  useOpenTerm(open, close, root);
  // The selection, while it is one that could be added.
  const [picked, setPicked] = useState<PickedText>();
  useEffect(() => {
    const onChange = () => setPicked(readSelection(root.current));
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [root]);
  const { t } = useTranslation();
  const [deleted, setDeleted] = useState<PersonalTerm | null>(null);
  // An undo that found the same term added again meanwhile (another tab): nothing restored, and the learner is told.
  const [alreadyHave, setAlreadyHave] = useState<PersonalTerm | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const openEntry = open ? byId.get(open.entryId) : undefined;
  const openPersonal = open ? personalById.get(personalTermIdOf(open.entryId) ?? '') : undefined;
  const editorialFor = (term: PersonalTerm) => {
    for (const lang of ['nb', 'en'] as const) {
      const text = term.terms[lang];
      const match = text && findEditorial?.(text, lang).find((m) => m.start === 0 && m.end === text.length);
      if (match) return editorial?.find((entry) => entry.id === match.entryId);
    }
    return undefined;
  };

  return (
    <>
      <KnownStatus statuses={statuses} hideKnown={hideKnown} nameOf={(id) => personalById.get(id)?.terms.nb || personalById.get(id)?.terms.en || ''} />
      {open && openEntry && (
        <TermPopup
          key={`${open.entryId}:${open.block}:${open.lang}`}
          entry={openEntry}
          personal={
            openPersonal && {
              term: openPersonal,
              editorial: editorialFor(openPersonal),
              onEdit: () => {
                setOpen(null);
                setDraft({ mode: 'edit', term: openPersonal });
              },
              status: statuses?.get(openPersonal.id) ?? 'new',
              onToggleKnown: () => {
                const known = statuses?.get(openPersonal.id) !== 'known';
                // A mark about to be hidden cannot keep its popup.
                if (known && hideKnown) setOpen(null);
                void toggleKnown(openPersonal.id, known, open.anchor, hideKnown);
              },
              onDelete: () => {
                setOpen(null);
                // The store's term writes (with their duplicate checks and review cards) load on use, not with the reader.
                void import('../../db/personalTerms').then(({ deletePersonalTerm }) => deletePersonalTerm(db, openPersonal.id)).then((term) => setDeleted(term ?? null));
              },
            }
          }
          anchor={open.anchor}
          dictionary={renderDictionary?.(open.anchor.textContent ?? '', open.lang)}
          takeFocus={open.mode !== 'hover'}
          onClose={close}
          {...popupHandlers}
        />
      )}
      {on && picked && !draft && <SelectionAction range={picked.range} onAdd={() => startAdding(picked.lang, picked.text, picked.segKey)} />}
      {draft && personalTerms && (
        <TermDialog
          key={draft.mode === 'edit' ? draft.term.id : 'add'}
          draft={draft}
          existing={personalTerms}
          onClose={() => setDraft(null)}
          onOpenExisting={(term) => setDraft({ mode: 'edit', term })}
        />
      )}
      {deleted && (
        <div className="undo-notice" role="status">
          <span>{t('personal.deleted', { term: deleted.terms.nb || deleted.terms.en })}</span>
          <button
            type="button"
            onClick={() => {
              // The stemmers come with the term form's chunk, not with the reader's first load.
              void Promise.all([import('../../core/glossary/snowballStemmers'), import('../../db/personalTerms')])
                .then(([{ snowballStemmers }, { restorePersonalTerm }]) => restorePersonalTerm(db, deleted, snowballStemmers))
                .then((result) => setAlreadyHave(!result.ok && result.problem === 'duplicate' ? result.existing : null));
              setDeleted(null);
            }}
          >
            {t('personal.undo')}
          </button>
        </div>
      )}
      {alreadyHave && (
        <div className="undo-notice" role="alert">
          <span>{t('termDialog.duplicate', { ns: 'records', term: alreadyHave.terms.nb || alreadyHave.terms.en })}</span>
          <button type="button" onClick={() => setAlreadyHave(null)}>
            {t('personal.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
