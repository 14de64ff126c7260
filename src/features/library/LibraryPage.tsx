// The library: search across all articles, then the articles newest first, a page at a time; imported ones can be deleted, with undo.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DamagedEntry } from '../../components/DamagedEntry';
import { ItemBoundary } from '../../components/ItemBoundary';
import { forgetReaderSnapshot, savePageSnapshotWhenIdle } from '../../components/pageSnapshot';
import { db } from '../../db/db';
import { LIBRARY_FIRST_PAGE } from '../../db/hooks';
import { useLibraryPage } from '../../db/libraryHooks';
import { useKnownPerArticle } from '../../db/knownHooks';
import { deleteDamagedArticle, deleteImportedArticle, restoreImportedArticles, type ImportedRecord } from '../../db/importedArticles';
import { ArticleCard } from './ArticleCard';
import { LibrarySearch } from './LibrarySearch';
import { DeletedNotice } from './DeletedNotice';
import './library.css';

/** The rest load on request, a few pages at a time, so a library of thousands paints as fast as a small one. */
const MORE = LIBRARY_FIRST_PAGE * 4;

export function LibraryPage() {
  const { t, i18n } = useTranslation('library');
  const [limit, setLimit] = useState(LIBRARY_FIRST_PAGE);
  const page = useLibraryPage(limit);
  // Its own query, so the list paints without waiting for it.
  const known = useKnownPerArticle();
  const [deleted, setDeleted] = useState<ImportedRecord | null>(null);
  const [searching, setSearching] = useState(false);

  const remove = async (id: string) => {
    const record = await deleteImportedArticle(db, id);
    forgetReaderSnapshot(id);
    if (record) setDeleted(record);
  };
  const undo = async (record: ImportedRecord) => {
    await restoreImportedArticles(db, [record]);
    setDeleted(null);
  };
  const dismiss = useCallback(() => setDeleted(null), []);

  // The benchmark reads these marks: the first frame with the article list (or its empty message) on screen, which the
  // snapshot (src/boot) may already have painted, and the first frame the app's own list is up and usable.
  // Then, when the browser is idle, what the library shows is saved: index.html paints it on the next start before the app runs.
  useEffect(() => {
    if (page === undefined || searching) return;
    let cancelSave = () => {};
    const frame = requestAnimationFrame(() => {
      for (const mark of ['tolk:library-painted', 'tolk:library-ready']) if (performance.getEntriesByName(mark).length === 0) performance.mark(mark);
      if (limit === LIBRARY_FIRST_PAGE && !deleted) cancelSave = savePageSnapshotWhenIdle(window.location.pathname);
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelSave();
    };
  }, [page, searching, limit, deleted, i18n.language]);

  return (
    <div className="library">
      <div className="library-head">
        <h1>{t('title')}</h1>
        <Link href="/import" className="button-link">
          + {t('import')}
        </Link>
      </div>
      <p>{t('intro')}</p>
      <LibrarySearch onActiveChange={setSearching} />
      {deleted && <DeletedNotice key={deleted.summary.id} record={deleted} onUndo={(r) => void undo(r)} onDismiss={dismiss} />}
      {searching ? null : page === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : page.articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <ul className="article-list" aria-label={t('listLabel')}>
            {page.articles.map((article) => (
              <ItemBoundary
                key={article.id}
                resetKey={article.hash}
                fallback={<DamagedEntry label={String(article.id)} {...(article.origin === 'shipped' ? {} : { onDelete: () => deleteDamagedArticle(db, article.id) })} />}
              >
                <ArticleCard article={article} started={page.started.has(article.id)} known={known?.get(article.id)} onDelete={(id) => void remove(id)} />
              </ItemBoundary>
            ))}
          </ul>
          <p className="library-count">{t('shown', { shown: page.articles.length, count: page.total })}</p>
          {page.total > page.articles.length && (
            <button type="button" onClick={() => setLimit((l) => l + MORE)}>
              {t('more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
