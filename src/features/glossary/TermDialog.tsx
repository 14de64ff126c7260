// The form for adding or editing a learner's own term: both terms, a note, and the sentence pair it came from.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import { otherLang, type Lang } from '../../core/lang';
import { wordSpans } from '../../core/text/words';
import { findDuplicate } from '../../core/personal/folding';
import { checkPersonalTerm, type PersonalTerm, type PersonalTermContext, type PersonalTermProblems } from '../../core/personal/personalTerm';
import { MAX_NOTE_LENGTH, noteProblem } from '../../core/records/rules';
import { EditConflict } from '../../components/EditConflict';
import { db } from '../../db/db';
import { addPersonalTerm, now, updatePersonalTerm, type TermWrite } from '../../db/personalTerms';

export type TermDraft =
  | {
      mode: 'add';
      lang: Lang;
      text: string;
      context?: PersonalTermContext;
      /** Where the picked text's translation stands in the other sentence, when the glossary knows it: it fills the other field. */
      counterpart?: { start: number; end: number };
    }
  | { mode: 'edit'; term: PersonalTerm };

interface Props {
  draft: TermDraft;
  existing: readonly PersonalTerm[];
  onClose: () => void;
  onOpenExisting: (term: PersonalTerm) => void;
}

/** A sentence as words (numbered, to tell "the next word" when building a term) and the text between them. */
function splitWords(sentence: string): { text: string; wordIndex?: number }[] {
  const parts: { text: string; wordIndex?: number }[] = [];
  let at = 0;
  let words = 0;
  for (const { start, end } of wordSpans(sentence)) {
    if (start > at) parts.push({ text: sentence.slice(at, start) });
    parts.push({ text: sentence.slice(start, end), wordIndex: words++ });
    at = end;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at) });
  return parts;
}

