// The About page: what Tolk is, its licence, and the open data it ships, each with its version, licence and source.
import { useTranslation } from 'react-i18next';
import { LEXICON_CREDITS } from '../../core/lexicon/credits';

export function AboutPage() {
  const { t } = useTranslation('about');
  return (
    <article className="about-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('licenceHeading')}</h2>
      <p>{t('licence')}</p>
      <h2>{t('dataHeading')}</h2>
      <p>{t('dataIntro')}</p>
      <table>
        <caption className="visually-hidden">{t('dataHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('column.data')}</th>
            <th scope="col">{t('column.version')}</th>
            <th scope="col">{t('column.licence')}</th>
            <th scope="col">{t('column.source')}</th>
          </tr>
        </thead>
        <tbody>
          {LEXICON_CREDITS.map((credit) => (
            <tr key={credit.file}>
              <th scope="row" lang="en">
                {credit.name}
                <br />
                <code>{credit.file}</code>
              </th>
              <td>{credit.version}</td>
              <td>{credit.licence}</td>
              <td lang="en">{credit.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('articlesHeading')}</h2>
      <p>{t('articles')}</p>
    </article>
  );
}
