// What the reader says about an article: its source and date (or when it was imported), who wrote each pane, and the editor's note.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatDate';
import { UNKNOWN_SOURCE, type ArticleMeta, type ArticleSummary } from '../../core/article/types';
import { isLang, type Lang } from '../../core/lang';

/** Source and date, in the library's words and date format; an imported article without a date says when it was imported. */
export function ArticleSourceLine({ summary }: { summary: ArticleSummary }) {
  const { t, i18n } = useTranslation();
  const source = summary.source === UNKNOWN_SOURCE ? t('reader.unknownSource') : summary.source;
  return (
    <>
      {summary.origin === 'imported' && <span className="badge">{t('reader.imported')}</span>} {source && `${source} · `}
      {summary.date ? (
        <time dateTime={summary.date}>{formatDate(i18n.language, summary.date)}</time>
      ) : (
        summary.addedAt !== undefined && (
          <span>
            {t('reader.importedOn')} <time dateTime={new Date(summary.addedAt).toISOString()}>{formatDate(i18n.language, summary.addedAt)}</time>
          </span>
        )
      )}
    </>
  );
}

/** Who wrote a version: "Original", "Translated by Tolk", "Machine translation, as published". */
export function versionOrigin(meta: ArticleMeta, t: TFunction): string {
  switch (meta.translation) {
    case 'original':
      return t('reader.origin.original');
    case 'tolk':
      return t('reader.origin.tolk');
    case 'published':
      return t('reader.origin.published');
    case 'machine-published':
      return t('reader.origin.machinePublished');
  }
  // An imported pair: the learner said which side is the original; who translated it, Tolk does not know.
  return meta.lang === meta.original ? t('reader.origin.original') : t('reader.origin.translation');
}

/** The editor's note, in the UI's language when the article has one in it. */
export function ArticleNote({ metas }: { metas: Record<Lang, ArticleMeta> }) {
  const { t, i18n } = useTranslation();
  const uiLang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const note = metas[uiLang].note;
  if (!note) return null;
  return (
    <p className="reader-note" lang={uiLang}>
      <strong>{t('reader.note')}</strong> {note}
    </p>
  );
}
