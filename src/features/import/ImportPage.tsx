// The import page: both versions (pasted or from files), optional details, and the outcome: the new article, or what is wrong.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fieldProblemKey } from '../../components/fieldProblem';
import type { DetailProblem } from '../../core/import/details';
import { MAX_SIDE_BLOCKS, MAX_SIDE_CHARS } from '../../core/import/limits';
import { MIN_CONFIDENCE, type ImportProblem } from '../../core/import/prepareImport';
import { LANGS, type Lang } from '../../core/lang';
import type { DetailsForm } from '../../core/import/importDetails';
import { prewarmImportWorker, releaseImportWorker } from './prepareInWorker';
import { runImport, type ImportOutcome } from './runImport';
import { SideInput, type SideValue } from './SideInput';
import './import.css';

const EMPTY_FORM: DetailsForm = { titles: { nb: '', en: '' }, source: '', date: '', original: 'nb' };
const EMPTY_SIDES: Record<Lang, SideValue> = { nb: { text: '' }, en: { text: '' } };
const percent = (share: number) => Math.round(share * 100);
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ImportPage() {
  const { t, i18n } = useTranslation('import');
  const { t: tRecords } = useTranslation('records');
  const [sides, setSides] = useState(EMPTY_SIDES);
  const [form, setForm] = useState(EMPTY_FORM);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [cancelled, setCancelled] = useState(false);
  const running = useRef<AbortController | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  useEffect(() => {
    if (outcome) resultHeading.current?.focus();
  }, [outcome]);

  const sideName = (lang: Lang) => t(`sideName.${lang}`);
  const problemText = (problem: ImportProblem): string => {
    switch (problem.code) {
      case 'empty':
      case 'only-noise':
        return t(`problem.${problem.code}`, { side: sideName(problem.lang) });
      case 'too-large':
        return t('problem.too-large', { side: sideName(problem.lang), chars: number(problem.chars), max: number(MAX_SIDE_CHARS) });
      case 'too-many-blocks':
        return t('problem.too-many-blocks', { side: sideName(problem.lang), blocks: number(problem.blocks), max: number(MAX_SIDE_BLOCKS) });
      case 'not-translations':
        return t('problem.not-translations', { confidence: percent(problem.confidence), min: percent(MIN_CONFIDENCE) });
    }
  };
  const detailText = ({ field, problem }: DetailProblem) =>
    t('problem.detail', { field: field === 'source' ? t('source') : field === 'date' ? t('date') : t(field === 'titles.nb' ? 'titleField.nb' : 'titleField.en'), reason: tRecords(fieldProblemKey(problem)) });
  const problems = outcome && !outcome.ok && 'problems' in outcome ? outcome.problems : [];
  const failureText = (failed: ImportOutcome) =>
    'storageError' in failed ? t('problem.storage', { detail: failed.storageError }) : 'failure' in failed ? t('problem.failure', { detail: failed.failure }) : '';
  const changeSide = useCallback((lang: Lang, value: SideValue) => setSides((s) => ({ ...s, [lang]: value })), []);
  const sideProblem = (lang: Lang) => {
    const problem = problems.find((p) => 'lang' in p && p.lang === lang);
    return problem ? problemText(problem) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setProgress(0);
    setCancelled(false);
    setOutcome(null);
    try {
      // The busy form is drawn in the click's task, and a book's text is sent to the worker in the next.
      await nextTask();
      const result = await runImport(sides, form, setProgress, controller.signal);
      if (result.ok) {
        // A text box holding a book takes tens of milliseconds to empty or remove: each is emptied in a task of its
        // own before the outcome replaces the form (whose texts "Import another" would clear anyway).
        for (const lang of LANGS) {
          flushSync(() => setSides((current) => ({ ...current, [lang]: EMPTY_SIDES[lang] })));
          await nextTask();
        }
      }
      if ('cancelled' in result) setCancelled(true);
      else setOutcome(result);
    } catch (error) {
      // Whatever goes wrong, the button comes back and the learner is told.
      setOutcome({ ok: false, failure: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = null;
      setBusy(false);
    }
  };
  const cancel = () => running.current?.abort();
  useEffect(
    () => () => {
      running.current?.abort();
      releaseImportWorker();
    },
    [],
  );
  // While the form is there to fill in, a worker is readied for the import that follows.
  const formShown = !outcome?.ok;
  useEffect(() => {
    if (formShown && !busy) prewarmImportWorker();
  }, [formShown, busy]);
  const reset = () => {
    setSides(EMPTY_SIDES);
    setForm(EMPTY_FORM);
    setOutcome(null);
  };

  if (outcome?.ok) {
    return (
      <div className="import-page">
        <section className="import-done" aria-labelledby="import-done-title">
          <h1 id="import-done-title" ref={resultHeading} tabIndex={-1}>
            {t('done.title', { title: outcome.title })}
          </h1>
          <p>{t('done.summary', { pairs: t('done.pairs', { count: outcome.pairs }), blocks: t('done.blocks', { count: outcome.blocks }), confidence: percent(outcome.confidence) })}</p>
          {outcome.notices.length > 0 && (
            <ul>
              {outcome.notices.map((notice) => (
                <li key={`${notice.code}-${notice.lang}`}>
                  {notice.code === 'noise-removed'
                    ? t('done.noise', { side: t(`text.${notice.lang}`), count: notice.count })
                    : notice.code === 'same-text'
                      ? t('done.sameText')
                      : t('done.markup', { side: t(`text.${notice.lang}`) })}
                </li>
              ))}
            </ul>
          )}
          <p className="import-actions">
            <Link href={`/read/${encodeURIComponent(outcome.id)}`} className="button-link">
              {t('done.read')}
            </Link>
            <Link href={`/align/${encodeURIComponent(outcome.id)}`} className="button-link">
              {t('done.fix')}
            </Link>
            <button type="button" onClick={reset}>
              {t('done.another')}
            </button>
          </p>
        </section>
      </div>
    );
  }

  const setTitle = (lang: Lang, value: string) => setForm({ ...form, titles: { ...form.titles, [lang]: value } });
  return (
    <div className="import-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {outcome && !outcome.ok && (
        <div className="import-problems" role="alert">
          <h2 ref={resultHeading} tabIndex={-1}>
            {t('problemsTitle')}
          </h2>
          <ul>
            {'problems' in outcome ? (
              problems.map((p, i) => <li key={i}>{problemText(p)}</li>)
            ) : 'details' in outcome ? (
              outcome.details.map((p) => <li key={p.field}>{detailText(p)}</li>)
            ) : (
              <li>{failureText(outcome)}</li>
            )}
          </ul>
        </div>
      )}
      {/* The text boxes stand outside the form: on submit the browser reads back every field the form owns, 30–50 ms
          for a book's two sides (measured), and the import takes their texts from state anyway. */}
      <div className="import-form" aria-busy={busy}>
        <div className="import-sides">
          {LANGS.map((lang) => (
            <SideInput key={lang} lang={lang} value={sides[lang]} problem={sideProblem(lang)} onChange={changeSide} />
          ))}
        </div>
        <form onSubmit={(event) => void submit(event)}>
          <details className="import-details">
            <summary>{t('details')}</summary>
            <div className="import-fields">
              {LANGS.map((lang) => (
                <label key={lang}>
                  {t(`titleField.${lang}`)}
                  <input type="text" lang={lang} value={form.titles[lang]} onChange={(event) => setTitle(lang, event.target.value)} />
                </label>
              ))}
              <label>
                {t('source')}
                <input type="text" value={form.source} onChange={(event) => setForm({ ...form, source: event.target.value })} />
              </label>
              <label>
                {t('date')}
                <input type="date" value={form.date} onChange={(event) => setForm({ ...form, date: event.target.value })} />
              </label>
              <label>
                {t('original')}
                <select value={form.original} onChange={(event) => setForm({ ...form, original: event.target.value === 'en' ? 'en' : 'nb' })}>
                  {LANGS.map((lang) => (
                    <option key={lang} value={lang}>
                      {t(`originalOption.${lang}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </details>
          <div className="import-run">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('working') : t('submit')}
            </button>
            {busy && (
              <>
                <progress max={1} value={progress} aria-label={t('progress')} />
                <button type="button" onClick={cancel}>
                  {t('cancel')}
                </button>
              </>
            )}
          </div>
          <p role="status" className="import-status">
            {cancelled ? t('cancelled') : ''}
          </p>
        </form>
      </div>
    </div>
  );
}
