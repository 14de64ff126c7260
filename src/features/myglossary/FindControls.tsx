// Search, sort and the article filter above the list of terms.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortOrder } from './search';

export const ALL_ARTICLES = 'all';
export const NO_ARTICLE = 'none';
/** Filter values for an article are prefixed, so no article id can clash with the two above. */
export const articleFilter = (id: string) => `article:${id}`;

interface Props {
  query: string;
  onQuery: (query: string) => void;
  order: SortOrder;
  onOrder: (order: SortOrder) => void;
  filter: string;
  onFilter: (filter: string) => void;
  /** Articles that terms come from, already sorted, with the title in the UI language. */
  articles: readonly { id: string; title: string }[];
}

export function FindControls({ query, onQuery, order, onOrder, filter, onFilter, articles }: Props) {
  const { t } = useTranslation('myGlossary');
  const id = useId();
  return (
    <div className="mg-find" role="search" aria-label={t('find.label')}>
      <div className="mg-field">
        <label htmlFor={`${id}-q`}>{t('find.search')}</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(event) => onQuery(event.target.value)} />
      </div>
      <div className="mg-field">
        <label htmlFor={`${id}-sort`}>{t('find.sort')}</label>
        <select id={`${id}-sort`} value={order} onChange={(event) => onOrder(event.target.value === 'alpha' ? 'alpha' : 'newest')}>
          <option value="newest">{t('find.newest')}</option>
          <option value="alpha">{t('find.alpha')}</option>
        </select>
      </div>
      <div className="mg-field">
        <label htmlFor={`${id}-article`}>{t('find.article')}</label>
        <select id={`${id}-article`} value={filter} onChange={(event) => onFilter(event.target.value)}>
          <option value={ALL_ARTICLES}>{t('find.allArticles')}</option>
          {articles.map((article) => (
            <option key={article.id} value={articleFilter(article.id)}>
              {article.title}
            </option>
          ))}
          <option value={NO_ARTICLE}>{t('find.noArticle')}</option>
        </select>
      </div>
    </div>
  );
}
