// The composition root: header, routes and the effects that keep the page in step with stored settings.
import { lazy, memo, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useSettled } from '../components/whenSettled';
import { useSettings } from '../db/hooks';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { aboutPage, alignmentPage, importPage, libraryPage, myGlossaryPage, progressPage, readerPage, reviewPage, settingsPage } from './pages';
import { RouteBoundary } from './RouteBoundary';
import { applyTheme } from './theme';

// Each page is its own chunk, so opening the reader loads no library or settings code.
const LibraryPage = libraryPage.Page;
const ReaderRoute = readerPage.Page;
const SettingsPage = settingsPage.Page;
const MyGlossaryPage = myGlossaryPage.Page;
const ImportPage = importPage.Page;
const AlignmentEditor = alignmentPage.Page;
const AboutPage = aboutPage.Page;
const ReviewPage = reviewPage.Page;
const ProgressPage = progressPage.Page;
// The due count and its queries load after the first paint, keeping the reader's first JavaScript within budget.
const ReviewNavLink = lazy(() => import('./ReviewNavLink').then((m) => ({ default: m.ReviewNavLink })));
// Registering the service worker (and the notice of a new version) waits until the page's start-up has settled:
// nothing on the first screen needs it, and its download of the whole app would compete with the start-up for the CPU.
// So does the web app manifest's link (src/app/webManifest.ts), for the same reason.
// Watching for storage problems (disk full, another tab upgrading) starts right after the first render, likewise.
const StorageProblemNotice = lazy(() => import('./StorageProblemNotice').then((m) => ({ default: m.StorageProblemNotice })));
const UpdateNotice = lazy(() => import('./UpdateNotice').then((m) => ({ default: m.UpdateNotice })));

export function App() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const [location] = useLocation();
  const settled = useSettled();

  // Another tab may change the settings; the live query brings the change here.
  useEffect(() => {
    if (settings?.uiLanguage && settings.uiLanguage !== i18n.language) void i18n.changeLanguage(settings.uiLanguage);
  }, [settings?.uiLanguage, i18n]);
  useEffect(() => {
    if (settings) applyTheme(settings.theme ?? 'system');
  }, [settings]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          {t('app.name')}
          <span className="tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('app.mainNav')}>
          <Link href="/">{t('nav.library')}</Link>
          <Link href="/glossary">{t('nav.myGlossary')}</Link>
          <Suspense fallback={<Link href="/review">{t('nav.review')}</Link>}>
            <ReviewNavLink />
          </Suspense>
          <Link href="/settings">{t('nav.settings')}</Link>
          <Link href="/about">{t('nav.about')}</Link>
        </nav>
        <LanguageSwitch />
      </header>
      <Suspense fallback={null}>
        <StorageProblemNotice />
      </Suspense>
      <Pages location={location} />
      {settled && (
        <Suspense fallback={null}>
          <UpdateNotice />
        </Suspense>
      )}
    </>
  );
}

/**
 * The page for `location`. Memoised: the header's changes (settings arriving, the start-up settling) re-render only the
 * header, not the page below it (a long article's panes took 10–15 ms to re-render, in one task).
 */
const Pages = memo(function Pages({ location }: { location: string }) {
  return (
    <main id="main" tabIndex={-1}>
      <RouteBoundary resetKey={location}>
        <Suspense fallback={null}>
          <Switch>
            <Route path="/">
              <LibraryPage />
            </Route>
            <Route path="/read/:id">{(params) => <ReaderRoute key={params.id} id={safeDecode(params.id)} />}</Route>
            <Route path="/settings">
              <SettingsPage />
            </Route>
            <Route path="/glossary">
              <MyGlossaryPage />
            </Route>
            <Route path="/import">
              <ImportPage />
            </Route>
            <Route path="/about">
              <AboutPage />
            </Route>
            <Route path="/review">
              <ReviewPage />
            </Route>
            <Route path="/progress">
              <ProgressPage />
            </Route>
            <Route path="/align/:id">{(params) => <AlignmentEditor key={params.id} id={safeDecode(params.id)} />}</Route>
            <Route>
              <LibraryPage />
            </Route>
          </Switch>
        </Suspense>
      </RouteBoundary>
    </main>
  );
});

/** An id from the path as the link encoded it; a malformed escape is taken as written (the page then says it is not found). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
