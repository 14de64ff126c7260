// Import terms from a CSV (Anki) or JSON file: a preview of what will be added, skipped and rejected, then all or nothing.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';
import { ENCODING_NAME, FILE_KIND } from '../../components/fileKind';
import { fieldProblemKey } from '../../components/fieldProblem';
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import type { TextEncodingName } from '../../core/import/textBytes';
import { MAX_GLOSSARY_TERMS, MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS, overGlossaryLimit } from '../../core/personal/importLimits';
import type { ImportRow, ParsedImport, RejectedRow } from '../../core/personal/importRow';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import type { ImportPlan } from '../../core/personal/planImport';
import { db } from '../../db/db';
import { addPersonalTerms } from '../../db/personalTerms';
import { classifyStorageError } from '../../db/storageProblems';
import { FILE_PROBLEM, isFileProblem, pairLabel, reasonKey } from './messages';
import type { GlossaryFileKind as Kind } from './readGlossaryFile';
import { readInWorker } from './readInWorker';

type State =
  | { step: 'idle' }
  | { step: 'unreadable'; file: string }
  | { step: 'reading'; file: string }
  /** Refused before any record was read: what the file is, or that it is too large. */
  | { step: 'refused'; message: string }
  | { step: 'preview'; file: string; kind: Kind; parsed: ParsedImport; plan: ImportPlan; terms: PersonalTerm[]; encoding: TextEncodingName }
  | { step: 'done'; count: number; alreadyThere: number }
  | { step: 'failed'; quota: boolean };

export function ImportSection() {
  const { t, i18n } = useTranslation('myGlossary');
  const { t: tRecords } = useTranslation('records');
  const inputId = useId();
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  /** The glossary would hold `total` terms with this file: more than it takes. */
  const glossaryFull = (file: string, total: number, adding: number) =>
    t('import.glossaryFull', { file, total: number(total), max: number(MAX_GLOSSARY_TERMS), room: number(Math.max(0, MAX_GLOSSARY_TERMS - (total - adding))) });
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const reading = useRef<AbortController>(null);
  // Leaving the page ends a reading still under way.
  useEffect(() => () => reading.current?.abort(), []);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must work too
    if (!file) return;
    // Refused by its size before a byte is read, so a huge file never freezes the page.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ step: 'refused', message: t('import.tooLarge', { file: file.name, max: MAX_IMPORT_BYTES / 1024 / 1024 }) });
      return;
    }
    setState({ step: 'reading', file: file.name });
    // Decoding, parsing and planning run in a worker: the page keeps answering (Cancel, the list, the search) meanwhile.
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    try {
      const [bytes, existing] = await Promise.all([file.arrayBuffer(), db.personalTerms.toArray()]);
      const read = await readInWorker(file.name, bytes, existing, controller.signal);
      if (read === undefined) return; // cancelled: the state was set by cancelReading
      if (read.kind === 'binary') {
        const message = read.fileKind === undefined ? t('import.binaryUnknown', { file: file.name }) : t('import.binary', { file: file.name, kind: tRecords(FILE_KIND[read.fileKind]) });
        setState({ step: 'refused', message });
      } else if (read.kind === 'json-in-csv') {
        setState({ step: 'refused', message: t('import.jsonInCsv', { file: file.name }) });
      } else if (overGlossaryLimit(existing.length, read.terms.length) !== undefined) {
        setState({ step: 'refused', message: glossaryFull(file.name, existing.length + read.terms.length, read.terms.length) });
      } else {
        setState({ step: 'preview', file: file.name, kind: read.fileKind, parsed: read.parsed, plan: read.plan, terms: read.terms, encoding: read.encoding });
      }
    } catch {
      if (!controller.signal.aborted) setState({ step: 'unreadable', file: file.name });
    }
  };
  const cancelReading = () => {
    reading.current?.abort();
    setState({ step: 'idle' });
    input.current?.focus();
  };
  const confirm = async (file: string, terms: PersonalTerm[]) => {
    try {
      // The preview was planned against the glossary as it was then; the write checks again (another tab may have
      // imported the same file, or others, meanwhile) and says what it left out, or that the glossary is now too full.
      const { added, alreadyThere, overLimit } = await addPersonalTerms(db, terms, snowballStemmers);
      if (overLimit !== undefined) setState({ step: 'refused', message: glossaryFull(file, overLimit, terms.length - alreadyThere.length) });
      else setState({ step: 'done', count: added.length, alreadyThere: alreadyThere.length });
    } catch (error) {
      setState({ step: 'failed', quota: classifyStorageError(error) === 'quota' });
    }
    input.current?.focus(); // the preview and its buttons are gone
  };
  const cancel = () => {
    setState({ step: 'idle' });
    input.current?.focus();
  };

  return (
    <>
      <p>
        <FileButton ref={input} id={inputId} label={t('transfer.importLabel')} accept=".csv,.json,text/csv,application/json" onChange={(event) => void choose(event)} />
      </p>
      {state.step === 'preview' && <Preview state={state} onConfirm={(terms) => void confirm(state.file, terms)} onCancel={cancel} />}
      {state.step === 'done' && (
        <p role="status">
          {t('import.done', { count: state.count })}
          {state.alreadyThere > 0 && <> {t('import.alreadyThere', { count: state.alreadyThere })}</>}
        </p>
      )}
      {state.step === 'failed' && <p role="alert">{t(state.quota ? 'import.failedQuota' : 'import.failed')}</p>}
      {state.step === 'unreadable' && <p role="alert">{t('import.unreadable', { file: state.file })}</p>}
      {state.step === 'refused' && <p role="alert">{state.message}</p>}
      {state.step === 'reading' && (
        <p>
          <span role="status">{t('import.reading', { file: state.file })}</span>{' '}
          <button type="button" onClick={cancelReading}>
            {t('import.cancelReading')}
          </button>
        </p>
      )}
    </>
  );
}

