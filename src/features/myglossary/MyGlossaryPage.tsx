// "My glossary": the learner's own terms, to search, sort, filter, edit, delete (with undo), export and import.
//
// Built for tens of thousands of terms: each term's folded text is kept between reads of the store and a search
// scans those strings (useFoundTerms), and the list is windowed (TermList), so the DOM stays small at any size.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../core/lang';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import { DamagedEntry } from '../../components/DamagedEntry';
import { ItemBoundary } from '../../components/ItemBoundary';
import { db } from '../../db/db';
import { useArticleSummaries } from '../../db/pageHooks';
import { usePersonalTermRecords } from '../../db/personalTermHooks';
import { deletePersonalTerm, restorePersonalTerm } from '../../db/personalTerms';
import { DamagedTerms } from './DamagedTerms';
import { ALL_ARTICLES, articleFilter, FindControls, NO_ARTICLE } from './FindControls';
import { pairLabel } from './messages';
import { termName, type SortOrder } from './search';
import { deleteButtonId, TermItem } from './TermItem';
import { TermList } from './TermList';
import { TransferSection } from './TransferSection';
import { UndoNotice } from './UndoNotice';
import { useFoundTerms } from './useFoundTerms';
import './myGlossary.css';

export function MyGlossaryPage() {
  const { t, i18n } = useTranslation('myGlossary');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const records = usePersonalTermRecords();
  const terms = records?.terms;
  const summaries = useArticleSummaries();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SortOrder>('newest');
  const [filter, setFilter] = useState(ALL_ARTICLES);
  const [deleted, setDeleted] = useState<PersonalTerm>();
  const [problem, setProblem] = useState<string>();
  // The terms whose edit form is open, as they were when it opened. A form stays on screen until its learner closes
  // it: when another tab deletes its term, the term stays listed (a "ghost") with the form telling what happened.
  const [editing, setEditing] = useState<ReadonlyMap<string, PersonalTerm>>(new Map());
  /** The term an undo restored, whose Delete button gets focus once the live query lists it again. */
  const [focusAfterUndo, setFocusAfterUndo] = useState<string>();
  const focusedAfterUndo = useRef<string>(undefined);

  const titles = useMemo(() => new Map(summaries?.map((article) => [article.id, article.titles[lang]])), [summaries, lang]);
  const titleOf = (id: string) => (summaries === undefined ? undefined : (titles.get(id) ?? null));

  // The filter offers the articles that terms come from; a filter whose last term went away falls back to all.
  const articles = useMemo(() => {
    const ids = [...new Set(terms?.flatMap((term) => (term.context === undefined ? [] : [term.context.articleId])))];
    const collator = new Intl.Collator(lang);
    return ids.map((id) => ({ id, title: titles.get(id) ?? id })).sort((a, b) => collator.compare(a.title, b.title));
  }, [terms, titles, lang]);
  const activeFilter = articles.some((article) => articleFilter(article.id) === filter) || filter === NO_ARTICLE ? filter : ALL_ARTICLES;

  const ghosts = useMemo(() => {
    if (editing.size === 0 || terms === undefined) return [];
    const stored = new Set(terms.map((term) => term.id));
    return [...editing.values()].filter((term) => !stored.has(term.id));
  }, [editing, terms]);
  const listed = useMemo(() => (ghosts.length === 0 ? (terms ?? []) : [...(terms ?? []), ...ghosts]), [terms, ghosts]);
  const setEditingOf = (term: PersonalTerm) => (open: boolean) =>
    setEditing((current) => {
      const next = new Map(current);
      if (open) next.set(term.id, term);
      else next.delete(term.id);
      return next;
    });

  const inFilter = useCallback(
    (term: PersonalTerm) => {
      if (activeFilter === ALL_ARTICLES) return true;
      const articleId = term.context?.articleId;
      if (activeFilter === NO_ARTICLE) return articleId === undefined;
      return articleId !== undefined && articleFilter(articleId) === activeFilter;
    },
    [activeFilter],
  );
  const shown = useFoundTerms(listed, order, lang, query, inFilter);
  // Rows kept in the page wherever the list scrolls: open edit forms hold the learner's typing.
  const keep = useMemo(() => new Set(focusAfterUndo === undefined ? editing.keys() : [...editing.keys(), focusAfterUndo]), [editing, focusAfterUndo]);

  const dateFormat = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }), [lang]);

  // After an undo, focus goes to the restored term's Delete button once the live query lists it (the list keeps its
  // row in the page wherever it is; focusing it scrolls it into view).
  useEffect(() => {
    if (focusAfterUndo === undefined || focusedAfterUndo.current === focusAfterUndo) return;
    const button = document.getElementById(deleteButtonId(focusAfterUndo));
    if (button) {
      focusedAfterUndo.current = focusAfterUndo;
      button.focus();
    }
  }, [shown, focusAfterUndo]);

  const remove = async (term: PersonalTerm) => {
    setProblem(undefined);
    setFocusAfterUndo(undefined);
    focusedAfterUndo.current = undefined;
    try {
      const gone = await deletePersonalTerm(db, term.id);
      if (gone) setDeleted(gone);
    } catch {
      setProblem(t('deleteFailed', { term: termName(term).text }));
    }
  };
  const undo = async (term: PersonalTerm) => {
    try {
      const result = await restorePersonalTerm(db, term, snowballStemmers);
      setDeleted(undefined);
      // Added again meanwhile (in another tab, say): nothing is restored, and the learner is told which term they have.
      if (!result.ok && result.problem === 'duplicate') setProblem(t('undoDuplicate', { term: pairLabel(result.existing.terms) }));
      else setFocusAfterUndo(result.ok ? term.id : undefined);
    } catch {
      setProblem(t('undoFailed', { term: termName(term).text }));
    }
  };
  const dismiss = useCallback(() => setDeleted(undefined), []);
  const filtered = shown.length !== listed.length;
  const ghostIds = new Set(ghosts.map((term) => term.id));

  return (
    <div className="my-glossary">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {terms === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <p role="status" className="mg-count">
          {terms.length === 0 ? '' : filtered ? t('countFiltered', { shown: shown.length, count: terms.length }) : t('count', { count: terms.length })}
        </p>
      )}
      <div role="status">{deleted && <UndoNotice key={deleted.id} term={deleted} onUndo={(term) => void undo(term)} onDismiss={dismiss} />}</div>
      {problem !== undefined && <p role="alert">{problem}</p>}
      <DamagedTerms damaged={records?.damaged} />
      {terms !== undefined && listed.length === 0 && (
        <section className="mg-empty" aria-labelledby="mg-empty-title">
          <h2 id="mg-empty-title">{t('empty.title')}</h2>
          <p>{t('empty.fromArticle')}</p>
          <p>{t('empty.fromFile')}</p>
        </section>
      )}
      {terms !== undefined && listed.length > 0 && (
        <>
          <FindControls
            query={query}
            onQuery={setQuery}
            order={order}
            onOrder={setOrder}
            filter={activeFilter}
            onFilter={setFilter}
            articles={articles}
          />
          {shown.length === 0 ? (
            <p>
              {t('find.noMatch')}{' '}
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  setFilter(ALL_ARTICLES);
                }}
              >
                {t('find.showAll')}
              </button>
            </p>
          ) : (
            <TermList
              terms={shown}
              label={t('list')}
              keep={keep}
              renderTerm={(term) => (
                <ItemBoundary resetKey={term.updatedAt} fallback={<DamagedEntry as="div" label={termName(term).text} onDelete={() => remove(term)} />}>
                  <TermItem
                    term={term}
                    terms={terms}
                    articleTitle={term.context === undefined ? undefined : titleOf(term.context.articleId)}
                    dateFormat={dateFormat}
                    onDelete={(item) => void remove(item)}
                    editing={editing.has(term.id)}
                    setEditing={setEditingOf(term)}
                    gone={ghostIds.has(term.id)}
                  />
                </ItemBoundary>
              )}
            />
          )}
        </>
      )}
      <TransferSection hasTerms={terms !== undefined && terms.length > 0} />
    </div>
  );
}