/** The numbers of the first and last word inside [start, end) of `sentence`, as splitWords numbers them. */
function wordsWithin(sentence: string, start: number, end: number): { from: number; to: number } | undefined {
  const inside = wordSpans(sentence).flatMap((span, index) => (span.start >= start && span.end <= end ? [index] : []));
  const [from, to] = [inside[0], inside.at(-1)];
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

/** A term and its note as one line of text, for "See both". */
function pairText(terms: { nb: string; en: string }, note: string): string {
  return [[terms.nb, terms.en].filter((side) => side !== '').join(' – '), note].filter((part) => part !== '').join(' · ');
}

export function TermDialog({ draft, existing, onClose, onOpenExisting }: Props) {
  const { t, i18n } = useTranslation('records');
  const ids = { nb: useId(), en: useId(), note: useId(), title: useId() };
  const dialog = useRef<HTMLDialogElement>(null);
  const editing = draft.mode === 'edit' ? draft.term : undefined;
  const context = draft.mode === 'edit' ? draft.term.context : draft.context;
  const found = draft.mode === 'add' && draft.counterpart && draft.context ? { ...draft.counterpart, sentence: draft.context[otherLang(draft.lang)] } : undefined;
  const [terms, setTerms] = useState(() => {
    if (editing) return { ...editing.terms };
    const blank = { nb: '', en: '' };
    return draft.mode === 'add' ? { ...blank, [draft.lang]: draft.text, ...(found ? { [otherLang(draft.lang)]: found.sentence.slice(found.start, found.end) } : {}) } : blank;
  });
  const [note, setNote] = useState(editing?.note ?? '');
  const [problems, setProblems] = useState<PersonalTermProblems>({});
  // The note follows the rule of every import and restore; checked from the first Save on, then as the learner types.
  const [noteChecked, setNoteChecked] = useState(false);
  const noteIssue = noteChecked ? noteProblem(note.trim()) : undefined;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // The words of the other sentence that make up the other field, first to last; cleared when the learner types there.
  const [picked, setPicked] = useState<{ from: number; to: number } | undefined>(() => (found ? wordsWithin(found.sentence, found.start, found.end) : undefined));
  // Checked as the learner types, so "you already have this" comes before the work of a note.
  const others = useMemo(() => existing.filter((term) => term.id !== editing?.id), [existing, editing]);
  const typedDuplicate = useMemo(() => findDuplicate(terms, others, snowballStemmers), [terms, others]);
  // What the store refused as a duplicate at save time (another tab may have added it since the form opened).
  const [storedDuplicate, setStoredDuplicate] = useState<PersonalTerm>();
  const duplicate = typedDuplicate ?? storedDuplicate;
  // The stored version an edit starts from; a save is refused (and the learner asked) when another tab changed it.
  const [openedAt] = useState(editing?.updatedAt ?? 0);
  const [conflict, setConflict] = useState<{ current?: PersonalTerm }>();
  // The pane the term was picked in; the other pane's sentence is where the learner finds the translation.
  const pickedIn: Lang = draft.mode === 'add' ? draft.lang : 'nb';
  const counterpartLang = otherLang(pickedIn);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const takeWord = (word: string, index: number) => {
    // Clicking the next word extends the term ("think" then "tank"); any other word starts it again.
    const extends_ = Boolean(terms[counterpartLang]) && picked?.to === index - 1;
    setTerms({ ...terms, [counterpartLang]: extends_ ? `${terms[counterpartLang]} ${word}` : word });
    setPicked({ from: extends_ && picked ? picked.from : index, to: index });
  };
  const takeSelection = () => {
    const text = window.getSelection()?.toString().trim();
    if (!text) return;
    setTerms((current) => ({ ...current, [counterpartLang]: text }));
    setPicked(undefined);
  };
  const isPicked = (index: number) => picked !== undefined && index >= picked.from && index <= picked.to;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkPersonalTerm(terms);
    setProblems(found);
    setNoteChecked(true);
    if (found.nb || found.en || found.both || duplicate) return;
    if (noteProblem(note.trim()) !== undefined) return noteRef.current?.focus();
    await save(openedAt, now());
  };
  const clean = { nb: terms.nb.trim(), en: terms.en.trim() };
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const save = async (opened: number, at: number) => {
    setConflict(undefined);
    if (editing) outcome(await updatePersonalTerm(db, editing.id, { change: { terms: clean, note: note.trim() }, openedAt: opened, now: at }, snowballStemmers));
    else outcome(await addPersonalTerm(db, { id: crypto.randomUUID(), terms: clean, note: note.trim(), createdAt: at, updatedAt: at, ...(context ? { context } : {}) }, snowballStemmers));
  };
  /** "Keep mine" after another tab deleted the term being edited: it comes back as it is in the form. */
  const saveAgain = async () => {
    setConflict(undefined);
    if (editing) outcome(await addPersonalTerm(db, { ...editing, terms: clean, note: note.trim() }, snowballStemmers, now()));
  };
  const outcome = (result: TermWrite) => {
    if (result.ok) onClose();
    else if (result.problem === 'duplicate') setStoredDuplicate(result.existing);
    else setConflict(result.problem === 'changed' ? { current: result.current } : {});
  };

  // Both empty is one problem, shown at the first field; otherwise each field has its own.
  const problemText = (lang: Lang) => {
    const problem = problems[lang];
    if (problem) return t(`termProblem.${problem}`);
    return problems.both && lang === 'nb' ? t('termProblem.both-empty') : undefined;
  };
  const field = (lang: Lang) => {
    const message = problemText(lang);
    const duplicateHere = duplicate && duplicate.terms[lang] && terms[lang] ? duplicate : undefined;
    return (
      <p className="field">
        <label htmlFor={ids[lang]}>{t(lang === 'nb' ? 'termDialog.termNb' : 'termDialog.termEn')}</label>
        <input
          id={ids[lang]}
          lang={lang}
          value={terms[lang]}
          aria-invalid={message || duplicateHere ? true : undefined}
          aria-describedby={message || duplicateHere ? `${ids[lang]}-problem` : undefined}
          onChange={(event) => {
            setTerms({ ...terms, [lang]: event.target.value });
            if (lang === counterpartLang) setPicked(undefined);
          }}
        />
        {message && (
          <span id={`${ids[lang]}-problem`} className="field-problem">
            {message}
          </span>
        )}
        {/* Always there, so a screen reader hears the duplicate warning as it appears while typing. */}
        <span aria-live="polite">
          {!message && duplicateHere && (
            <span id={`${ids[lang]}-problem`} className="field-problem">
              {t('termDialog.duplicate', { term: duplicateHere.terms[lang] })}{' '}
              <button type="button" className="link-button" onClick={() => onOpenExisting(duplicateHere)}>
                {t('termDialog.openExisting')}
              </button>
            </span>
          )}
        </span>
      </p>
    );
  };

  const counterpart = context?.[counterpartLang];
  return (
    <dialog ref={dialog} className="term-dialog" aria-labelledby={ids.title} onClose={onClose}>
      <form method="dialog" onSubmit={(event) => void submit(event)}>
        <h2 id={ids.title}>{t(editing ? 'termDialog.editTitle' : 'termDialog.addTitle')}</h2>
        {field('nb')}
        {field('en')}
        <p className="field">
          <label htmlFor={ids.note}>{t('termDialog.note')}</label>
          <textarea
            ref={noteRef}
            id={ids.note}
            rows={3}
            value={note}
            aria-invalid={noteIssue === undefined ? undefined : true}
            aria-describedby={noteIssue === undefined ? undefined : `${ids.note}-problem`}
            onChange={(event) => setNote(event.target.value)}
          />
          {noteIssue !== undefined && (
            <span id={`${ids.note}-problem`} className="field-problem">
              {t(`noteProblem.${noteIssue}`, { max: count(MAX_NOTE_LENGTH), length: count(note.trim().length) })}
            </span>
          )}
        </p>
        {context && (
          <div className="term-dialog-context">
            <p className="term-dialog-context-label">{t('termDialog.context')}</p>
            <p lang={pickedIn}>{context[pickedIn]}</p>
            {counterpart && (
              <>
                <p className="term-dialog-context-label">{t(counterpartLang === 'en' ? 'termDialog.pickEn' : 'termDialog.pickNb')}</p>
                {/* Each word is a button: a click (or Enter) puts it in the other language's field. */}
                <p lang={counterpartLang} className="pick-words" onMouseUp={takeSelection}>
                  {splitWords(counterpart).map((part, i) =>
                    part.wordIndex === undefined ? (
                      part.text
                    ) : (
                      <button
                        key={i}
                        type="button"
                        className="pick-word"
                        aria-pressed={isPicked(part.wordIndex)}
                        onClick={() => takeWord(part.text, part.wordIndex ?? 0)}
                      >
                        {part.text}
                      </button>
                    ),
                  )}
                </p>
              </>
            )}
          </div>
        )}
        {conflict !== undefined && (
          <EditConflict
            deleted={conflict.current === undefined}
            mine={<p>{pairText(clean, note.trim())}</p>}
            theirs={conflict.current && <p>{pairText(conflict.current.terms, conflict.current.note)}</p>}
            onKeepMine={() => void (conflict.current === undefined ? saveAgain() : save(conflict.current.updatedAt, now()))}
            onTakeTheirs={() => dialog.current?.close()}
          />
        )}
        <div className="term-dialog-actions">
          <button type="submit">{t('termDialog.save')}</button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('termDialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
