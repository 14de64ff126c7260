// The page modules, loaded on demand. start.tsx starts loading the current route's page while the store opens, and
// a page whose module is already loaded renders at once, without the Suspense round trip React.lazy always takes.
import i18n from 'i18next';
import { lazy, type ComponentType, type ReactElement } from 'react';

interface PreloadablePage<P> {
  Page: (props: P) => ReactElement;
  preload: () => Promise<unknown>;
}

function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): PreloadablePage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => (pending ??= load().then((component) => (loaded = component)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Page = (props: P) => {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  };
  return { Page, preload };
}

/** A page's module together with the UI strings only it shows (a namespace), so it renders with its words at once. */
const withStrings = <T,>(load: Promise<T>, ns: string) => Promise.all([load, i18nReady().then(() => i18n.loadNamespaces(ns))]).then(([loaded]) => loaded);
/** Pages that show file, field and conflict messages load those words (the records namespace) with their module. */
const withRecords = <T,>(load: Promise<T>) => withStrings(load, 'records');
/** Start-up preloads the page before i18next is set up (start.tsx): the namespace is asked for once it is. */
const i18nReady = () => (i18n.isInitialized ? Promise.resolve() : new Promise<void>((resolve) => i18n.on('initialized', () => resolve())));

export const libraryPage = preloadable(() => withStrings(import('../features/library/LibraryPage').then((m) => m.LibraryPage), 'library'));
export const readerPage = preloadable(() => import('./ReaderRoute').then((m) => m.ReaderRoute));
export const settingsPage = preloadable(() => withRecords(import('../features/settings/SettingsPage').then((m) => m.SettingsPage)));
export const myGlossaryPage = preloadable(() => withRecords(import('../features/myglossary/MyGlossaryPage').then((m) => m.MyGlossaryPage)));
export const importPage = preloadable(() => withRecords(import('../features/import/ImportPage').then((m) => m.ImportPage)));
export const aboutPage = preloadable(() => import('../features/about/AboutPage').then((m) => m.AboutPage));
export const alignmentPage = preloadable(() => withRecords(import('../features/import/AlignmentEditor').then((m) => m.AlignmentEditor)));
/** The review page comes with its first cards read (without them it reads them itself), so it opens with a card on screen. */
export const reviewPage = preloadable(() => import('../features/review/ReviewPage').then((m) => m.prefetchReviewCards().then(() => m.ReviewPage, () => m.ReviewPage)));
export const progressPage = preloadable(() => import('../features/review/ProgressPage').then((m) => m.ProgressPage));

/** The page each first path segment names; any other path shows the library. */
const PAGES = new Map<string, () => Promise<unknown>>([
  ['read', readerPage.preload],
  ['settings', settingsPage.preload],
  ['glossary', myGlossaryPage.preload],
  ['import', importPage.preload],
  ['align', alignmentPage.preload],
  ['about', aboutPage.preload],
  ['review', reviewPage.preload],
  ['progress', progressPage.preload],
]);
const preloadOf = (path: string) => PAGES.get(/^\/([^/]*)/.exec(path)?.[1] ?? '');

/** Starts fetching the page module for a path; the promise settles when it is loaded. */
export function preloadPageFor(path: string): Promise<unknown> {
  return (preloadOf(path) ?? libraryPage.preload)();
}

/** The article a reader URL names, if it is one. */
export function articleIdFromPath(path: string): string | undefined {
  const match = /^\/read\/([^/]+)/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** Whether a path shows the library (the start page, and any path no other page claims). */
export function isLibraryPath(path: string): boolean {
  return !preloadOf(path);
}
