// The reader route: the reader with the glossary, the word lookup and reading aloud plugged into it (features meet only here, in the app).
import { lazy } from 'react';
import { useLocation } from 'wouter';
import { db } from '../db/db';
import { GlossaryLayer } from '../features/glossary/GlossaryLayer';
import { ListenLayer } from '../features/listen/ListenLayer';
import { LookupLayer } from '../features/lookup/LookupLayer';
import { renderTermDictionary } from '../features/lookup/renderTermDictionary';
import { ReaderPage } from '../features/reader/ReaderPage';
import { RouteBoundary } from './RouteBoundary';

// Shown only when the article cannot be (RouteBoundary renders it inside its own Suspense).
const DamagedEntry = lazy(() => import('../components/DamagedEntry').then((m) => ({ default: m.DamagedEntry })));

export function ReaderRoute({ id }: { id: string }) {
  const [, navigate] = useLocation();
  // An article whose stored record cannot be shown: the learner can delete it from here, not only from the library.
  // The store's delete loads only then, keeping it out of the reader's first load.
  const deleteArticle = <DamagedEntry as="div" label={id} onDelete={() => import('../db/importedArticles').then(({ deleteDamagedArticle }) => deleteDamagedArticle(db, id)).then(() => navigate('/'))} />;
  return (
    <RouteBoundary resetKey={id} actions={deleteArticle}>
      <GlossaryLayer articleId={id} renderDictionary={renderTermDictionary}>
        <LookupLayer>
          <ListenLayer articleId={id}>
            <ReaderPage id={id} />
          </ListenLayer>
        </LookupLayer>
      </GlossaryLayer>
    </RouteBoundary>
  );
}
