// The inline form that edits a term: both terms and the note, checked before anything is saved; a change made in
// another tab since the form opened is never overwritten without asking (EditConflict).
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { MAX_NOTE_LENGTH, noteProblem } from '../../core/records/rules';
import { EditConflict } from '../../components/EditConflict';
import { db } from '../../db/db';
import { addPersonalTerm, now, updatePersonalTerm, type TermWrite } from '../../db/personalTerms';
import { checkEdit, type EditProblems, type FieldProblem } from './editCheck';
import { pairLabel, TERM_PROBLEM } from './messages';
import { termName } from './search';
import { TERM_SLOT, TermInSentence } from './TermInSentence';

interface Props {
  term: PersonalTerm;
  /** Every stored term; the form leaves `term` itself out of the duplicate check. */
  terms: readonly PersonalTerm[];
  /** True when the term was deleted (in another tab) while the form was open. */
  gone?: boolean;
  onDone: () => void;
}

export function TermEditForm({ term, terms, gone = false, onDone }: Props) {
  const { t, i18n } = useTranslation('myGlossary');
  const id = useId();
  const [values, setValues] = useState({ nb: term.terms.nb, en: term.terms.en, note: term.note });
  // Problems show after the first Save and then follow the typing, so a fixed field loses its message at once.
  const [checked, setChecked] = useState(false);
  const [failed, setFailed] = useState(false);
  // The version the learner started from: a save is refused when the stored term is no longer this one.
  const [openedAt] = useState(term.updatedAt);
  const [conflict, setConflict] = useState<{ current?: PersonalTerm }>();
  const [storedDuplicate, setStoredDuplicate] = useState<PersonalTerm>();
  const nbRef = useRef<HTMLInputElement>(null);
  const enRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const others = useMemo(() => terms.filter((other) => other.id !== term.id), [terms, term.id]);
  const trimmed = { nb: values.nb.trim(), en: values.en.trim() };
  const problems: EditProblems = checked ? checkEdit(trimmed, others, snowballStemmers) : {};
  // The note follows the rule every import and restore applies, so the form never stores what a backup would refuse.
  const noteIssue = checked ? noteProblem(values.note) : undefined;
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  useEffect(() => {
    nbRef.current?.focus();
  }, []);
  // Deleted elsewhere while open: the learner hears of it at once, their typing stays, and they choose (bring it back
  // as typed, or let it go). Brought back elsewhere (an undo in the other tab): the form is an ordinary edit again.
  // Adjusted while rendering, when `gone` changes (React's pattern for state that follows a prop).
  const [goneSeen, setGoneSeen] = useState(false);
  if (gone !== goneSeen) {
    setGoneSeen(gone);
    setConflict(gone ? {} : conflict?.current === undefined ? undefined : conflict);
  }

  const message = (problem: FieldProblem): string => {
    if (problem.kind === 'both-empty') return t('termProblem.both-empty', { ns: 'records' });
    if (problem.kind === 'term') return t(TERM_PROBLEM[problem.problem], { ns: 'records' });
    return t('edit.duplicate', { term: pairLabel(problem.existing.terms) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkEdit(trimmed, others, snowballStemmers);
    setChecked(true);
    setFailed(false);
    if (found.nb !== undefined) return nbRef.current?.focus();
    if (found.en !== undefined) return enRef.current?.focus();
    if (noteProblem(values.note) !== undefined) return noteRef.current?.focus();
    await save(openedAt);
  };
  const save = async (opened: number) => {
    setConflict(undefined);
    setStoredDuplicate(undefined);
    try {
      const result = await updatePersonalTerm(db, term.id, { change: { terms: trimmed, note: values.note }, openedAt: opened }, snowballStemmers);
      outcome(result);
    } catch {
      setFailed(true);
    }
  };
  /** "Keep mine" after the term was deleted elsewhere: it comes back as it is in the form. */
  const saveAgain = async () => {
    setConflict(undefined);
    try {
      outcome(await addPersonalTerm(db, { ...term, terms: trimmed, note: values.note }, snowballStemmers, now()));
    } catch {
      setFailed(true);
    }
  };
  const outcome = (result: TermWrite) => {
    if (result.ok) onDone();
    else if (result.problem === 'changed') setConflict({ current: result.current });
    else if (result.problem === 'gone') setConflict({});
    else setStoredDuplicate(result.existing);
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  // Both sides empty is one problem: its message sits under the Norwegian field and describes both.
  const problemId = (side: 'nb' | 'en') => (problems[side]?.kind === 'both-empty' ? `${id}-nb-problem` : `${id}-${side}-problem`);
  const field = (side: 'nb' | 'en', ref: RefObject<HTMLInputElement | null>) => {
    const problem = problems[side];
    return (
      <div className="mg-field">
        <label htmlFor={`${id}-${side}`}>{t(side === 'nb' ? 'edit.nb' : 'edit.en')}</label>
        <input
          ref={ref}
          id={`${id}-${side}`}
          lang={side}
          value={values[side]}
          onChange={(event) => setValues({ ...values, [side]: event.target.value })}
          aria-invalid={problem === undefined ? undefined : true}
          aria-describedby={problem === undefined ? undefined : problemId(side)}
        />
        {problem !== undefined && (side === 'nb' || problem.kind !== 'both-empty') && (
          <p id={problemId(side)} className="mg-problem">
            {message(problem)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="mg-edit" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => void submit(event)} onKeyDown={cancelOnEscape}>
      <h2 id={`${id}-title`}>
        <TermInSentence sentence={t('edit.label', { term: TERM_SLOT })} term={termName(term)} />
      </h2>
      {field('nb', nbRef)}
      {field('en', enRef)}
      <div className="mg-field">
        <label htmlFor={`${id}-note`}>{t('edit.note')}</label>
        <textarea
          ref={noteRef}
          id={`${id}-note`}
          rows={3}
          value={values.note}
          onChange={(event) => setValues({ ...values, note: event.target.value })}
          aria-invalid={noteIssue === undefined ? undefined : true}
          aria-describedby={noteIssue === undefined ? undefined : `${id}-note-problem`}
        />
        {noteIssue !== undefined && (
          <p id={`${id}-note-problem`} className="mg-problem">
            {t(`noteProblem.${noteIssue}`, { ns: 'records', max: count(MAX_NOTE_LENGTH), length: count(values.note.length) })}
          </p>
        )}
      </div>
      {failed && <p role="alert">{t('edit.failed')}</p>}
      {storedDuplicate !== undefined && <p role="alert">{t('edit.duplicate', { term: pairLabel(storedDuplicate.terms) })}</p>}
      {conflict !== undefined && (
        <EditConflict
          deleted={conflict.current === undefined}
          mine={<Version terms={trimmed} note={values.note} />}
          theirs={conflict.current && <Version terms={conflict.current.terms} note={conflict.current.note} />}
          onKeepMine={() => void (conflict.current === undefined ? saveAgain() : save(conflict.current.updatedAt))}
          onTakeTheirs={onDone}
        />
      )}
      <div className="mg-actions">
        <button type="submit">{t('edit.save')}</button>
        <button type="button" onClick={onDone}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One version of a term, for "See both". */
function Version({ terms, note }: { terms: { nb: string; en: string }; note: string }) {
  return (
    <>
      <p>
        <span lang="nb">{terms.nb}</span> – <span lang="en">{terms.en}</span>
      </p>
      {note !== '' && <p className="mg-note">{note}</p>}
    </>
  );
}
