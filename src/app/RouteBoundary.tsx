// An error boundary around each page: what a page cannot render becomes a message with a way out, never a blank app.
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ItemBoundary } from '../components/ItemBoundary';

interface Props {
  children: ReactNode;
  /** The location: a new one gives the page another chance (the learner followed the way out). */
  resetKey: string;
  /** More ways out beside "Go to the library", e.g. deleting the damaged article the page shows. */
  actions?: ReactNode;
}

/** An ItemBoundary whose stand-in is the page's failure message (its words load with the records namespace, on failure only). */
export function RouteBoundary({ children, resetKey, actions }: Props) {
  const failed = (
    <Suspense fallback={null}>
      <PageFailed actions={actions} />
    </Suspense>
  );
  return (
    <ItemBoundary resetKey={resetKey} fallback={failed}>
      {children}
    </ItemBoundary>
  );
}

function PageFailed({ actions }: { actions: ReactNode }) {
  const { t } = useTranslation('records');
  return (
    <div className="route-failed" role="alert">
      <h1>{t('damaged.pageTitle')}</h1>
      <p>{t('damaged.page')}</p>
      {actions}
      <p>
        <Link href="/">{t('damaged.toLibrary')}</Link>
      </p>
    </div>
  );
}
