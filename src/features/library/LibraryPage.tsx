// The library: every article with its title in both languages, source, date and length; each opens in the reader.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useArticleSummaries, useReadingPositions } from '../../db/hooks';
import type { ArticleSummary } from '../../db/types';
import './library.css';

const WORDS_PER_MINUTE = 200;

export function LibraryPage() {
  const { t } = useTranslation();
  const articles = useArticleSummaries();
  const positions = useReadingPositions();
  const started = new Set(positions?.filter((p) => p.block >= 0).map((p) => p.articleId));

  return (
    <div className="library">
      <h1>{t('library.title')}</h1>
      <p>{t('library.intro')}</p>
      {articles === undefined ? (
        <p role="status">{t('library.loading')}</p>
      ) : articles.length === 0 ? (
        <p>{t('library.empty')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <ArticleCard key={article.id} article={article} started={started.has(article.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ArticleCard({ article, started }: { article: ArticleSummary; started: boolean }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(article.date));
  const minutes = Math.max(1, Math.round(Math.max(article.words.nb, article.words.en) / WORDS_PER_MINUTE));
  return (
    <li className="article-card">
      <h2>
        <Link href={`/read/${article.id}`}>
          <span lang="nb" className="title-nb">
            {article.titles.nb}
          </span>
          <span lang="en" className="title-en">
            {article.titles.en}
          </span>
        </Link>
      </h2>
      <dl className="article-facts">
        <div>
          <dt>{t('library.source')}</dt>
          <dd>{article.source}</dd>
        </div>
        <div>
          <dt>{t('library.published')}</dt>
          <dd>
            <time dateTime={article.date}>{date}</time>
          </dd>
        </div>
        <div>
          <dt>{t('library.length')}</dt>
          <dd>
            <span lang="nb">{t('library.words', { count: article.words.nb })}</span> / <span lang="en">{t('library.words', { count: article.words.en })}</span>,{' '}
            {t('library.minutes', { count: minutes })}
          </dd>
        </div>
      </dl>
      {started && <p className="badge">{t('library.continue')}</p>}
    </li>
  );
}