interface PreviewProps {
  state: Extract<State, { step: 'preview' }>;
  onConfirm: (terms: PersonalTerm[]) => void;
  onCancel: () => void;
}

function Preview({ state, onConfirm, onCancel }: PreviewProps) {
  const { t, i18n } = useTranslation('myGlossary');
  const { t: tRecords } = useTranslation('records');
  const id = useId();
  const { kind, parsed, plan, terms } = state;
  const at = (line: number, reason: string) => t(kind === 'csv' ? 'import.line' : 'import.position', { line, reason });
  const rejectedText = (row: RejectedRow) => {
    const max = new Intl.NumberFormat(i18n.language).format(MAX_IMPORT_RECORDS);
    if (row.line === 0) return isFileProblem(row.problem) ? t(FILE_PROBLEM[row.problem], { max }) : t('fileProblem.other', { reason: t(reasonKey(row)) });
    if (row.detail !== undefined) return at(row.line, t('reason.badField', { field: row.detail.field, reason: tRecords(fieldProblemKey(row.detail.problem)) }));
    return at(row.line, t(reasonKey(row)));
  };
  const duplicateText = ({ row, existing, earlier }: { row: ImportRow; existing?: PersonalTerm; earlier?: ImportRow }) => {
    if (existing !== undefined) return at(row.line, t('import.sameAsStored', { term: pairLabel(existing.terms) }));
    return at(row.line, t(kind === 'csv' ? 'import.sameAsEarlier' : 'import.sameAsEarlierTerm', { earlier: earlier?.line ?? 0 }));
  };
  const contextInNote = plan.add.some((row) => row.record === undefined && row.context !== undefined);

  return (
    <div className="mg-preview" role="group" aria-label={t('import.preview')}>
      <p>{t('import.file', { file: state.file })}</p>
      {state.encoding === 'windows-1252' && <p>{t('import.encoding', { encoding: ENCODING_NAME[state.encoding] })}</p>}
      <ul>
        <li>{t('import.willAdd', { count: terms.length })}</li>
        <li>{t('import.duplicates', { count: plan.duplicates.length })}</li>
        <li>{t('import.rejected', { count: parsed.rejected.length })}</li>
      </ul>
      {contextInNote && <p>{t('import.contextInNote')}</p>}
      {parsed.rejected.length > 0 && (
        <>
          <h3 id={`${id}-rejected`}>{t('import.rejectedList')}</h3>
          <ul aria-labelledby={`${id}-rejected`}>
            {parsed.rejected.map((row, index) => (
              <li key={index}>{rejectedText(row)}</li>
            ))}
          </ul>
        </>
      )}
      {plan.duplicates.length > 0 && (
        <>
          <h3 id={`${id}-duplicates`}>{t('import.duplicateList')}</h3>
          <ul aria-labelledby={`${id}-duplicates`}>
            {plan.duplicates.map((duplicate, index) => (
              <li key={index}>{duplicateText(duplicate)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="mg-actions">
        <button type="button" disabled={terms.length === 0} onClick={() => onConfirm(terms)}>
          {t('import.confirm', { count: terms.length })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
