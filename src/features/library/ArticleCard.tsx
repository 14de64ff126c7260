// One article in the library: titles in both languages (the link), source, date, length, how many of the learner's terms from it they know, and badges; imported ones can be deleted.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../components/formatDate';
import { UNKNOWN_SOURCE } from '../../core/article/types';
import type { KnownCount } from '../../core/review/termStatuses';
import type { ArticleSummary } from '../../db/types';

const WORDS_PER_MINUTE = 200;

interface Props {
  article: ArticleSummary;
  started: boolean;
  /** Of the learner's terms saved from this article, how many they know; undefined when none were saved (or still loading). */
  known: KnownCount | undefined;
  onDelete: (id: string) => void;
}

export function ArticleCard({ article, started, known, onDelete }: Props) {
  const { t, i18n } = useTranslation('library');
  const minutes = Math.max(1, Math.round(Math.max(article.words.nb, article.words.en) / WORDS_PER_MINUTE));
  const imported = article.origin === 'imported';
  return (
    <li className="article-card">
      <h2>
        <Link href={`/read/${encodeURIComponent(article.id)}`}>
          <span lang="nb" className="title-nb">
            {article.titles.nb}
          </span>
          <span lang="en" className="title-en">
            {article.titles.en}
          </span>
        </Link>
      </h2>
      <dl className="article-facts">
        {article.source && (
          <div>
            <dt>{t('source')}</dt>
            <dd>{article.source === UNKNOWN_SOURCE ? t('reader.unknownSource', { ns: 'common' }) : article.source}</dd>
          </div>
        )}
        {article.date ? (
          <div>
            <dt>{t('published')}</dt>
            <dd>
              <time dateTime={article.date}>{formatDate(i18n.language, article.date)}</time>
            </dd>
          </div>
        ) : (
          article.addedAt !== undefined && (
            <div>
              <dt>{t('importedOn')}</dt>
              <dd>
                <time dateTime={new Date(article.addedAt).toISOString()}>{formatDate(i18n.language, article.addedAt)}</time>
              </dd>
            </div>
          )
        )}
        <div>
          <dt>{t('length')}</dt>
          <dd>
            <span lang="nb">{t('words', { count: article.words.nb })}</span> / <span lang="en">{t('words', { count: article.words.en })}</span>,{' '}
            {t('minutes', { count: minutes })}
          </dd>
        </div>
        {known && (
          <div>
            <dt>{t('yourTerms')}</dt>
            <dd>{t('knownTerms', { known: known.known, total: known.total })}</dd>
          </div>
        )}
      </dl>
      <p className="card-foot">
        {imported && <span className="badge badge-imported">{t('imported')}</span>}
        {started && <span className="badge">{t('continue')}</span>}
        {imported && (
          <button type="button" className="card-delete" aria-label={t('deleteLabel', { title: article.titles.nb })} onClick={() => onDelete(article.id)}>
            {t('delete')}
          </button>
        )}
      </p>
    </li>
  );
}
