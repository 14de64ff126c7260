// "My glossary": the learner's own terms, to search, sort, filter, edit, delete (with undo), export and import.
//
// Built for tens of thousands of terms: each term's folded text is computed once per change of the store, a search
// scans those strings (a few milliseconds for 50,000) with the typing itself never waiting for it (a deferred
// value), and the list renders a page of terms at a time ("Show more"), so the DOM stays small at any size.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../core/lang';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import { DamagedEntry } from '../../components/DamagedEntry';
import { ItemBoundary } from '../../components/ItemBoundary';
import { db } from '../../db/db';
import { useArticleSummaries } from '../../db/hooks';
import { usePersonalTermRecords } from '../../db/personalTermHooks';
import { deletePersonalTerm, restorePersonalTerm } from '../../db/personalTerms';
import { DamagedTerms } from './DamagedTerms';
import { ALL_ARTICLES, articleFilter, FindControls, NO_ARTICLE } from './FindControls';
import { pairLabel } from './messages';
import { matchesWords, queryWords, searchText, sortTerms, termName, type SortOrder } from './search';
import { deleteButtonId, TermItem } from './TermItem';
import { TransferSection } from './TransferSection';
import { UndoNotice } from './UndoNotice';
import './myGlossary.css';

/** Terms rendered at once, and added by each "Show more": a screenful or two, so 50,000 terms list as fast as 50. */
export const PAGE_SIZE = 100;

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
  const [limit, setLimit] = useState(PAGE_SIZE);
  // The terms whose edit form is open, as they were when it opened. A form stays on screen until its learner closes
  // it: when another tab deletes its term, the term stays listed (a "ghost") with the form telling what happened.
  const [editing, setEditing] = useState<ReadonlyMap<string, PersonalTerm>>(new Map());
  const deferredQuery = useDeferredValue(query);
  const pendingFocus = useRef<string | undefined>(undefined);

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

  const haystacks = useMemo(() => new Map(listed.map((term) => [term.id, searchText(term)])), [listed]);
  // Sorted once per change of the terms or the order; a search only filters that list (filtering keeps the order).
  const sorted = useMemo(() => sortTerms(listed, order, lang), [listed, order, lang]);
  const shown = useMemo(() => {
    const words = queryWords(deferredQuery);
    return sorted.filter((term) => {
      const articleId = term.context?.articleId;
      if (activeFilter === NO_ARTICLE && articleId !== undefined) return false;
      if (activeFilter !== NO_ARTICLE && activeFilter !== ALL_ARTICLES && (articleId === undefined || articleFilter(articleId) !== activeFilter)) return false;
      return matchesWords(haystacks.get(term.id) ?? '', words);
    });
  }, [sorted, haystacks, deferredQuery, activeFilter]);
  const visible = shown.length > limit ? shown.slice(0, limit) : shown;
  /** A new search, order or filter starts again at the first page. */
  const fromTop =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setLimit(PAGE_SIZE);
    };

  const dateFormat = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }), [lang]);

  // After an undo, focus goes to the restored term's Delete button once the live query shows it.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    const button = document.getElementById(deleteButtonId(id));
    if (button) {
      pendingFocus.current = undefined;
      button.focus();
    }
  }, [terms, deleted]);

  const remove = async (term: PersonalTerm) => {
    setProblem(undefined);
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
      else pendingFocus.current = result.ok ? term.id : undefined;
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
            onQuery={fromTop(setQuery)}
            order={order}
            onOrder={fromTop(setOrder)}
            filter={activeFilter}
            onFilter={fromTop(setFilter)}
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
            <>
            <ul className="mg-list" aria-label={t('list')}>
              {visible.map((term) => (
                <ItemBoundary key={term.id} resetKey={term.updatedAt} fallback={<DamagedEntry label={termName(term).text} onDelete={() => remove(term)} />}>
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
              ))}
            </ul>
            {visible.length < shown.length && (
              <p className="mg-more">
                {t('showing', { shown: visible.length, count: shown.length })}{' '}
                <button type="button" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
                  {t('showMore', { count: Math.min(PAGE_SIZE, shown.length - visible.length) })}
                </button>
              </p>
            )}
            </>
          )}
        </>
      )}
      <TransferSection hasTerms={terms !== undefined && terms.length > 0} />
    </div>
  );
}
