// Search across every article in both languages, as you type: each article found with its count of matching sentences
// and the first few of them (more on request), each with its counterpart, the query's words marked in both, linking to it.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DamagedEntry } from '../../components/DamagedEntry';
import { ItemBoundary } from '../../components/ItemBoundary';
import { otherLang } from '../../core/lang';
import type { Highlight } from '../../core/search/matchSegments';
import { db } from '../../db/db';
import type { ArticleResult, SearchIndexHandle } from '../../db/searchIndex';
import { deleteDamagedArticle } from '../../db/importedArticles';

const RESULT_LIMIT = 10;
/** Sentences an article shows at first; the rest on request. */
const FIRST_SENTENCES = 3;

// The search engine and its index load on first use, so they add nothing to the library's first paint.
const loadSearch = () => import('../../db/searchIndex');

interface Props {
  /** Whether a query is showing results (the library hides its list meanwhile). */
  onActiveChange: (active: boolean) => void;
}

export function LibrarySearch({ onActiveChange }: Props) {
  const { t } = useTranslation('library');
  const id = useId();
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<ArticleResult[] | null>(null);
  const [preparing, setPreparing] = useState(false);
  const index = useRef<Promise<SearchIndexHandle> | null>(null);
  const latest = useRef(0);

  // The index is opened on first use, not with the page: the library paints without it, however large it is.
  const ensureIndex = () => {
    if (!index.current) {
      setPreparing(true);
      index.current = loadSearch()
        .then(({ openSearchIndex }) => openSearchIndex(db))
        .finally(() => setPreparing(false));
    } else void index.current.then((handle) => handle.sync());
    return index.current;
  };

  // Searching follows typing directly (not an effect), and only the newest query's answer is shown.
  const search = (next: string) => {
    setQuery(next);
    const nextActive = next.trim() !== '';
    onActiveChange(nextActive);
    const request = ++latest.current;
    if (!nextActive) return;
    const started = performance.now();
    void (index.current ?? ensureIndex())
      .then(async (handle) => {
        const { searchArticlesWithSentences } = await loadSearch();
        // The benchmark reads these: from the query to its sentences, the index already open.
        const searchStart = performance.now();
        const found = await searchArticlesWithSentences(db, handle, next, RESULT_LIMIT);
        performance.measure('tolk:search', { start: searchStart, end: performance.now(), detail: { query: next, waitedForIndex: searchStart - started } });
        return found;
      })
      .then((found) => {
        if (request === latest.current) setAnswer(found);
      });
  };
  const active = query.trim() !== '';
  const results = active ? answer : null;

  const sentences = results?.reduce((sum, result) => sum + result.count, 0) ?? 0;
  const status = preparing
    ? t('search.preparing')
    : results
      ? results.length === 0
        ? t('search.none')
        : t('search.summary', { count: sentences, articles: t('search.articles', { count: results.length }) })
      : '';
  return (
    <div role="search" className="library-search">
      <label htmlFor={`${id}-q`}>{t('search.label')}</label>
      <input id={`${id}-q`} type="search" value={query} placeholder={t('search.placeholder')} onFocus={() => void ensureIndex()} onChange={(event) => search(event.target.value)} />
      <p role="status" className="search-status">
        {active ? status : ''}
      </p>
      {active && results && results.length > 0 && (
        <ol className="search-results" aria-label={t('search.results')}>
          {results.map((result) => (
            <ItemBoundary key={`${result.articleId}:${query}`} fallback={<DamagedEntry label={String(result.articleId)} onDelete={() => deleteDamagedArticle(db, result.articleId)} />}>
              <ArticleResultItem result={result} />
            </ItemBoundary>
          ))}
        </ol>
      )}
    </div>
  );
}

/** One article found: its title, how many sentences match, and the first few of them with a button for the rest. */
function ArticleResultItem({ result }: { result: ArticleResult }) {
  const { t, i18n } = useTranslation('library');
  const [all, setAll] = useState(false);
  const { articleId, titles, count, matches } = result;
  const titleLang = i18n.language === 'en' ? 'en' : 'nb';
  const shown = all ? matches : matches.slice(0, FIRST_SENTENCES);
  const headingId = `result-${articleId}`;
  return (
    <li className="search-article" aria-labelledby={headingId}>
      <h2 id={headingId} className="result-title">
        <Link href={`/read/${articleId}`} lang={titleLang}>
          {titles[titleLang]}
        </Link>
      </h2>
      <p className="result-count">{t('search.count', { count })}</p>
      <ol className="result-sentences" aria-label={t('search.sentencesIn', { title: titles[titleLang] })}>
        {shown.map((match) => {
          const other = otherLang(match.lang);
          return (
            <li key={`${match.block}-${match.seg}`}>
              <Link href={`/read/${articleId}?at=${match.block}.${match.seg}&lang=${match.lang}`}>
                <span className="result-sentence" lang={match.lang}>
                  <Highlighted text={match.text[match.lang]} highlights={match.marks[match.lang]} />
                </span>
                {match.text[other] && (
                  <span className="result-counterpart" lang={other}>
                    <Highlighted text={match.text[other]} highlights={match.marks[other]} />
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
      {!all && matches.length > FIRST_SENTENCES && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('search.more', { count: matches.length - FIRST_SENTENCES })}
        </button>
      )}
    </li>
  );
}

/** The sentence with its matched words in <mark>: built from text nodes, never from HTML. */
function Highlighted({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const parts: (string | { mark: string })[] = [];
  let from = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < from) continue;
    parts.push(text.slice(from, start), { mark: text.slice(start, end) });
    from = end;
  }
  parts.push(text.slice(from));
  return <>{parts.map((part, i) => (typeof part === 'string' ? part : <mark key={i}>{part.mark}</mark>))}</>;
}
